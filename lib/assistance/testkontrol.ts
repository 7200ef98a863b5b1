import "server-only";
import { eq, sql } from "drizzle-orm";
import { requestContext } from "@/lib/data/context";
import { db } from "@/lib/db";
import { assisteredeSessioner } from "@/lib/db/schema";
import { env } from "@/lib/env";
import { testklokTilladt } from "@/lib/klok";
import { senesteForBorger } from "./store";

/**
 * A clock for the browser tests: expiry takes minutes, so a test moves the caller's own assisted
 * session back in time instead of waiting (and instead of moving the whole portal's clock, which
 * tests running in parallel share). It exists only in a stack started with the portal's test
 * clock switched on (MINEDATA_TESTKLOK=1, lib/klok.ts) on localhost; anywhere else the route answers 404.
 */
export function testkontrolAaben(testklok = testklokTilladt(), authUrl = env().AUTH_URL): boolean {
  return testklok && new URL(authUrl).hostname === "localhost";
}

/** Moves every time of the caller's current session (the staff member's bound one, or the citizen's newest) back by `minutter`. */
export async function spolFrem(minutter: number): Promise<boolean> {
  const ctx = await requestContext();
  if (!ctx) return false;
  const id =
    ctx.data?.basis.type === "assisteret" ? ctx.data.basis.id : ctx.actor.art === "borger" ? (await senesteForBorger(db(), ctx.actor.cpr))?.session.id : undefined;
  if (!id) return false;
  const tilbage = sql`${minutter} * interval '1 minute'`;
  const s = assisteredeSessioner;
  await db()
    .update(s)
    .set({
      oprettet: sql`${s.oprettet} - ${tilbage}`,
      startet: sql`${s.startet} - ${tilbage}`,
      udloeber: sql`${s.udloeber} - ${tilbage}`,
      kodeUdloeber: sql`${s.kodeUdloeber} - ${tilbage}`,
    })
    .where(eq(s.id, id));
  return true;
}
