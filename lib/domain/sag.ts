import { z } from "zod";

/** What the portal knows about the citizen's sager, in the app's own words (client-safe). */
export const sagStatus = z.enum(["opstaaet", "oplyst", "afgjort", "afsluttet"]);
export type SagStatus = z.infer<typeof sagStatus>;

export const sagOversigt = z.object({
  id: z.uuid(),
  sagsnummer: z.string(),
  titel: z.string(),
  emne: z.object({ kle: z.string(), titel: z.string() }),
  status: sagStatus,
  lokalStatus: z.string().nullable(),
  ansvarligEnhed: z.string(),
  sidstAendret: z.string(),
});
export type SagOversigt = z.infer<typeof sagOversigt>;

export const sagSide = z.object({
  sager: z.array(sagOversigt),
  side: z.number().int(),
  antal: z.number().int(),
  total: z.number().int(),
});
export type SagSide = z.infer<typeof sagSide>;

export const grundlagDatum = z.object({
  id: z.uuid(),
  betegnelse: z.string(),
  vaerdi: z.string(),
  kilde: z.string(),
  hjemmel: z.string(),
  tidligereVaerdier: z.array(z.object({ vaerdi: z.string(), markeretForkert: z.string(), begrundelse: z.string() })),
});
export type GrundlagDatum = z.infer<typeof grundlagDatum>;

export const afgoerelse = z.object({
  dato: z.string(),
  udfald: z.enum(["bevilget", "afslag", "delvis", "annulleret"]),
  resultat: z.string(),
  hjemmel: z.string(),
  klagevejledning: z.string(),
  grundlag: z.array(grundlagDatum),
});
export type Afgoerelse = z.infer<typeof afgoerelse>;

export const dokumentOversigt = z.object({
  id: z.uuid(),
  titel: z.string(),
  type: z.string(),
  dato: z.string(),
});
export type DokumentOversigt = z.infer<typeof dokumentOversigt>;

export const sagDetalje = sagOversigt.extend({
  beskrivelse: z.string().nullable(),
  tidslinje: z.array(z.object({ status: sagStatus, fra: z.string(), til: z.string().nullable() })),
  kontaktpersonId: z.uuid().nullable(),
  ansvarligEnhedId: z.uuid(),
  afgoerelse: afgoerelse.nullable(),
  dokumenter: z.array(dokumentOversigt),
});
export type SagDetalje = z.infer<typeof sagDetalje>;

export const dokument = dokumentOversigt.extend({ sagId: z.uuid(), tekst: z.string().nullable() });
export type Dokument = z.infer<typeof dokument>;

export const sagStatusTekst: Record<SagStatus, string> = {
  opstaaet: "Modtaget",
  oplyst: "Under behandling",
  afgjort: "Afgjort",
  afsluttet: "Afsluttet",
};

export const sagSoegning = z.object({
  status: z.array(sagStatus).optional(),
  kle: z.string().regex(/^\d{2}\.\d{2}\.\d{2}$/).optional(),
  soegetekst: z.string().trim().max(100).optional(),
});
export type SagSoegning = z.infer<typeof sagSoegning>;
