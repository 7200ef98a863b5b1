import "server-only";
import { nu } from "@/lib/klokke";
import { and, eq, gt, sql } from "drizzle-orm";
import { tryAttempt } from "@/lib/data/rate-limit";
import type { Db } from "@/lib/db/client";
import { rateLimits } from "@/lib/db/schema";

/**
 * How many codes may be tried, counted in the database so every portal instance shares it.
 *
 * Two keys, chosen so that nobody can lock out a citizen whose code is right:
 * - per staff member: every wrong attempt counts; too many and *that staff member* must wait. Another
 *   staff member can still use the citizen's code. A right code is given back (`godskrivForsoeg`),
 *   so a desk helping one citizen after another is never stopped.
 * - per code value (its HMAC, never the digits): stops many accounts from polling one value and
 *   waiting for a citizen to be given it. A value with attempts in its window is never handed
 *   out (store.ts), so a live code's counter starts empty, and its first use succeeds.
 * Nothing is counted per citizen or per waiting session: wrong guesses do not say which session
 * they were aimed at, and counting them there would let anyone block someone else's code.
 */
export const PR_MEDARBEJDER = { antal: 5, sekunder: 15 * 60 };
export const PR_KODE = { antal: 3, sekunder: 15 * 60 };

export const medarbejderNoegle = (id: string) => `hjaelp:medarbejder:${id}`;
const kodeNoegle = (hash: string) => `hjaelp:kode:${hash}`;

/** One attempt by this staff member; false when they have used up their attempts for now. */
export function forsoegAfMedarbejder(db: Db, medarbejderId: string, now = nu()): Promise<boolean> {
  return tryAttempt(db, medarbejderNoegle(medarbejderId), PR_MEDARBEJDER.antal, PR_MEDARBEJDER.sekunder, now);
}

/** A right code costs the staff member no attempt: the one counted for it is given back. */
export async function godskrivForsoeg(db: Db, medarbejderId: string): Promise<void> {
  await db
    .update(rateLimits)
    .set({ antal: sql`${rateLimits.antal} - 1` })
    .where(and(eq(rateLimits.noegle, medarbejderNoegle(medarbejderId)), gt(rateLimits.antal, 0)));
}

/** One attempt on this code value; false when the value has been tried too often lately. */
export function forsoegPaaKode(db: Db, hash: string, now = nu()): Promise<boolean> {
  return tryAttempt(db, kodeNoegle(hash), PR_KODE.antal, PR_KODE.sekunder, now);
}

/** Whether anyone has tried this value within its window: such a value is not handed out. */
export async function erVarm(db: Db, hash: string, now = nu()): Promise<boolean> {
  const since = new Date(now.getTime() - PR_KODE.sekunder * 1000);
  const [row] = await db
    .select({ n: rateLimits.antal })
    .from(rateLimits)
    .where(and(eq(rateLimits.noegle, kodeNoegle(hash)), gt(rateLimits.vinduestart, since)));
  return Boolean(row);
}
