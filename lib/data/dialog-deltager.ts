import "server-only";
import { randomBytes } from "node:crypto";
import { and, count, eq } from "drizzle-orm";
import { z } from "zod";
import { db } from "@/lib/db";
import { dialogBidrag, dialogDeltagere, dialogSessioner, dialogStemmer, rateLimits } from "@/lib/db/schema";
import { TRIN } from "@/lib/dialog/trin";
import type { DeltagerFejl } from "@/lib/domain/dialog";
import { formNoegle, type DialogSession } from "./dialog";
import { tryAttempt } from "./rate-limit";

/**
 * A participant's side of the dialogue: join with a short code and a name (no MitID), add points
 * and ideas, choose ideas for the group, vote. The browser holds only a random token, which
 * works as long as the dialogue does.
 */

const uuid = z.uuid();

/** Wrong join codes per address before joining pauses: a room behind one address still joins fine. */
export const FORKERTE_KODER_MAX = 10;
const FORKERTE_KODER_VINDUE = 600;
/** After the facilitator ends the dialogue, participants can read the result for an hour. */
export const DELTAGER_EFTER_SLUT_MS = 60 * 60_000;
/** A participant may mark this many ideas as the group's choice. */
export const MAKS_VALG = 2;

async function forMangeForkerte(adresse: string, now: Date): Promise<boolean> {
  const [row] = await db().select().from(rateLimits).where(eq(rateLimits.noegle, `dialog-kode:${adresse}`));
  return !!row && row.antal >= FORKERTE_KODER_MAX && row.vinduestart.getTime() > now.getTime() - FORKERTE_KODER_VINDUE * 1000;
}

export type DeltagResultat =
  | { ok: true; token: string; sessionId: string }
  | { ok: false; fejl: "ukendt" | "udloebet" | "slut" | "for-mange"; besked: string };

/** Joining with a short code and a display name; no MitID. Wrong and expired codes say so plainly. */
export async function deltag(kode: string, navn: string, now = new Date(), adresse = "ukendt"): Promise<DeltagResultat> {
  if (await forMangeForkerte(adresse, now)) {
    return { ok: false, fejl: "for-mange", besked: "Der er skrevet for mange forkerte koder. Vent 10 minutter, og prøv igen." };
  }
  const [session] = await db().select().from(dialogSessioner).where(eq(dialogSessioner.kode, kode));
  if (!session) {
    await tryAttempt(db(), `dialog-kode:${adresse}`, FORKERTE_KODER_MAX, FORKERTE_KODER_VINDUE, now);
    return { ok: false, fejl: "ukendt", besked: "Vi kan ikke finde en dialog med den kode. Tjek koden på skærmen, og prøv igen." };
  }
  if (session.trin === TRIN.AFSLUTTET || session.afsluttet || session.arkiveret) {
    return { ok: false, fejl: "slut", besked: "Dialogen med den kode er slut. Spørg facilitatoren om koden til en ny dialog." };
  }
  if (session.kodeUdloeber <= now) {
    return { ok: false, fejl: "udloebet", besked: "Koden er udløbet. Den virker kun på dagen for dialogen. Spørg facilitatoren om en ny kode." };
  }
  const token = randomBytes(24).toString("base64url");
  await db().insert(dialogDeltagere).values({ sessionId: session.id, navn, token });
  return { ok: true, token, sessionId: session.id };
}

/**
 * The participant behind a token, while their dialogue lasts: not after its day, not once it is
 * archived, and only an hour after it ended (to read the result).
 */
export async function findDeltager(token: string | undefined, now = new Date()) {
  if (!token) return null;
  const [row] = await db()
    .select({ deltager: dialogDeltagere, session: dialogSessioner })
    .from(dialogDeltagere)
    .innerJoin(dialogSessioner, eq(dialogSessioner.id, dialogDeltagere.sessionId))
    .where(eq(dialogDeltagere.token, token));
  if (!row) return null;
  const { session } = row;
  const slutForLaenge = session.afsluttet && now.getTime() - session.afsluttet.getTime() > DELTAGER_EFTER_SLUT_MS;
  return session.arkiveret || session.kodeUdloeber <= now || slutForLaenge ? null : row;
}

