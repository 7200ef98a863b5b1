import "server-only";
import { randomBytes } from "node:crypto";
import { and, asc, count, desc, eq, isNull, sql } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/lib/db/client";
import { dialogBeslutninger, dialogBidrag, dialogDeltagere, dialogSessioner, dialogStemmer, rateLimits } from "@/lib/db/schema";
import { nyKode } from "@/lib/dialog/kode";
import { AFSLUTTET, forlaeng, fortsaet, gaaTilTrin, pause, restSekunder, SIDSTE_TRIN, type TimerState } from "@/lib/dialog/timer";
import type { Beslutning, OpretSession } from "@/lib/domain/dialog";
import { tryAttempt } from "./rate-limit";

const uuid = z.uuid();

/** Wrong join codes per address before joining pauses: a room behind one address still joins fine. */
export const FORKERTE_KODER_MAX = 10;
const FORKERTE_KODER_VINDUE = 600;

async function forMangeForkerte(db: Db, adresse: string, now: Date): Promise<boolean> {
  const [row] = await db.select().from(rateLimits).where(eq(rateLimits.noegle, `dialog-kode:${adresse}`));
  return !!row && row.antal >= FORKERTE_KODER_MAX && row.vinduestart.getTime() > now.getTime() - FORKERTE_KODER_VINDUE * 1000;
}

export type DialogSession = typeof dialogSessioner.$inferSelect;
type Facilitator = { medarbejderId: string; navn: string; enhed: string };

/** The join code works until the end of the session's day (Danish time) and not after the session ends. */
function kodeUdloeber(dato: string): Date {
  return new Date(`${dato}T23:59:59+01:00`);
}

/** A form key that is a UUID, or nothing (then double submits are not detected). */
function noegle(value: unknown): string | null {
  return typeof value === "string" && /^[0-9a-f-]{36}$/i.test(value) ? value : null;
}

export async function opretSession(db: Db, facilitator: Facilitator, input: OpretSession, formNoegle?: unknown): Promise<{ id: string; kode: string }> {
  const key = noegle(formNoegle);
  for (let forsoeg = 0; forsoeg < 5; forsoeg++) {
    const kode = nyKode();
    const rows = await db
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
      const [same] = await db
        .select({ id: dialogSessioner.id, kode: dialogSessioner.kode })
        .from(dialogSessioner)
        .where(and(eq(dialogSessioner.formNoegle, key), eq(dialogSessioner.oprettetAf, facilitator.medarbejderId)));
      if (same) return same;
    }
  }
  throw new Error("Kunne ikke finde en ledig kode");
}

/** Test timings: seconds instead of minutes (only used by tests through the data layer). */
export async function saetVarigheder(db: Db, id: string, varigheder: number[], stilleSekunder: number): Promise<void> {
  await db.update(dialogSessioner).set({ varigheder, stilleSekunder }).where(eq(dialogSessioner.id, id));
}

/** Swap the case before or while it is read aloud: the standard dilemma, a card, or the facilitator's own text. */
export async function saetCase(db: Db, session: DialogSession, caseValg: string, egenCase: string | undefined): Promise<void> {
  if (session.trin > 1) return;
  await db
    .update(dialogSessioner)
    .set({ caseValg, egenCase: caseValg === "egen" ? (egenCase ?? null) : session.egenCase })
    .where(eq(dialogSessioner.id, session.id));
}

export async function listSessioner(db: Db, enhed: string) {
  return db
    .select({
      id: dialogSessioner.id,
      emne: dialogSessioner.emne,
      dato: dialogSessioner.dato,
      kode: dialogSessioner.kode,
      trin: dialogSessioner.trin,
      forventedeDeltagere: dialogSessioner.forventedeDeltagere,
      oprettetAfNavn: dialogSessioner.oprettetAfNavn,
    })
    .from(dialogSessioner)
    .where(eq(dialogSessioner.enhed, enhed))
    .orderBy(desc(dialogSessioner.dato), desc(dialogSessioner.oprettet))
    .limit(100);
}

/** A session the staff member may run: one from their own unit. */
export async function hentSession(db: Db, id: string, enhed: string): Promise<DialogSession | null> {
  if (!uuid.safeParse(id).success) return null;
  const [row] = await db
    .select()
    .from(dialogSessioner)
    .where(and(eq(dialogSessioner.id, id), eq(dialogSessioner.enhed, enhed)));
  return row ?? null;
}

