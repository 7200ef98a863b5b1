import "server-only";
import { nu } from "@/lib/klokke";
import { and, desc, eq, gt, isNotNull, isNull, lte, ne, or, sql, type SQL } from "drizzle-orm";
import { setAssisting, type Medarbejder } from "@/lib/data/context";
import type { Db } from "@/lib/db/client";
import { assisteredeSessioner, medarbejdere } from "@/lib/db/schema";
import { KODE_GYLDIG_MINUTTER, kodeHash, nyKode } from "./kode";
import { erVarm } from "./begraensning";
import { actionsFor, type HjaelpValg } from "./omraader";

/**
 * The assisted sessions in the database: a citizen's code, its binding to one staff member, its
 * end. Every rule that must hold across several portal instances is a conditional UPDATE or a
 * locked row here, never a value in process memory.
 */

const MINUT = 60_000;
type Row = typeof assisteredeSessioner.$inferSelect;
export type Borger = { cpr: string; navn: string };

const s = assisteredeSessioner;
/** Bound to a staff member, not ended, time left. */
const igang = (now: Date) => and(isNotNull(s.medarbejderId), isNull(s.afsluttet), gt(s.udloeber, now));
/** Waiting for a staff member, code still valid. */
const venter = (now: Date) => and(isNull(s.medarbejderId), isNull(s.afsluttet), gt(s.kodeUdloeber, now));

/**
 * Closes what has run out, so "one at a time" can be checked against open rows: a code nobody
 * used, or a session whose time is up (it ended when its time was up, not now).
 */
async function lukUdloebne(tx: Db, hvor: SQL | undefined, now: Date) {
  await tx
    .update(s)
    .set({ afsluttet: sql`least(${s.udloeber}, ${now.toISOString()}::timestamptz)`, afsluttetAf: "udloebet", kodeHash: null })
    .where(and(hvor, isNull(s.afsluttet), or(lte(s.udloeber, now), and(isNull(s.medarbejderId), lte(s.kodeUdloeber, now)))));
}

/** A fresh code on a waiting row: a value nobody holds now and nobody has been guessing lately. */
async function udstedKode(tx: Db, id: string, now: Date, lavKode: () => string): Promise<{ kode: string; kodeUdloeber: Date }> {
  const kodeUdloeber = new Date(now.getTime() + KODE_GYLDIG_MINUTTER * MINUT);
  // Codes nobody used stop occupying their value, so the unique index only holds live codes.
  await tx.update(s).set({ kodeHash: null }).where(and(isNotNull(s.kodeHash), lte(s.kodeUdloeber, now)));
  for (let forsoeg = 0; forsoeg < 50; forsoeg++) {
    const kode = lavKode();
    const hash = kodeHash(kode);
    // A value someone has been trying is never handed out: their earlier wrong guesses cannot
    // count against (or lock out) a citizen who later gets that value.
    if (await erVarm(tx, hash, now)) continue;
    const [optaget] = await tx.select({ id: s.id }).from(s).where(and(eq(s.kodeHash, hash), ne(s.id, id)));
    if (optaget) continue;
    await tx.update(s).set({ kodeHash: hash, kodeUdloeber, udloeber: kodeUdloeber }).where(eq(s.id, id));
    return { kode, kodeUdloeber };
  }
  throw new Error("ingen ledig kode");
}

export type Oprettet =
  | { ok: true; id: string; kode: string; kodeUdloeber: Date }
  | { ok: false; grund: "igang" | "afsluttet" };

/**
 * The citizen asks for help: a new session waiting for a staff member, with a new code. A code
 * still waiting is replaced (one code at a time); a session in progress must be ended first. A
 * double submit (the same form key) gives the same session a new code instead of a second session.
 */
