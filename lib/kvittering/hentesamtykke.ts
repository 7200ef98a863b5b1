import "server-only";
import { env } from "@/lib/env";
import { feltNavne, KILDER, OPBEVARING, periodeTekst } from "@/lib/hentesamtykke/kilder";
import type { hentesamtykker } from "@/lib/db/schema";
import { kommune, kvittering, status, tilbagekald, type Haendelse } from "./dpv";

type Hentesamtykke = typeof hentesamtykker.$inferSelect;

/**
 * The receipt of a samtykke for the kommune to fetch data about the person from elsewhere
 * (BIDRAGE): the same DPV/ISO 27560 shape as a sharing samtykke, but the kommune is the recipient
 * and the other authority or company is the source. Requested by a caseworker, answered by the person.
 */
export function hentesamtykkeKvittering(s: Hentesamtykke, subjekt: string, now: Date) {
  const kilde = KILDER[s.kilde];
  const haendelser: Haendelse[] = [{ type: ["dpv:ConsentRequested"], tid: s.anmodet, af: `${s.anmodetAfNavn}, ${s.anmodetAfEnhed}` }];
  if (s.besvaret) haendelser.push({ type: s.status === "afvist" ? ["dpv:ConsentRefused"] : ["dpv:ConsentGiven", "dpv:ExplicitlyExpressedConsent"], tid: s.besvaret, af: "dpv:DataSubject" });
  if (s.tilbagekaldt) haendelser.push({ type: ["dpv:ConsentWithdrawn"], tid: s.tilbagekaldt, af: "dpv:DataSubject" });
  else if (s.status === "givet" && s.gyldigTil && s.gyldigTil <= now) haendelser.push({ type: ["dpv:ConsentExpired"], tid: s.gyldigTil, af: "dpv:DataController" });
  const periode = periodeTekst(s.periodeFra, s.periodeTil);
  return kvittering(
    "hentesamtykke",
    s.id,
    {
      "dpv:hasDataSubject": { "@id": `md:subjekt:${subjekt}`, "dpv:hasName": s.borgerNavn },
      "dpv:hasLegalBasis": { "@id": "eu-gdpr:A6-1-a", "dct:description": "Dit samtykke til, at kommunen henter oplysningerne" },
      "dpv:hasProcess": {
        "@type": "dpv:Process",
        "dpv:hasPurpose": { "@type": "dpv:Purpose", "dct:title": s.formaal },
        "dpv:hasProcessing": ["dpv:Collect", "dpv:Store"],
        "dpv:hasPersonalData": feltNavne(s.kilde, s.felter).map((navn) => ({ "skos:broader": "dpv:PersonalData", "dct:title": navn, ...(periode ? { "dct:temporal": periode } : {}) })),
        "dpv:hasDataSource": { "@type": ["dpv:DataSource"], "dpv:hasName": kilde.navn, "dct:description": kilde.hvem },
        "dpv:hasRecipient": { ...kommune(), "@type": ["dpv:LegalEntity", "dpv:DataController", "dpv:Recipient"] },
        "dpv:hasStorageCondition": { "dct:description": OPBEVARING[s.opbevaring as keyof typeof OPBEVARING] ?? s.opbevaring },
      },
      ...(s.besvaret && s.gyldigTil ? { "dct:valid": `${s.besvaret.toISOString()}/${s.gyldigTil.toISOString()}` } : {}),
      ...tilbagekald(
        `${env().AUTH_URL}/samtykker/hent/${s.id}`,
        "Log ind på Mine Data med dit eget MitID, vælg Samtykker og Træk samtykket tilbage – så henter kommunen ikke mere. Eller ring til Borgerservice på 44 44 44 44.",
      ),
      "dpv:hasConsentStatus": status(haendelser),
    },
    now,
  );
}