export type Styring = "start" | "naeste" | "forrige" | "pause" | "fortsaet" | "forlaeng" | "stille-start" | "stille-stop";

export async function styrSession(db: Db, session: DialogSession, handling: Styring, now = new Date()): Promise<void> {
  const s: TimerState = { trin: session.trin, sluttid: session.sluttid, pauseRest: session.pauseRest, varigheder: session.varigheder };
  if (session.trin === AFSLUTTET) return;
  let set: Partial<typeof dialogSessioner.$inferInsert> = {};
  switch (handling) {
    case "start":
      if (session.trin !== 0) return;
      set = gaaTilTrin(s, 1, now);
      break;
    case "naeste":
      if (session.trin >= SIDSTE_TRIN) return;
      set = { ...gaaTilTrin(s, session.trin + 1, now), stilleSlut: null };
      break;
    case "forrige":
      if (session.trin <= 1) return;
      set = { ...gaaTilTrin(s, session.trin - 1, now), stilleSlut: null };
      break;
    case "pause":
      set = pause(s, now);
      break;
    case "fortsaet":
      set = fortsaet(s, now);
      break;
    case "forlaeng":
      set = forlaeng(s, 60, now);
      break;
    case "stille-start":
      if (session.trin !== 4) return;
      set = { stilleSlut: new Date(now.getTime() + session.stilleSekunder * 1000) };
      break;
    case "stille-stop":
      if (!session.stilleSlut || session.stilleSlut <= now) return;
      set = { stilleSlut: now };
      break;
  }
  await db.update(dialogSessioner).set(set).where(eq(dialogSessioner.id, session.id));
}

export function stilleAktiv(session: Pick<DialogSession, "stilleSlut" | "trin">, now = new Date()): boolean {
  return session.trin === 4 && !!session.stilleSlut && session.stilleSlut > now;
}

export type DeltagResultat =
  | { ok: true; token: string; sessionId: string }
  | { ok: false; fejl: "ukendt" | "udloebet" | "slut" | "for-mange"; besked: string };

/** Joining with a short code and a display name; no MitID. Wrong and expired codes say so plainly. */
export async function deltag(db: Db, kode: string, navn: string, now = new Date(), adresse = "ukendt"): Promise<DeltagResultat> {
  if (await forMangeForkerte(db, adresse, now)) {
    return { ok: false, fejl: "for-mange", besked: "Der er skrevet for mange forkerte koder. Vent 10 minutter, og prøv igen." };
  }
  const [session] = await db.select().from(dialogSessioner).where(eq(dialogSessioner.kode, kode));
  if (!session) {
    await tryAttempt(db, `dialog-kode:${adresse}`, FORKERTE_KODER_MAX, FORKERTE_KODER_VINDUE, now);
    return { ok: false, fejl: "ukendt", besked: "Vi kan ikke finde en dialog med den kode. Tjek koden på skærmen, og prøv igen." };
  }
  if (session.trin === AFSLUTTET || session.afsluttet) {
    return { ok: false, fejl: "slut", besked: "Dialogen med den kode er slut. Spørg facilitatoren om koden til en ny dialog." };
  }
  if (session.kodeUdloeber <= now) {
    return { ok: false, fejl: "udloebet", besked: "Koden er udløbet. Den virker kun på dagen for dialogen. Spørg facilitatoren om en ny kode." };
  }
  const token = randomBytes(24).toString("base64url");
  await db.insert(dialogDeltagere).values({ sessionId: session.id, navn, token });
  return { ok: true, token, sessionId: session.id };
}

export async function findDeltager(db: Db, token: string | undefined) {
  if (!token) return null;
  const [row] = await db
    .select({ deltager: dialogDeltagere, session: dialogSessioner })
    .from(dialogDeltagere)
    .innerJoin(dialogSessioner, eq(dialogSessioner.id, dialogDeltagere.sessionId))
    .where(eq(dialogDeltagere.token, token));
  return row ?? null;
}

export type Fejl = { ok: false; besked: string };
type Ok = { ok: true };

