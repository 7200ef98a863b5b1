import "server-only";
import { and, asc, desc, eq, isNull } from "drizzle-orm";
import { z } from "zod";
import { db } from "@/lib/db";
import { dialogBeslutninger, dialogSessioner } from "@/lib/db/schema";
import { nyKode } from "@/lib/dialog/kode";
import { forlaeng, fortsaet, gaaTilTrin, pause, type TimerState } from "@/lib/dialog/timer";
import { FOERSTE_TRIN, SIDSTE_TRIN, TRIN } from "@/lib/dialog/trin";
import type { Beslutning, OpretSession } from "@/lib/domain/dialog";

/**
 * The facilitator's side of the staff dialogue: plan, run, decide, follow up, archive. A session
 * belongs to a unit; every read and change is scoped to the staff member's own unit.
 */

const uuid = z.uuid();

export type DialogSession = typeof dialogSessioner.$inferSelect;
type Facilitator = { medarbejderId: string; navn: string; enhed: string };

/** The join code works until the end of the session's day (Danish time) and not after the session ends. */
function kodeUdloeber(dato: string): Date {
  return new Date(`${dato}T23:59:59+01:00`);
}

/** A form key that is a UUID, or nothing (then double submits are not detected). */
export function formNoegle(value: unknown): string | null {
  return typeof value === "string" && /^[0-9a-f-]{36}$/i.test(value) ? value : null;
}

export async function opretSession(facilitator: Facilitator, input: OpretSession, noegle?: unknown): Promise<{ id: string; kode: string }> {
  const key = formNoegle(noegle);
  for (let forsoeg = 0; forsoeg < 5; forsoeg++) {
    const kode = nyKode();
    const rows = await db()
      .insert(dialogSessioner)
      .values({
        emne: input.emne,
        dato: input.dato,
        forventedeDeltagere: input.forventedeDeltagere,
        kode,
        kodeUdloeber: kodeUdloeber(input.dato),
        enhed: facilitator.enhed,
        oprettetAf: facilitator.medarbejderId,
        oprettetAfNavn: facilitator.navn,
        caseValg: input.caseValg,
        egenCase: input.caseValg === "egen" ? (input.egenCase ?? null) : null,
        varigheder: [input.minutter1, input.minutter2, input.minutter3, input.minutter4, input.minutter5].map((m) => m * 60),
        stilleSekunder: input.stilleSekunder,
        formNoegle: key,
      })
      .onConflictDoNothing()
      .returning({ id: dialogSessioner.id, kode: dialogSessioner.kode });
    if (rows[0]) return rows[0];
    if (key) {
      const [same] = await db()
        .select({ id: dialogSessioner.id, kode: dialogSessioner.kode })
        .from(dialogSessioner)
        .where(and(eq(dialogSessioner.formNoegle, key), eq(dialogSessioner.oprettetAf, facilitator.medarbejderId)));
      if (same) return same;
    }
  }
  throw new Error("Kunne ikke finde en ledig kode");
}

/** Test timings: seconds instead of minutes (only used by tests through the data layer). */
export async function saetVarigheder(id: string, varigheder: number[], stilleSekunder: number): Promise<void> {
  await db().update(dialogSessioner).set({ varigheder, stilleSekunder }).where(eq(dialogSessioner.id, id));
}

/** Swap the case before or while it is read aloud: the standard dilemma, a card, or the facilitator's own text. */
export async function saetCase(session: DialogSession, caseValg: string, egenCase: string | undefined): Promise<void> {
  if (session.trin > TRIN.CASE) return;
  await db()
    .update(dialogSessioner)
    .set({ caseValg, egenCase: caseValg === "egen" ? (egenCase ?? null) : session.egenCase })
    .where(eq(dialogSessioner.id, session.id));
}

/** The unit's dialogues, newest first: those in use, and those put away in the archive. */
export async function listSessioner(enhed: string) {
  const rows = await db()
    .select({
      id: dialogSessioner.id,
      emne: dialogSessioner.emne,
      dato: dialogSessioner.dato,
      kode: dialogSessioner.kode,
      trin: dialogSessioner.trin,
      forventedeDeltagere: dialogSessioner.forventedeDeltagere,
      oprettetAfNavn: dialogSessioner.oprettetAfNavn,
      arkiveret: dialogSessioner.arkiveret,
    })
    .from(dialogSessioner)
    .where(eq(dialogSessioner.enhed, enhed))
    .orderBy(desc(dialogSessioner.dato), desc(dialogSessioner.oprettet))
    .limit(200);
  return { aktive: rows.filter((r) => !r.arkiveret), arkiverede: rows.filter((r) => r.arkiveret) };
}

