import "server-only";
import type { Db } from "@/lib/db/client";
import { iUdbakke, type NytBrev } from "@/lib/post/udbakke";

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

export const HILSEN = "\n\nVenlig hilsen\nKorsbæk Kommune";

export const DATATILSYNET =
  "Er du uenig, kan du klage til Datatilsynet. Det koster ikke noget. Du finder Datatilsynets klageformular på Datatilsynets hjemmeside, " +
  "eller du kan skrive til Datatilsynet, Carl Jacobsens Vej 35, 2500 Valby. Skriv, at din klage handler om din ret til at få rettet oplysninger " +
  "(databeskyttelsesforordningens artikel 16), og send gerne dette brev med.";
