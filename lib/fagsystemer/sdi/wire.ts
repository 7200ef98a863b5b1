import { z } from "zod";
import { anmodningWire } from "../anmodning";

/**
 * Wire contract of the Sags- og Dokumentindeks (SDI, SF1470), as JSON. Field names follow the
 * OIO SagIndeks/DokumentIndeks model. The mock handlers build their responses from these schemas,
 * so the mock and the client cannot drift apart.
 */

export const VISNING_UNDTAGET_FOR_BORGER = "Visning undtaget for borger";
/**
 * The caseworker's safeguarding mark on a document or datum: the citizen sees it, but nobody
 * acting for them under a fuldmagt does (anchors item 2, the NHS proxy standard's redaction).
 */
export const VISNING_UNDTAGET_FOR_REPRAESENTANT = "Visning undtaget for repræsentant";

export const fremdriftStatus = z.enum(["Opstaaet", "Oplyst", "Afgjort", "Afsluttet"]);
export type FremdriftStatus = z.infer<typeof fremdriftStatus>;

export const foelsomhed = z.enum([
  "IKKE_FORTROLIGE_DATA",
  "FORTROLIGE_PERSONOPLYSNINGER",
  "FOELSOMME_PERSONOPLYSNINGER",
  "VIP_SAGER",
]);

export const dokumentType = z.enum([
  "Faktura",
  "Brev, indgaaende",
  "Brev, udgaaende",
  "Brev",
  "Internt Notat",
  "Eksternt Notat",
  "Rapport",
  "Dagsorden",
  "Plan",
  "Andet",
]);

export const afgoerelsesgruppe = z.enum([
  "Afgørelse i primær parts favør",
  "Afgørelse mod primær parts favør",
  "Afgørelse delvis i primær parts favør",
  "Annulleret",
  /** A ydelse the part has stops (e.g. sygedagpenge after the maximum period): not a refusal of an application. */
  "Ydelsen ophører",
]);

const isoDate = z.iso.date();
const partRef = z.string().regex(/^urn:oio:(cpr-nr:\d{10}|cvr-nr:\d{8})$/);

export const sagWire = z.object({
  uuid: z.uuid(),
  sagsnummer: z.string().min(1).max(50),
  titel: z.string().min(1).max(255),
  fremdrift: z
    .array(z.object({ status: fremdriftStatus, fra: isoDate, til: isoDate.nullable() }))
    .min(1),
  sagsstatus: z.string().max(255).optional(),
  foelsomhed,
  ansvarligEnhed: z.object({ uuid: z.uuid(), navn: z.string() }),
  primaerKlasse: z.object({ kle: z.string().regex(/^\d{2}\.\d{2}\.\d{2}$/), titel: z.string() }),
  handlingsklasse: z.object({ facet: z.string(), titel: z.string() }),
  visningsklasser: z.array(z.string()),
  sidstAendret: z.iso.datetime({ offset: true }),
  /**
   * Who the open sag waits for, and by when: the part must send something ("Part"), or the
   * authority is working on it and expects to answer by `frist` ("Myndighed").
   */
  afventer: z.object({ part: z.enum(["Part", "Myndighed"]), handling: z.string().min(1).max(255), frist: isoDate }).optional(),
});
export type SagWire = z.infer<typeof sagWire>;

/** One datum a decision rests on: its value, the register it came from and the legal basis. */
export const grundlagDatumWire = z.object({
  id: z.uuid(),
  betegnelse: z.string(),
  vaerdi: z.string(),
  kilde: z.string(),
  hjemmel: z.string().max(1024),
  visningsklasser: z.array(z.string()).optional(),
  /** Values later found wrong: marked, never deleted. */
  tidligereVaerdier: z.array(
    z.object({
      vaerdi: z.string(),
      markeretForkert: z.iso.datetime({ offset: true }),
      begrundelse: z.string(),
      /** Who asked for the correction, for whom (absent on corrections made without a request). */
      anmodning: anmodningWire.optional(),
    }),
  ),
});
export type GrundlagDatumWire = z.infer<typeof grundlagDatumWire>;

export const journalpostWire = z.object({
  rolle: z.enum(["Tilakteret", "Vedlagt", "Journalnotat"]),
  dokument: z.object({
    uuid: z.uuid(),
    titel: z.string().max(255),
    type: dokumentType,
    brevdato: isoDate,
    visningsklasser: z.array(z.string()).optional(),
  }),
});

export const sagDetaljeWire = sagWire.extend({
  beskrivelse: z.string().max(4096).optional(),
  parter: z.array(
    z.object({ rolle: z.enum(["Primær part", "Sekundær part", "Ydelsesmodtager"]), ref: partRef, fuldtNavn: z.string() }),
  ),
  primaerBehandler: z.object({ uuid: z.uuid(), navn: z.string(), type: z.enum(["Bruger", "OrgEnhed"]) }).optional(),
  afgoerelsesklasse: z.object({ gruppe: afgoerelsesgruppe, klasse: z.string() }).optional(),
  afgoerelse: z
    .object({
      dato: isoDate,
      resultat: z.string(),
      hjemmel: z.string().max(1024),
      klagevejledning: z.string(),
      grundlag: z.array(grundlagDatumWire),
    })
    .optional(),
  journalposter: z.array(journalpostWire),
});
export type SagDetaljeWire = z.infer<typeof sagDetaljeWire>;

export const dokumentWire = z.object({
  uuid: z.uuid(),
  titel: z.string().max(255),
  type: dokumentType,
  brevdato: isoDate,
  sagUuid: z.uuid(),
  parter: z.array(partRef),
  visningsklasser: z.array(z.string()),
  /** Readable content, where the source system provides it. */
  indhold: z.object({ format: z.literal("text/plain"), tekst: z.string() }).optional(),
});
export type DokumentWire = z.infer<typeof dokumentWire>;

/** Searches go in the body: the part reference holds a CPR number, which must never sit in a URL. */
export const sagSoegningWire = z.object({
  partRef: z.string().regex(/^urn:oio:cpr-nr:\d{10}$/),
  udenVisningsklasse: z.string().optional(),
  fremdrift: z.array(fremdriftStatus).optional(),
  kle: z.string().regex(/^\d{2}\.\d{2}\.\d{2}$/).optional(),
  soegetekst: z.string().max(100).optional(),
  side: z.number().int().min(1).default(1),
  antal: z.number().int().min(1).max(100).default(20),
});
export type SagSoegningWire = z.input<typeof sagSoegningWire>;

export const sagSoegeresultatWire = z.object({
  sager: z.array(sagWire),
  side: z.number().int().min(1),
  antal: z.number().int().min(1),
  total: z.number().int().min(0),
});

export const sagSvarWire = z.object({ sag: sagDetaljeWire });
export const dokumentSvarWire = z.object({ dokument: dokumentWire });

export const datumRettelseWire = z.object({
  nyVaerdi: z.string().min(1).max(1000),
  begrundelse: z.string().min(1).max(2000),
  anmodning: anmodningWire.optional(),
});
export const datumRettelseSvarWire = z.object({ datum: grundlagDatumWire });

export function cprPartRef(cpr: string): string {
  return `urn:oio:cpr-nr:${cpr}`;
}
