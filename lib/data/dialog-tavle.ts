import "server-only";
import { asc, count, eq, sql } from "drizzle-orm";
import { db } from "@/lib/db";
import { dialogBidrag, dialogDeltagere, dialogStemmer } from "@/lib/db/schema";
import { restSekunder } from "@/lib/dialog/timer";
import { TRIN } from "@/lib/dialog/trin";
import type { DialogSession } from "./dialog";

/** What the screens show of a running dialogue: the board of points and ideas, and the small status they poll. */

export function stilleAktiv(session: Pick<DialogSession, "stilleSlut" | "trin">, now = new Date()): boolean {
  return session.trin === TRIN.IDEER && !!session.stilleSlut && session.stilleSlut > now;
}

export type TavleBidrag = {
  id: string;
  tekst: string | null;
  fra: string;
  valgt: boolean;
  /** Who marked it as the group's choice: a participant's name, or "Facilitator". */
  valgtAf: string | null;
  /** Marked by the participant looking at the board: only they may undo it. */
  valgtAfMig: boolean;
  stemmer: number;
  egen: boolean;
  minStemme: boolean;
};
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
export async function tavle(session: DialogSession, seer: { deltagerId?: string } = {}, now = new Date()): Promise<Tavle> {
  const [deltagere, bidrag, stemmer] = await Promise.all([
    db()
      .select({ id: dialogDeltagere.id, navn: dialogDeltagere.navn })
      .from(dialogDeltagere)
      .where(eq(dialogDeltagere.sessionId, session.id))
      .orderBy(asc(dialogDeltagere.oprettet)),
    db().select().from(dialogBidrag).where(eq(dialogBidrag.sessionId, session.id)).orderBy(asc(dialogBidrag.oprettet), asc(dialogBidrag.id)),
    db().select({ bidragId: dialogStemmer.bidragId, deltagerId: dialogStemmer.deltagerId }).from(dialogStemmer).where(eq(dialogStemmer.sessionId, session.id)),
  ]);
  const navn = new Map(deltagere.map((d) => [d.id, d.navn]));
  const skjul = stilleAktiv(session, now);
  const mig = seer.deltagerId;
  const map = (b: (typeof bidrag)[number]): TavleBidrag => {
    const egen = !!mig && b.deltagerId === mig;
    return {
      id: b.id,
      tekst: b.art === "ide" && skjul && !egen ? null : b.tekst,
      fra: (b.deltagerId && navn.get(b.deltagerId)) || "Facilitator",
      valgt: b.valgt,
      valgtAf: b.valgt ? (b.valgtAf && navn.get(b.valgtAf)) || "Facilitator" : null,
      valgtAfMig: b.valgt && !!mig && b.valgtAf === mig,
      stemmer: stemmer.filter((s) => s.bidragId === b.id).length,
      egen,
      minStemme: !!mig && stemmer.some((s) => s.bidragId === b.id && s.deltagerId === mig),
    };
  };
  const ideer = bidrag.filter((b) => b.art === "ide").map(map);
  return {
    deltagere: deltagere.map((d) => d.navn),
    pointer: bidrag.filter((b) => b.art === "pointe").map(map),
    ideer,
    antalIdeer: ideer.length,
    antalStemmer: stemmer.length,
    stilleAktiv: skjul,
  };
}

/** The ideas to vote on: the groups' choices if any were made, otherwise every idea. */
export function ideerTilStemning(board: Tavle): TavleBidrag[] {
  return board.ideer.some((i) => i.valgt) ? board.ideer.filter((i) => i.valgt) : board.ideer;
}

/** The small answer the screens poll: changes whenever something worth re-rendering changes. */
export async function status(session: DialogSession, now = new Date()) {
  const [[b], [st], [d]] = await Promise.all([
    db()
      .select({ n: count(), valgte: sql<number>`count(*) filter (where ${dialogBidrag.valgt})`.mapWith(Number) })
      .from(dialogBidrag)
      .where(eq(dialogBidrag.sessionId, session.id)),
    db().select({ n: count() }).from(dialogStemmer).where(eq(dialogStemmer.sessionId, session.id)),
    db().select({ n: count() }).from(dialogDeltagere).where(eq(dialogDeltagere.sessionId, session.id)),
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
