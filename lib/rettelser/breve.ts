import "server-only";
import { and, asc, eq, isNull, like } from "drizzle-orm";
import { db } from "@/lib/db";
import type { Db } from "@/lib/db/client";
import { brevkoe } from "@/lib/db/schema";
import { sendBrev } from "@/lib/fagsystemer/digitalpost/client";

/**
 * The letters BIDRAGE sends through Digital Post, as a transactional outbox: a letter is written
 * to `brevkoe` in the same transaction as the decision it tells about, then sent. If the server
 * dies in between, or Digital Post is down, the next page that touches the case sends it again
 * under the same idempotency key, so the citizen gets it once. Letters never hold a link: a
 * letter is no place to log in from (phishing), so they say where in Mine Data to look.
 */
type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];
export type NytBrev = { noegle: string; modtagerCpr: string; titel: string; tekst: string; kategori?: string };

export async function koeBrev(tx: Tx | Db, brev: NytBrev): Promise<void> {
  await tx
    .insert(brevkoe)
    .values({ idempotensNoegle: brev.noegle, modtagerCpr: brev.modtagerCpr, titel: brev.titel, tekst: brev.tekst, kategori: brev.kategori ?? null })
    .onConflictDoNothing();
}

/** Sends what is waiting, oldest first; `prefix` limits it to one case's letters. Failures stay queued. */
export async function sendVentendeBreve(prefix?: string, max = 20): Promise<number> {
  const ventende = await db()
    .select()
    .from(brevkoe)
    .where(and(isNull(brevkoe.sendt), prefix ? like(brevkoe.idempotensNoegle, `${prefix}%`) : undefined))
    .orderBy(asc(brevkoe.oprettet))
    .limit(max);
  let sendt = 0;
  for (const b of ventende) {
    const result = await sendBrev({ idempotensNoegle: b.idempotensNoegle, modtagerCpr: b.modtagerCpr, titel: b.titel, tekst: b.tekst, kategori: b.kategori ?? undefined });
    if (!result.ok) {
      console.error(`[breve] et brev kunne ikke sendes nu; det sendes igen senere: ${result.detail}`);
      break;
    }
    await db().update(brevkoe).set({ sendt: new Date() }).where(eq(brevkoe.id, b.id));
    sendt++;
  }
  return sendt;
}

export const HILSEN = "\n\nVenlig hilsen\nKorsbæk Kommune";

export const DATATILSYNET =
  "Er du uenig, kan du klage til Datatilsynet. Det koster ikke noget. Du finder Datatilsynets klageformular på Datatilsynets hjemmeside, " +
  "eller du kan skrive til Datatilsynet, Carl Jacobsens Vej 35, 2500 Valby. Skriv, at din klage handler om din ret til at få rettet oplysninger " +
  "(databeskyttelsesforordningens artikel 16), og send gerne dette brev med.";
