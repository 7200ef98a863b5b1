import "server-only";
import { privilegieTekst, type Delegerbar } from "@/lib/access/actions";
import { foedselsdatoFraCpr } from "@/lib/domain/person";
import { env } from "@/lib/env";
import type { FuldmagtRaekke } from "@/lib/fuldmagt/store";
import { FORMAAL, KATEGORIER, omfangTekst, type Formaal, type OmfangElement } from "@/lib/samtykke/kategorier";
import type { SamtykkeRaekke } from "@/lib/samtykke/store";

/**
 * Receipts for every samtykke and fuldmagt in the W3C Data Privacy Vocabulary, as the DPV profile
 * of ISO/IEC TS 27560 describes them (https://w3id.org/dpv/guides/consent-27560): a
 * dpv:ConsentReceipt wrapping the dpv:ConsentRecord, with purpose, legal basis, data categories,
 * recipient, validity, status events and how to withdraw. The data subject appears by name and a
 * pseudonym, never by CPR number.
 */
export const DPV_KONTEKST = {
  dpv: "https://w3id.org/dpv#",
  pd: "https://w3id.org/dpv/pd#",
  loc: "https://w3id.org/dpv/loc#",
  "eu-gdpr": "https://w3id.org/dpv/legal/eu/gdpr#",
  dct: "http://purl.org/dc/terms/",
  schema: "https://schema.org/",
  skos: "http://www.w3.org/2004/02/skos/core#",
  md: "https://minedata.korsbaek.dk/vokabular#",
} as const;

const RECEIPT_PROFIL = "https://w3id.org/dpv/schema/dpv-27560#receipt-eu-gdpr";
const RECORD_PROFIL = "https://w3id.org/dpv/schema/dpv-27560#record-eu-gdpr";
const OPLYST_VIA = "Mine Data, Korsbæk Kommune – logget ind med MitID";

export const kommune = () => ({
  "@type": ["dpv:LegalEntity", "dpv:DataController"],
  "dpv:hasName": "Korsbæk Kommune",
  "dct:identifier": `CVR ${env().KOMMUNE_CVR}`,
  "dpv:hasContact": "Borgerservice, telefon 44 44 44 44",
});

export type Haendelse = { type: string[]; tid: Date; af: string };

export function status(haendelser: Haendelse[]) {
  return haendelser.map((h) => ({
    "@type": h.type,
    "dpv:isIndicatedBy": h.af,
    "dpv:hasIndicationMethod": OPLYST_VIA,
    "dpv:isIndicatedAtTime": h.tid.toISOString(),
  }));
}

const STI = { samtykke: "samtykker/deling", fuldmagt: "fuldmagter", hentesamtykke: "samtykker/hent" } as const;

export function kvittering(art: keyof typeof STI, id: string, record: Record<string, unknown>, now: Date) {
  const base = env().AUTH_URL;
  return {
    "@context": DPV_KONTEKST,
    "@id": `${base}/kvitteringer/${art}/${id}`,
    "@type": "dpv:ConsentReceipt",
    "dct:identifier": `${art}-${id}`,
    "dct:conformsTo": RECEIPT_PROFIL,
    "dct:created": now.toISOString(),
    "dct:publisher": kommune(),
    "schema:recipient": "dpv:DataSubject",
    "dpv:hasRecordOfActivity": {
      "@id": `${base}/${STI[art]}/${id}`,
      "@type": "dpv:ConsentRecord",
      "dct:identifier": id,
      "dct:conformsTo": RECORD_PROFIL,
      "dpv:hasDataController": kommune(),
      "dpv:hasJurisdiction": "loc:DK",
      "dpv:hasApplicableLaw": "eu-gdpr:GDPR",
      ...record,
    },
  };
}

export const tilbagekald = (url: string, tekst: string) => ({
  "dpv:hasConsentControl": { "@type": ["dpv:WithdrawConsent"], "dpv:isExercisedAt": url, "dct:description": tekst },
  "dpv:hasRight": { "@type": ["dpv:DataSubjectRight", "eu-gdpr:A7-3"], "dct:title": "Ret til at trække samtykket tilbage" },
});

