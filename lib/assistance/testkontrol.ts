import "server-only";
import { eq, sql } from "drizzle-orm";
import { requestContext } from "@/lib/data/context";
import { db } from "@/lib/db";
import { assisteredeSessioner, rateLimits } from "@/lib/db/schema";
import { env } from "@/lib/env";
import { testklokTilladt } from "@/lib/klokke";
import { medarbejderNoegle } from "./begraensning";
import { senesteForBorger } from "./store";

/**
 * A clock for the browser tests: expiry takes minutes, so a test moves the caller's own assisted
 * session back in time instead of waiting (and instead of moving the whole portal's clock, which
 * tests running in parallel share). It exists only in a stack started with the portal's test
 * clock switched on (MINEDATA_TESTKLOK=1, lib/klokke.ts) on localhost; anywhere else the route answers 404.
 */
export function testkontrolAaben(testklok = testklokTilladt(), authUrl = env().AUTH_URL): boolean {
  return testklok && new URL(authUrl).hostname === "localhost";
}

/**
 * Moves the caller's own clock back by `minutter`: the times that decide when their current
 * assisted session (the staff member's bound one, or the citizen's newest) and its code run out,
 * and, for a staff member, the window of their code attempts. When it was created stays, so
 * "newest" keeps meaning newest. Nothing of anyone else's is touched.
 */
export async function spolFrem(minutter: number): Promise<boolean> {
  const ctx = await requestContext();
  if (!ctx) return false;
  const tilbage = sql`${minutter} * interval '1 minute'`;
  const id =
    ctx.data?.basis.type === "assisteret" ? ctx.data.basis.id : ctx.actor.art === "borger" ? (await senesteForBorger(db(), ctx.actor.cpr))?.session.id : undefined;
  const s = assisteredeSessioner;
  if (id) {
    await db()
      .update(s)
      .set({
        startet: sql`${s.startet} - ${tilbage}`,
        udloeber: sql`${s.udloeber} - ${tilbage}`,
        kodeUdloeber: sql`${s.kodeUdloeber} - ${tilbage}`,
      })
      .where(eq(s.id, id));
  }
  if (ctx.actor.art === "medarbejder") {
    await db()
      .update(rateLimits)
      .set({ vinduestart: sql`${rateLimits.vinduestart} - ${tilbage}` })
      .where(eq(rateLimits.noegle, medarbejderNoegle(ctx.actor.medarbejderId)));
  }
  return Boolean(id) || ctx.actor.art === "medarbejder";
}