export async function opretHjaelp(db: Db, borger: Borger, valg: HjaelpValg, formNoegle: string, now = nu(), lavKode = nyKode): Promise<Oprettet> {
  return db.transaction(async (tx) => {
    // One citizen's requests for a code one at a time, also across instances: a double click or two
    // tabs would otherwise both see no session and both insert (the same key: a unique violation;
    // two keys: two live codes, as neither replace sees the other's uncommitted row).
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`hjaelp:${borger.cpr}`}))`);
    const [tidligere] = await tx.select().from(s).where(and(eq(s.oprettetNoegle, formNoegle), eq(s.borgerCpr, borger.cpr)));
    if (tidligere) {
      if (tidligere.medarbejderId) return { ok: false, grund: tidligere.afsluttet ? "afsluttet" : "igang" };
      if (tidligere.afsluttet) return { ok: false, grund: "afsluttet" };
      return { ok: true, id: tidligere.id, ...(await udstedKode(tx, tidligere.id, now, lavKode)) };
    }
    await lukUdloebne(tx, eq(s.borgerCpr, borger.cpr), now);
    const [aktiv] = await tx.select({ id: s.id }).from(s).where(and(eq(s.borgerCpr, borger.cpr), igang(now)));
    if (aktiv) return { ok: false, grund: "igang" };
    await tx
      .update(s)
      .set({ afsluttet: now, afsluttetAf: "erstattet", kodeHash: null })
      .where(and(eq(s.borgerCpr, borger.cpr), venter(now)));
    const [row] = await tx
      .insert(s)
      .values({
        borgerCpr: borger.cpr,
        borgerNavn: borger.navn,
        omraader: actionsFor(valg.omraader),
        maaForberede: valg.maaForberede,
        varighedMinutter: valg.varighed,
        udloeber: now,
        // oprettet is the database's own time, not the portal clock: "newest" must stay newest even
        // when a demo or a test fixes the portal's "now" (lib/klokke.ts).
        oprettetNoegle: formNoegle,
      })
      .returning({ id: s.id });
    return { ok: true, id: row!.id, ...(await udstedKode(tx, row!.id, now, lavKode)) };
  });
}

/** "Lav en ny kode": the same choices, a new code, while nobody has used the old one. */
export async function nyKodeTil(db: Db, borgerCpr: string, id: string, now = nu(), lavKode = nyKode) {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select({ id: s.id })
      .from(s)
      .where(and(eq(s.id, id), eq(s.borgerCpr, borgerCpr), isNull(s.medarbejderId), isNull(s.afsluttet)))
      .for("update");
    if (!row) return null;
    return { id, ...(await udstedKode(tx, id, now, lavKode)) };
  });
}

export type Bundet = { ok: true; session: Row } | { ok: false; grund: "forkert" | "igang"; borgerNavn?: string };

/**
 * The staff member's code binds the waiting session to them and to this login session. The
 * staff member's row is locked, so two codes entered at once (two tabs, two instances) cannot
 * both bind: one staff member helps one citizen at a time.
 */
export async function bindKode(db: Db, medarbejder: Medarbejder, loginSessionId: string, kode: string, formNoegle: string, now = nu()): Promise<Bundet> {
  return db.transaction(async (tx) => {
    await tx.select({ id: medarbejdere.id }).from(medarbejdere).where(eq(medarbejdere.id, medarbejder.medarbejderId)).for("update");
    const [igen] = await tx.select().from(s).where(and(eq(s.bundetNoegle, formNoegle), eq(s.medarbejderId, medarbejder.medarbejderId), igang(now)));
    if (igen) {
      await setAssisting(tx, loginSessionId, igen.id);
      return { ok: true, session: igen };
    }
    await lukUdloebne(tx, eq(s.medarbejderId, medarbejder.medarbejderId), now);
    const [aktiv] = await tx.select().from(s).where(and(eq(s.medarbejderId, medarbejder.medarbejderId), igang(now)));
    if (aktiv) return { ok: false, grund: "igang", borgerNavn: aktiv.borgerNavn };
    const [row] = await tx
      .update(s)
      .set({
        medarbejderId: medarbejder.medarbejderId,
        startet: now,
        udloeber: sql`${now.toISOString()}::timestamptz + ${s.varighedMinutter} * interval '1 minute'`,
        kodeHash: null,
        bundetNoegle: formNoegle,
      })
      .where(and(eq(s.kodeHash, kodeHash(kode)), venter(now)))
      .returning();
    if (!row) return { ok: false, grund: "forkert" };
    await setAssisting(tx, loginSessionId, row.id);
    return { ok: true, session: row };
  });
}

export type Afsluttet = { ok: true; session: Row } | { ok: false; grund: "allerede-afsluttet"; session: Row | null };

/**
 * Either side ends the help, once. Ending what has already ended (or run out) changes nothing and
 * says so; the staff member's login session stops pointing at it either way.
 */
export async function afslutHjaelp(
  db: Db,
  id: string,
  hvem: { af: "borger"; borgerCpr: string } | { af: "medarbejder"; medarbejderId: string; loginSessionId: string },
  now = nu(),
): Promise<Afsluttet> {
  return db.transaction(async (tx) => {
    const ejer = hvem.af === "borger" ? eq(s.borgerCpr, hvem.borgerCpr) : eq(s.medarbejderId, hvem.medarbejderId);
    await lukUdloebne(tx, and(eq(s.id, id), ejer), now);
    const [row] = await tx
      .update(s)
      .set({ afsluttet: now, afsluttetAf: hvem.af, kodeHash: null })
      .where(and(eq(s.id, id), ejer, isNull(s.afsluttet)))
      .returning();
    if (hvem.af === "medarbejder") await setAssisting(tx, hvem.loginSessionId, null);
    if (row) return { ok: true, session: row };
    const [findes] = await tx.select().from(s).where(and(eq(s.id, id), ejer));
    return { ok: false, grund: "allerede-afsluttet", session: findes ?? null };
  });
}

const medMedarbejder = { session: s, medarbejderNavn: medarbejdere.navn, medarbejderEnhed: medarbejdere.enhed };

/** The citizen's newest session, with who helps (if anyone): what /hjaelp and the banner show. */
export async function senesteForBorger(db: Db, borgerCpr: string) {
  const [row] = await db
    .select(medMedarbejder)
    .from(s)
    .leftJoin(medarbejdere, eq(medarbejdere.id, s.medarbejderId))
    .where(eq(s.borgerCpr, borgerCpr))
    .orderBy(desc(s.oprettet))
    .limit(1);
  return row ?? null;
}

/** The sessions helping the citizen right now, with the staff member's name and unit. */
export async function igangForBorger(db: Db, borgerCpr: string, now = nu()) {
  return db
    .select(medMedarbejder)
    .from(s)
    .leftJoin(medarbejdere, eq(medarbejdere.id, s.medarbejderId))
    .where(and(eq(s.borgerCpr, borgerCpr), igang(now)))
    .orderBy(desc(s.startet));
}

/** The session this staff member is helping in now, from whichever login session. */
export async function igangForMedarbejder(db: Db, medarbejderId: string, now = nu()) {
  const [row] = await db.select().from(s).where(and(eq(s.medarbejderId, medarbejderId), igang(now)));
  return row ?? null;
}

export async function findSession(db: Db, id: string) {
  const [row] = await db.select().from(s).where(eq(s.id, id));
  return row ?? null;
}

/** The staff member's own history: whom they helped and when, nothing else about the citizen. */
export async function historik(db: Db, medarbejderId: string, antal = 20) {
  const rows = await db
    .select({ id: s.id, borgerNavn: s.borgerNavn, startet: s.startet, udloeber: s.udloeber, afsluttet: s.afsluttet, afsluttetAf: s.afsluttetAf })
    .from(s)
    .where(and(eq(s.medarbejderId, medarbejderId), isNotNull(s.startet)))
    .orderBy(desc(s.startet), desc(s.oprettet))
    .limit(antal);
  return rows.map((r) => ({ ...r, startet: r.startet!, slut: r.afsluttet ?? r.udloeber }));
}