/** A point or an idea. Participants add points in Trin 2 and ideas in Trin 4; the facilitator any time. */
export async function tilfoejBidrag(
  db: Db,
  session: DialogSession,
  deltagerId: string | null,
  input: { art: "pointe" | "ide"; tekst: string },
  formNoegle?: unknown,
): Promise<Ok | Fejl> {
  if (session.trin === AFSLUTTET) return { ok: false, besked: "Dialogen er slut." };
  if (deltagerId) {
    if (input.art === "pointe" && session.trin !== 2) return { ok: false, besked: "Pointer skrives i trin 2." };
    if (input.art === "ide" && session.trin !== 4) return { ok: false, besked: "Idéer skrives i trin 4." };
  }
  await db
    .insert(dialogBidrag)
    .values({ sessionId: session.id, deltagerId, art: input.art, tekst: input.tekst, formNoegle: noegle(formNoegle) })
    .onConflictDoNothing();
  return { ok: true };
}

/** Marks (or unmarks) an idea as the group's choice. Each participant marks at most two. */
export async function markerValgt(db: Db, session: DialogSession, deltagerId: string | null, bidragId: string, valgt: boolean): Promise<Ok | Fejl> {
  if (session.trin < 4 || session.trin === AFSLUTTET) return { ok: false, besked: "Idéer vælges i trin 4." };
  if (!uuid.safeParse(bidragId).success) return { ok: false, besked: "Idéen findes ikke." };
  const [ide] = await db
    .select()
    .from(dialogBidrag)
    .where(and(eq(dialogBidrag.id, bidragId), eq(dialogBidrag.sessionId, session.id), eq(dialogBidrag.art, "ide")));
  if (!ide) return { ok: false, besked: "Idéen findes ikke." };
  // A participant changes only their own marks; the facilitator (deltagerId null) may change any.
  if (deltagerId && ide.valgt && ide.valgtAf !== deltagerId) {
    return { ok: false, besked: valgt ? "Idéen er allerede valgt." : "Kun den, der valgte idéen, kan fjerne valget." };
  }
  if (!valgt) {
    await db.update(dialogBidrag).set({ valgt: false, valgtAf: null }).where(eq(dialogBidrag.id, bidragId));
    return { ok: true };
  }
  if (deltagerId) {
    const [row] = await db
      .select({ n: count() })
      .from(dialogBidrag)
      .where(and(eq(dialogBidrag.sessionId, session.id), eq(dialogBidrag.valgtAf, deltagerId), eq(dialogBidrag.valgt, true)));
    if ((row?.n ?? 0) >= 2 && ide.valgtAf !== deltagerId) return { ok: false, besked: "Jeres gruppe kan vælge 1–2 idéer. Fjern et valg først." };
  }
  await db.update(dialogBidrag).set({ valgt: true, valgtAf: deltagerId }).where(eq(dialogBidrag.id, bidragId));
  return { ok: true };
}

/** One dot per participant (unique index); voting again moves the dot. */
export async function stem(db: Db, session: DialogSession, deltagerId: string, bidragId: string): Promise<Ok | Fejl> {
  if (session.trin !== 5) return { ok: false, besked: "Der stemmes i trin 5." };
  if (!uuid.safeParse(bidragId).success) return { ok: false, besked: "Idéen findes ikke." };
  const [ide] = await db
    .select({ id: dialogBidrag.id })
    .from(dialogBidrag)
    .where(and(eq(dialogBidrag.id, bidragId), eq(dialogBidrag.sessionId, session.id), eq(dialogBidrag.art, "ide")));
  if (!ide) return { ok: false, besked: "Idéen findes ikke." };
  await db
    .insert(dialogStemmer)
    .values({ sessionId: session.id, deltagerId, bidragId })
    .onConflictDoUpdate({ target: [dialogStemmer.sessionId, dialogStemmer.deltagerId], set: { bidragId, oprettet: new Date() } });
  return { ok: true };
}

export type TavleBidrag = { id: string; tekst: string | null; fra: string; valgt: boolean; stemmer: number; egen: boolean; minStemme: boolean };
export type Tavle = {
  deltagere: string[];
  pointer: TavleBidrag[];
  ideer: TavleBidrag[];
  antalIdeer: number;
  antalStemmer: number;
  stilleAktiv: boolean;
};

/**
 * What the room (or one participant) sees. While the silent minute runs, idea texts are hidden
 * from everyone but their author: the big screen shows only how many there are.
 */
