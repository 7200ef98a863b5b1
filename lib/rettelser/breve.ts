import "server-only";
import { db } from "@/lib/db";
import type { Db } from "@/lib/db/client";
import { safeErrorInfo } from "@/lib/data/request-info";
import { iUdbakke, sendUdbakke, type NytBrev } from "@/lib/post/udbakke";

/**
 * BIDRAGE's letters go through the portal's one outbox (lib/post/udbakke.ts): written in the
 * same transaction as the decision they tell about, then sent; if the server dies in between or
 * Digital Post is down, the next page that touches a case, or the sweep, sends them under the same
 * key, so the citizen gets each letter once. Letters never hold a link: they say where in Mine
 * Data to look.
 */
type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

/** Queues one letter in the caller's transaction; its key lets the caller send just this letter afterwards. */
export async function koeBrev(tx: Tx | Db, brev: NytBrev): Promise<string> {
  await iUdbakke(tx as unknown as Db, [brev]);
  return brev.noegle;
}

/**
 * Sends what waits in the outbox, or only the given letters; a failure leaves them there for the
 * next call or the sweep.
 */
export async function sendVentendeBreve(valg: { maks?: number; noegler?: string[] } = {}): Promise<void> {
  await sendUdbakke(db(), valg).catch((error: unknown) => console.error("[breve] brevene venter i udbakken:", safeErrorInfo(error)));
}

export const HILSEN = "\n\nVenlig hilsen\nKorsbæk Kommune";

export const DATATILSYNET =
  "Er du uenig, kan du klage til Datatilsynet. Det koster ikke noget. Du finder Datatilsynets klageformular på Datatilsynets hjemmeside, " +
  "eller du kan skrive til Datatilsynet, Carl Jacobsens Vej 35, 2500 Valby. Skriv, at din klage handler om din ret til at få rettet oplysninger " +
  "(databeskyttelsesforordningens artikel 16), og send gerne dette brev med.";
