import "server-only";
import { and, asc, eq, inArray, isNull, like, lt, or, sql } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { brevUdbakke } from "@/lib/db/schema";
import { sendBrev } from "@/lib/fagsystemer/digitalpost/client";

/**
 * The letters the portal sends through Digital Post go through an outbox: written in the same
 * transaction as the change they tell about, then sent. A letter whose sending failed (Digital
 * Post down, server killed) is sent by the next call; the key makes it one letter, not two.
 * No letter ever contains a link (anti-phishing, anchors item 1).
 */
export type NytBrev = { noegle: string; modtagerCpr: string; titel: string; tekst: string; kategori: string };

/** Which waiting letters one send may take: at most `maks`, and only these keys or this key prefix when given. */
export type Udvalg = { maks?: number; noegler?: string[]; praefiks?: string };

/** After this many failed tries a letter still waits, but operators are told (once) that it does. */
const ADVAR_EFTER_FORSOEG = 10;

export async function iUdbakke(tx: Db, breve: NytBrev[]): Promise<void> {
  if (breve.length === 0) return;
  await tx.insert(brevUdbakke).values(breve).onConflictDoNothing();
}

/**
 * How long a sender holds the letters it took: long enough to post them all one by one, each within
 * the fagsystem deadline; a sender that died lets them go to the next one after this.
 */
const laanSekunder = (antal: number) => Math.ceil((antal * env().FAGSYSTEM_TIMEOUT_MS) / 1000) + 10;
/** A letter Digital Post refused waits before its next try: 10 s, 20 s, 40 s … at most an hour. */
const ventSekunder = (forsoeg: number) => Math.min(3600, 10 * 2 ** Math.min(forsoeg, 12));

/**
 * Sends what waits, oldest first; returns how many went out. `noegler` (or a key `praefiks`) limits it to those letters:
 * an action sends its own letter on the answer path and leaves other people's to the sweep, so no
 * citizen waits on someone else's post. Each sender first takes its letters for a while (skipping
 * letters another sender holds), so concurrent requests and instances never post the same letter
 * at once; Digital Post's idempotency key still makes a resend after a crash one letter.
 */
export async function sendUdbakke(db: Db, { maks = 20, noegler, praefiks }: Udvalg = {}): Promise<number> {
  if (noegler?.length === 0) return 0;
  const ledige = db
    .select({ noegle: brevUdbakke.noegle })
    .from(brevUdbakke)
    .where(
      and(
        isNull(brevUdbakke.sendt),
        or(isNull(brevUdbakke.sendesTil), lt(brevUdbakke.sendesTil, sql`now()`)),
        noegler ? inArray(brevUdbakke.noegle, noegler) : undefined,
        // Keys are built from ids (uuids), never from input, so they hold no LIKE wildcards.
        praefiks ? like(brevUdbakke.noegle, `${praefiks}%`) : undefined,
      ),
    )
    .orderBy(asc(brevUdbakke.oprettet))
    .limit(maks)
    .for("update", { skipLocked: true });
  const taget = await db
    .update(brevUdbakke)
    .set({ sendesTil: sql`now() + make_interval(secs => ${laanSekunder(maks)})` })
    .where(inArray(brevUdbakke.noegle, ledige))
    .returning();
  let sendt = 0;
  for (const [i, brev] of taget.sort((a, b) => a.oprettet.getTime() - b.oprettet.getTime()).entries()) {
    const result = await sendBrev({
      idempotensNoegle: brev.noegle,
      modtagerCpr: brev.modtagerCpr,
      titel: brev.titel,
      tekst: brev.tekst,
      kategori: brev.kategori,
    });
    if (result.ok) {
      await db.update(brevUdbakke).set({ sendt: new Date(), sendesTil: null }).where(eq(brevUdbakke.noegle, brev.noegle));
      sendt++;
    } else {
      // Not before the back-off: a Digital Post outage must not use up a letter's tries in minutes.
      await db
        .update(brevUdbakke)
        .set({ forsoeg: sql`${brevUdbakke.forsoeg} + 1`, sendesTil: sql`now() + make_interval(secs => ${ventSekunder(brev.forsoeg)})` })
        .where(eq(brevUdbakke.noegle, brev.noegle));
      if (brev.forsoeg + 1 === ADVAR_EFTER_FORSOEG) console.error(`[udbakke] et brev (${brev.kategori}) er ikke sendt efter ${ADVAR_EFTER_FORSOEG} forsøg; det prøves igen`);
      // Digital Post is down: leave the rest for the next round instead of waiting on each.
      if (result.reason !== "http") {
        await frigiv(db, taget.slice(i + 1).map((b) => b.noegle));
        break;
      }
    }
  }
  return sendt;
}

/** Lets letters this sender took, but will not send now, go at once to the next sender. */
async function frigiv(db: Db, noegler: string[]) {
  if (noegler.length > 0) await db.update(brevUdbakke).set({ sendesTil: null }).where(inArray(brevUdbakke.noegle, noegler));
}