export async function tavle(db: Db, session: DialogSession, seer: { deltagerId?: string } = {}, now = new Date()): Promise<Tavle> {
  const [deltagere, bidrag, stemmer] = await Promise.all([
    db.select({ navn: dialogDeltagere.navn }).from(dialogDeltagere).where(eq(dialogDeltagere.sessionId, session.id)).orderBy(asc(dialogDeltagere.oprettet)),
    db
      .select({ b: dialogBidrag, navn: dialogDeltagere.navn })
      .from(dialogBidrag)
      .leftJoin(dialogDeltagere, eq(dialogDeltagere.id, dialogBidrag.deltagerId))
      .where(eq(dialogBidrag.sessionId, session.id))
      .orderBy(asc(dialogBidrag.oprettet), asc(dialogBidrag.id)),
    db.select({ bidragId: dialogStemmer.bidragId, deltagerId: dialogStemmer.deltagerId }).from(dialogStemmer).where(eq(dialogStemmer.sessionId, session.id)),
  ]);
  const skjul = stilleAktiv(session, now);
  const map = ({ b, navn }: (typeof bidrag)[number]): TavleBidrag => {
    const egen = !!seer.deltagerId && b.deltagerId === seer.deltagerId;
    return {
      id: b.id,
      tekst: b.art === "ide" && skjul && !egen ? null : b.tekst,
      fra: navn ?? "Facilitator",
      valgt: b.valgt,
      stemmer: stemmer.filter((s) => s.bidragId === b.id).length,
      egen,
      minStemme: !!seer.deltagerId && stemmer.some((s) => s.bidragId === b.id && s.deltagerId === seer.deltagerId),
    };
  };
  const ideer = bidrag.filter((x) => x.b.art === "ide").map(map);
  return {
    deltagere: deltagere.map((d) => d.navn),
    pointer: bidrag.filter((x) => x.b.art === "pointe").map(map),
    ideer,
    antalIdeer: ideer.length,
    antalStemmer: stemmer.length,
    stilleAktiv: skjul,
  };
}

/** The small answer the screens poll: changes whenever something worth re-rendering changes. */
export async function status(db: Db, session: DialogSession, now = new Date()) {
  const [[b], [st], [d]] = await Promise.all([
    db
      .select({ n: count(), valgte: sql<number>`count(*) filter (where ${dialogBidrag.valgt})`.mapWith(Number) })
      .from(dialogBidrag)
      .where(eq(dialogBidrag.sessionId, session.id)),
    db.select({ n: count() }).from(dialogStemmer).where(eq(dialogStemmer.sessionId, session.id)),
    db.select({ n: count() }).from(dialogDeltagere).where(eq(dialogDeltagere.sessionId, session.id)),
  ]);
  const stille = stilleAktiv(session, now);
  const timer = { trin: session.trin, sluttid: session.sluttid, pauseRest: session.pauseRest, varigheder: session.varigheder };
  const version = [
    session.trin,
    session.sluttid?.getTime() ?? "",
    session.pauseRest ?? "",
    session.stilleSlut?.getTime() ?? "",
    stille ? 1 : 0,
    b?.n ?? 0,
    b?.valgte ?? 0,
    st?.n ?? 0,
    d?.n ?? 0,
  ].join(".");
  return { version, trin: session.trin, stilleAktiv: stille, restSekunder: restSekunder(timer, now), pauset: session.pauseRest !== null };
}

export async function gemBeslutning(db: Db, session: DialogSession, input: Beslutning, now = new Date()): Promise<void> {
  await db.transaction(async (tx) => {
    await tx
      .insert(dialogBeslutninger)
      .values({ sessionId: session.id, ...input })
      .onConflictDoUpdate({ target: dialogBeslutninger.sessionId, set: { ...input } });
    await tx
      .update(dialogSessioner)
      .set({ trin: AFSLUTTET, sluttid: null, pauseRest: null, stilleSlut: null, afsluttet: session.afsluttet ?? now })
      .where(eq(dialogSessioner.id, session.id));
  });
}

export async function hentBeslutning(db: Db, sessionId: string) {
  const [row] = await db.select().from(dialogBeslutninger).where(eq(dialogBeslutninger.sessionId, sessionId));
  return row ?? null;
}

/** Follow-ups not yet done for the staff member's unit, soonest first – shown on /medarbejder. */
export async function aabneOpfoelgninger(db: Db, enhed: string) {
  return db
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

export async function markerOpfoelgningUdfoert(db: Db, sessionId: string, enhed: string, now = new Date()): Promise<void> {
  const session = await hentSession(db, sessionId, enhed);
  if (!session) return;
  await db
    .update(dialogBeslutninger)
    .set({ opfoelgningUdfoert: now })
    .where(and(eq(dialogBeslutninger.sessionId, sessionId), isNull(dialogBeslutninger.opfoelgningUdfoert)));
}