type Svar = { ok: true } | { ok: false; fejl: DeltagerFejl };

/** A point or an idea. Participants add points in Trin 2 and ideas in Trin 4; the facilitator any time. */
export async function tilfoejBidrag(
  session: DialogSession,
  deltagerId: string | null,
  input: { art: "pointe" | "ide"; tekst: string },
  noegle?: unknown,
): Promise<Svar> {
  if (session.trin === TRIN.AFSLUTTET) return { ok: false, fejl: "slut" };
  if (deltagerId) {
    if (input.art === "pointe" && session.trin !== TRIN.POINTER) return { ok: false, fejl: "pointe-trin" };
    if (input.art === "ide" && session.trin !== TRIN.IDEER) return { ok: false, fejl: "ide-trin" };
  }
  await db()
    .insert(dialogBidrag)
    .values({ sessionId: session.id, deltagerId, art: input.art, tekst: input.tekst, formNoegle: formNoegle(noegle) })
    .onConflictDoNothing();
  return { ok: true };
}

/** Marks (or unmarks) an idea as the group's choice. Each participant marks at most two, and undoes only their own. */
export async function markerValgt(session: DialogSession, deltagerId: string | null, bidragId: string, valgt: boolean): Promise<Svar> {
  if (session.trin < TRIN.IDEER || session.trin === TRIN.AFSLUTTET) return { ok: false, fejl: "vaelg-trin" };
  if (!uuid.safeParse(bidragId).success) return { ok: false, fejl: "ide-findes-ikke" };
  const [ide] = await db()
    .select()
    .from(dialogBidrag)
    .where(and(eq(dialogBidrag.id, bidragId), eq(dialogBidrag.sessionId, session.id), eq(dialogBidrag.art, "ide")));
  if (!ide) return { ok: false, fejl: "ide-findes-ikke" };
  // A participant changes only their own marks; the facilitator (deltagerId null) may change any.
  if (deltagerId && ide.valgt && ide.valgtAf !== deltagerId) return { ok: false, fejl: valgt ? "allerede-valgt" : "ikke-dit-valg" };
  if (!valgt) {
    await db().update(dialogBidrag).set({ valgt: false, valgtAf: null }).where(eq(dialogBidrag.id, bidragId));
    return { ok: true };
  }
  if (deltagerId && ide.valgtAf !== deltagerId) {
    const [row] = await db()
      .select({ n: count() })
      .from(dialogBidrag)
      .where(and(eq(dialogBidrag.sessionId, session.id), eq(dialogBidrag.valgtAf, deltagerId), eq(dialogBidrag.valgt, true)));
    if ((row?.n ?? 0) >= MAKS_VALG) return { ok: false, fejl: "for-mange-valg" };
  }
  await db().update(dialogBidrag).set({ valgt: true, valgtAf: deltagerId }).where(eq(dialogBidrag.id, bidragId));
  return { ok: true };
}

/** One dot per participant (unique index); voting again moves the dot. */
export async function stem(session: DialogSession, deltagerId: string, bidragId: string): Promise<Svar> {
  if (session.trin !== TRIN.STEM) return { ok: false, fejl: "stem-trin" };
  if (!uuid.safeParse(bidragId).success) return { ok: false, fejl: "ide-findes-ikke" };
  const [ide] = await db()
    .select({ id: dialogBidrag.id })
    .from(dialogBidrag)
    .where(and(eq(dialogBidrag.id, bidragId), eq(dialogBidrag.sessionId, session.id), eq(dialogBidrag.art, "ide")));
  if (!ide) return { ok: false, fejl: "ide-findes-ikke" };
  await db()
    .insert(dialogStemmer)
    .values({ sessionId: session.id, deltagerId, bidragId })
    .onConflictDoUpdate({ target: [dialogStemmer.sessionId, dialogStemmer.deltagerId], set: { bidragId, oprettet: new Date() } });
  return { ok: true };
}
