import type { Identity } from "@/lib/auth/identity";
import { caseworkerContext, resolveSession, setActingAs, setAssisting, thirdPartyContext, type DataContext, type Medarbejder } from "@/lib/data/context";
import { createLoginSession } from "@/lib/data/login-sessions";
import type { Database, Db } from "@/lib/db/client";
import { medarbejdere } from "@/lib/db/schema";
import { fullName, type CitizenPersona, type StaffPersona } from "@/mocks/personas";

/**
 * Contexts for tests, built the way a request builds them: a login session in the database, an
 * "acting as" choice on it, and the resolver. Nothing here assembles a context by hand.
 */

/** Points lib/db's one handle at a test database, so lib/data reads and logs there. */
export function useDatabase(database: Database): void {
  (globalThis as unknown as { __mineDataDb?: Database }).__mineDataDb = database;
}

export const citizenIdentity = (p: CitizenPersona): Identity => ({
  art: "borger",
  subject: p.uuid,
  navn: fullName(p),
  cpr: p.cpr,
  sikringsniveau: "https://data.gov.dk/concept/core/nsis/loa/Substantial",
});

export const staffIdentity = (p: StaffPersona, privilegier: readonly string[] = p.privileges): Identity => ({
  art: "medarbejder",
  subject: p.uuid,
  navn: fullName(p),
  cvr: "11111111",
  medarbejderId: p.uuid,
  privilegier: [...privilegier],
  sikringsniveau: "https://data.gov.dk/concept/core/nsis/loa/Substantial",
});

export async function seedStaff(db: Db, people: { p: StaffPersona; enhed: string }[]): Promise<void> {
  for (const { p, enhed } of people) {
    await db.insert(medarbejdere).values({ id: p.uuid, navn: fullName(p), enhed, email: "x@korsbaek.dk", telefon: "1" }).onConflictDoNothing();
  }
}

async function resolved(db: Db, sessionId: string) {
  const ctx = await resolveSession(db, sessionId);
  if (!ctx) throw new Error("login-sessionen kunne ikke findes");
  return ctx;
}

/** A citizen on their own data. */
export async function selfCtx(db: Db, p: CitizenPersona): Promise<DataContext> {
  return (await resolved(db, await createLoginSession(db, citizenIdentity(p)))).data!;
}

/** A citizen who has chosen to act under a fuldmagt (the choice stored on their session). */
export async function actingCtx(db: Db, p: CitizenPersona, fuldmagtId: string): Promise<DataContext & { sessionId: string }> {
  const sid = await createLoginSession(db, citizenIdentity(p));
  await setActingAs(db, sid, fuldmagtId);
  return { ...(await resolved(db, sid)).data!, sessionId: sid };
}

/** A staff member's session working in an assisted session. */
export async function assistingCtx(db: Db, identity: Identity, assisteretId: string): Promise<DataContext> {
  const sid = await createLoginSession(db, identity);
  await setAssisting(db, sid, assisteretId);
  const ctx = await resolved(db, sid);
  if (!ctx.data) throw new Error("den assisterede session blev ikke fundet");
  return ctx.data;
}

/** A staff member on caseworker duty for one sag. */
export async function dutyCtx(db: Db, identity: Identity, subject: CitizenPersona, sagId: string): Promise<DataContext> {
  const ctx = await resolved(db, await createLoginSession(db, identity));
  return caseworkerContext(ctx.actor as Medarbejder, { cpr: subject.cpr, navn: fullName(subject) }, sagId);
}

/** A third party presenting a samtykke. */
export async function thirdPartyCtx(db: Db, bank: { navn: string; cvr: string }, samtykkeId: string, adgangId?: string): Promise<DataContext> {
  const ctx = await thirdPartyContext(db, { art: "tredjepart", ...bank }, samtykkeId, adgangId);
  if (!ctx) throw new Error("samtykket findes ikke");
  return ctx;
}
