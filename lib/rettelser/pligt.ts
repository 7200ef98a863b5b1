import "server-only";
import { eq } from "drizzle-orm";
import { decideNow, recordDenial } from "@/lib/data/access";
import { caseworkerContext, type DataContext, type Medarbejder } from "@/lib/data/context";
import { db } from "@/lib/db";
import { rettelser } from "@/lib/db/schema";
import { Afvist } from "./borger";

/**
 * A caseworker works on a request only under their duty for the sag it was routed to: the same
 * policy check as a read (`se:sager` on that sag), so a caseworker who does not handle the sag
 * can neither open nor decide it, and a refusal is recorded.
 */
export async function pligtFor(m: Medarbejder, subjekt: { cpr: string; navn: string }, sagId: string | null): Promise<DataContext | null> {
  if (!sagId) return null;
  const ctx = await caseworkerContext(m, subjekt, sagId);
  const decision = decideNow(ctx, "se:sager", sagId);
  if (!decision.allow) {
    await recordDenial(ctx, "se:sager", decision.reason);
    return null;
  }
  return ctx;
}

export type Rettelse = typeof rettelser.$inferSelect;

/** The request, if this caseworker may act on it now. */
export async function rettelseUnderPligt(m: Medarbejder, id: string): Promise<{ rettelse: Rettelse; ctx: DataContext }> {
  const [rettelse] = await db().select().from(rettelser).where(eq(rettelser.id, id));
  if (!rettelse || rettelse.status === "kladde" || rettelse.ansvarligId !== m.medarbejderId) throw new Afvist("Du behandler ikke den anmodning.");
  const ctx = await pligtFor(m, { cpr: rettelse.subjektCpr, navn: rettelse.subjektNavn }, rettelse.sagId);
  if (!ctx) throw new Afvist("Du behandler ikke den anmodning.");
  return { rettelse, ctx };
}