/** Into the archive (out of the list; its join code and participants' tokens stop working), or back. */
export async function arkiverSession(id: string, enhed: string, arkiver: boolean, now = new Date()): Promise<void> {
  if (!uuid.safeParse(id).success) return;
  await db()
    .update(dialogSessioner)
    .set({ arkiveret: arkiver ? now : null })
    .where(and(eq(dialogSessioner.id, id), eq(dialogSessioner.enhed, enhed)));
}

/** A session the staff member may run: one from their own unit. */
export async function hentSession(id: string, enhed: string): Promise<DialogSession | null> {
  if (!uuid.safeParse(id).success) return null;
  const [row] = await db()
    .select()
    .from(dialogSessioner)
    .where(and(eq(dialogSessioner.id, id), eq(dialogSessioner.enhed, enhed)));
  return row ?? null;
}

export const STYRINGER = ["start", "naeste", "forrige", "pause", "fortsaet", "forlaeng", "stille-start", "stille-stop"] as const;
export type Styring = (typeof STYRINGER)[number];

/** The new state for one press on the facilitator's controls, or null when it does not apply now. */
function styring(session: DialogSession, handling: Styring, now: Date): Partial<typeof dialogSessioner.$inferInsert> | null {
  const s: TimerState = { trin: session.trin, sluttid: session.sluttid, pauseRest: session.pauseRest, varigheder: session.varigheder };
  switch (handling) {
    case "start":
      return session.trin === TRIN.IKKE_STARTET ? gaaTilTrin(s, FOERSTE_TRIN, now) : null;
    case "naeste":
      return session.trin < SIDSTE_TRIN ? { ...gaaTilTrin(s, session.trin + 1, now), stilleSlut: null } : null;
    case "forrige":
      return session.trin > FOERSTE_TRIN ? { ...gaaTilTrin(s, session.trin - 1, now), stilleSlut: null } : null;
    case "pause":
      return pause(s, now);
    case "fortsaet":
      return fortsaet(s, now);
    case "forlaeng":
      return forlaeng(s, 60, now);
    case "stille-start":
      return session.trin === TRIN.IDEER ? { stilleSlut: new Date(now.getTime() + session.stilleSekunder * 1000) } : null;
    case "stille-stop":
      return session.stilleSlut && session.stilleSlut > now ? { stilleSlut: now } : null;
  }
}

export async function styrSession(session: DialogSession, handling: Styring, now = new Date()): Promise<void> {
  if (session.trin === TRIN.AFSLUTTET) return;
  const set = styring(session, handling, now);
  if (set) await db().update(dialogSessioner).set(set).where(eq(dialogSessioner.id, session.id));
}

export async function gemBeslutning(session: DialogSession, input: Beslutning, now = new Date()): Promise<void> {
  await db().transaction(async (tx) => {
    await tx
      .insert(dialogBeslutninger)
      .values({ sessionId: session.id, ...input })
      .onConflictDoUpdate({ target: dialogBeslutninger.sessionId, set: { ...input } });
    await tx
      .update(dialogSessioner)
      .set({ trin: TRIN.AFSLUTTET, sluttid: null, pauseRest: null, stilleSlut: null, afsluttet: session.afsluttet ?? now })
      .where(eq(dialogSessioner.id, session.id));
  });
}

export async function hentBeslutning(sessionId: string) {
  const [row] = await db().select().from(dialogBeslutninger).where(eq(dialogBeslutninger.sessionId, sessionId));
  return row ?? null;
}

/** Follow-ups not yet done for the staff member's unit, soonest first – shown on /medarbejder. */
export async function aabneOpfoelgninger(enhed: string) {
  return db()
    .select({
      sessionId: dialogSessioner.id,
      emne: dialogSessioner.emne,
      forslag: dialogBeslutninger.forslag,
      ansvarlig: dialogBeslutninger.ansvarlig,
      afproevningSlut: dialogBeslutninger.afproevningSlut,
      opfoelgning: dialogBeslutninger.opfoelgning,
    })
    .from(dialogBeslutninger)
    .innerJoin(dialogSessioner, eq(dialogSessioner.id, dialogBeslutninger.sessionId))
    .where(and(eq(dialogSessioner.enhed, enhed), isNull(dialogBeslutninger.opfoelgningUdfoert)))
    .orderBy(asc(dialogBeslutninger.opfoelgning));
}

export async function markerOpfoelgningUdfoert(sessionId: string, enhed: string, now = new Date()): Promise<void> {
  const session = await hentSession(sessionId, enhed);
  if (!session) return;
  await db()
    .update(dialogBeslutninger)
    .set({ opfoelgningUdfoert: now })
    .where(and(eq(dialogBeslutninger.sessionId, sessionId), isNull(dialogBeslutninger.opfoelgningUdfoert)));
}