/** The receipt of a sharing samtykke. */
export function samtykkeKvittering(s: SamtykkeRaekke, subjekt: string, now: Date) {
  const omfang = s.omfang as OmfangElement[];
  const formaal = FORMAAL[s.formaal as Formaal];
  const haendelser: Haendelse[] = [{ type: ["dpv:ConsentGiven", "dpv:ExplicitlyExpressedConsent"], tid: s.oprettet, af: "dpv:DataSubject" }];
  if (s.forbrugt) haendelser.push({ type: ["md:SamtykkeBrugt"], tid: s.forbrugt, af: "dpv:Recipient" });
  if (s.tilbagekaldt) haendelser.push({ type: ["dpv:ConsentWithdrawn"], tid: s.tilbagekaldt, af: "dpv:DataSubject" });
  else if (s.gyldigTil <= now) haendelser.push({ type: ["dpv:ConsentExpired"], tid: s.gyldigTil, af: "dpv:DataController" });
  return kvittering(
    "samtykke",
    s.id,
    {
      "dpv:hasDataSubject": { "@id": `md:subjekt:${subjekt}`, "dpv:hasName": s.borgerNavn },
      "dpv:hasLegalBasis": { "@id": "eu-gdpr:A6-1-a", "dct:description": s.hjemmel },
      "dpv:hasProcess": {
        "@type": "dpv:Process",
        "dpv:hasPurpose": { "@type": formaal?.dpv ?? "dpv:Purpose", "dct:title": formaal?.titel ?? s.formaal },
        "dpv:hasProcessing": ["dpv:Disclose", "dpv:Transfer"],
        "dpv:hasPersonalData": omfang.map((o) => ({
          "skos:broader": KATEGORIER[o.kategori].dpv,
          "dct:title": omfangTekst(o),
          ...(o.aar ? { "dct:temporal": `${o.aar}-01-01/${o.aar}-12-31` } : {}),
        })),
        "dpv:hasRecipient": {
          "@type": ["dpv:LegalEntity", "dpv:ThirdParty", "dpv:Recipient"],
          "dpv:hasName": s.modtagerNavn,
          "dct:identifier": `CVR ${s.modtagerCvr}`,
        },
      },
      "dct:valid": `${s.gyldigFra.toISOString()}/${s.gyldigTil.toISOString()}`,
      "md:engangs": s.engangs,
      ...tilbagekald(
        `${env().AUTH_URL}/samtykker/deling/${s.id}`,
        "Log ind på Mine Data med dit eget MitID, vælg Samtykker og Træk samtykket tilbage – det gælder fra samme øjeblik. Eller ring til Borgerservice på 44 44 44 44.",
      ),
      "dpv:hasConsentStatus": status(haendelser),
    },
    now,
  );
}

/** The receipt of a fuldmagt: the giver's permission for the holder, as a representative, to see and act. */
export function fuldmagtKvittering(f: FuldmagtRaekke, subjekt: string, now: Date) {
  const haendelser: Haendelse[] = [];
  if (f.oprindelse === "anmodet") haendelser.push({ type: ["dpv:ConsentRequested"], tid: f.oprettet, af: "dpv:Representative" });
  if (f.status !== "anmodet" && f.status !== "afvist") {
    haendelser.push({ type: ["dpv:ConsentGiven", "dpv:ExplicitlyExpressedConsent"], tid: f.besvaret ?? f.oprettet, af: f.oprindelse === "papir" ? "md:BetroetMedarbejder" : "dpv:DataSubject" });
  }
  if (f.status === "afvist") haendelser.push({ type: ["dpv:ConsentRefused"], tid: f.besvaret ?? f.oprettet, af: "dpv:DataSubject" });
  if (f.tilbagekaldt) haendelser.push({ type: ["dpv:ConsentWithdrawn"], tid: f.tilbagekaldt, af: f.tilbagekaldtAf === "fuldmaegtig" ? "dpv:Representative" : "dpv:DataSubject" });
  if (f.ophoert) haendelser.push({ type: ["dpv:ConsentExpired"], tid: f.ophoert, af: "dpv:DataController" });
  return kvittering(
    "fuldmagt",
    f.id,
    {
      "dpv:hasDataSubject": { "@id": `md:subjekt:${subjekt}`, "dpv:hasName": f.giverNavn },
      "dpv:hasLegalBasis": { "@id": "eu-gdpr:A6-1-a", "dct:description": "Fuldmagt givet af personen selv (samtykke)" },
      "dpv:hasProcess": {
        "@type": "dpv:Process",
        "dpv:hasPurpose": { "@type": "dpv:Purpose", "dct:title": "At hjælpe dig med dine sager og data i Mine Data (fuldmagt)" },
        "dpv:hasProcessing": ["dpv:Access", "dpv:Use"],
        "dpv:hasPersonalData": f.privilegier.map((p) => ({
          "skos:broader": "dpv:PersonalData",
          "@type": `md:${p.replace(":", "-")}`,
          "dct:title": privilegieTekst[p as Delegerbar]?.titel ?? p,
        })),
        "dpv:hasRecipient": {
          "@type": ["dpv:NaturalPerson", "dpv:Representative", "dpv:Recipient"],
          "dpv:hasName": f.fuldmaegtigNavn,
          "schema:birthDate": foedselsdatoFraCpr(f.fuldmaegtigCpr),
        },
      },
      "dct:valid": `${f.gyldigFra.toISOString()}/${f.gyldigTil.toISOString()}`,
      ...(f.papirReference ? { "md:papirReference": f.papirReference } : {}),
      ...tilbagekald(
        `${env().AUTH_URL}/fuldmagter/${f.id}`,
        "Log ind på Mine Data med dit eget MitID, vælg Fuldmagter og Tilbagekald fuldmagten – det gælder fra samme øjeblik. Eller ring til Borgerservice på 44 44 44 44.",
      ),
      "dpv:hasConsentStatus": status(haendelser),
    },
    now,
  );
}
