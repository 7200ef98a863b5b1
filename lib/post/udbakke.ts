import "server-only";
import { and, asc, eq, isNull, lt, sql } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { brevUdbakke } from "@/lib/db/schema";
import { sendBrev } from "@/lib/fagsystemer/digitalpost/client";

/**
 * The letters the portal sends through Digital Post go through an outbox: written in the same
 * transaction as the change they tell about, then sent. A letter whose sending failed (Digital
 * Post down, server killed) is sent by the next call; the key makes it one letter, not two.
 * No letter ever contains a link (anti-phishing, anchors item 1).
 */
export type NytBrev = { noegle: string; modtagerCpr: string; titel: string; tekst: string; kategori: string };

const MAKS_FORSOEG = 50;

export async function iUdbakke(tx: Db, breve: NytBrev[]): Promise<void> {
  if (breve.length === 0) return;
  await tx.insert(brevUdbakke).values(breve).onConflictDoNothing();
}

/** Sends what waits, oldest first; returns how many went out. Safe to call from several instances. */
export async function sendUdbakke(db: Db, maks = 20): Promise<number> {
  const ventende = await db
    .select()
    .from(brevUdbakke)
    .where(and(isNull(brevUdbakke.sendt), lt(brevUdbakke.forsoeg, MAKS_FORSOEG)))
    .orderBy(asc(brevUdbakke.oprettet))
    .limit(maks);
  let sendt = 0;
  for (const brev of ventende) {
    const result = await sendBrev({
      idempotensNoegle: brev.noegle,
      modtagerCpr: brev.modtagerCpr,
      titel: brev.titel,
      tekst: brev.tekst,
      kategori: brev.kategori,
    });
    if (result.ok) {
      await db.update(brevUdbakke).set({ sendt: new Date() }).where(eq(brevUdbakke.noegle, brev.noegle));
      sendt++;
    } else {
      await db.update(brevUdbakke).set({ forsoeg: sql`${brevUdbakke.forsoeg} + 1` }).where(eq(brevUdbakke.noegle, brev.noegle));
      // Digital Post is down: leave the rest for the next round instead of waiting on each.
      if (result.reason !== "http") break;
    }
  }
  return sendt;
}
