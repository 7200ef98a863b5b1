import "server-only";
import { eq, lt } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { afvisninger, brugteAssertions, tredjeparter } from "@/lib/db/schema";
import { safeErrorInfo } from "@/lib/data/request-info";

export type Klient = typeof tredjeparter.$inferSelect;

export async function findKlient(db: Db, klientId: string): Promise<Klient | null> {
  const [row] = await db.select().from(tredjeparter).where(eq(tredjeparter.klientId, klientId));
  return row && row.aktiv ? row : null;
}

/**
 * Marks a client assertion as used until it expires; false if it was used before (a replay).
 * One atomic insert, so two instances given the same assertion at once cannot both accept it.
 */
export async function brugAssertion(db: Db, klientId: string, jti: string, udloeber: Date, now: Date): Promise<boolean> {
  await db.delete(brugteAssertions).where(lt(brugteAssertions.udloeber, now));
  const [row] = await db
    .insert(brugteAssertions)
    .values({ noegle: `${klientId}:${jti}`, udloeber })
    .onConflictDoNothing()
    .returning({ noegle: brugteAssertions.noegle });
  return Boolean(row);
}

/**
 * A refused call to the deling API before any citizen is known (a bad token, a replayed
 * assertion, an unknown client): kept with the other refusals for security follow-up.
 */
export async function registrerAfvisning(db: Db, aktoer: string, handling: string, aarsag: string): Promise<void> {
  await db
    .insert(afvisninger)
    .values({ aktoer: `tredjepart ${aktoer}`.slice(0, 200), subjektNoegle: "-", handling, grundlag: "samtykke", aarsag })
    .catch((error: unknown) => console.error("[deling] afvisning kunne ikke gemmes:", safeErrorInfo(error)));
}
