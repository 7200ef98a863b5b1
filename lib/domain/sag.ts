import { z } from "zod";
import { markering } from "./rettelse";

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
  /** An open sag that waits: for the citizen to send something, or for the kommune to answer, by `frist`. */
  venter: z.object({ hvem: z.enum(["dig", "kommunen"]), hvad: z.string(), frist: z.iso.date() }).nullable(),
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
  tidligereVaerdier: z.array(
    z.object({
      vaerdi: z.string(),
      markeretForkert: z.string(),
      begrundelse: z.string(),
      anmodetAf: z.string().nullable().meta({ description: "Hvem der bad om rettelsen, fx »Ole Jensen for Karen Jensen (fuldmagt …)«" }),
    }),
  ),
  /** The caseworker has marked it as not for anyone acting for the citizen. */
  skjultForFuldmaegtige: z.boolean(),
  anfaegtet: markering.nullable(),
});
export type GrundlagDatum = z.infer<typeof grundlagDatum>;

export const afgoerelse = z.object({
  dato: z.string(),
  udfald: z.enum(["bevilget", "afslag", "delvis", "annulleret", "ophoer"]),
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
  /** The caseworker has marked it as not for anyone acting for the citizen. */
  skjultForFuldmaegtige: z.boolean(),
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

/** What a citizen may choose in the status filter: "open" covers the first two steps. */
export const statusFilter = z.enum(["aabne", "opstaaet", "oplyst", "afgjort", "afsluttet"]);
export type StatusFilter = z.infer<typeof statusFilter>;

export const statusFilterTekst: Record<StatusFilter, string> = {
  aabne: "Åbne sager (modtaget eller under behandling)",
  opstaaet: "Modtaget",
  oplyst: "Under behandling",
  afgjort: "Afgjort",
  afsluttet: "Afsluttet",
};

export function statusFraFilter(f: StatusFilter | undefined): SagStatus[] | undefined {
  if (!f) return undefined;
  return f === "aabne" ? ["opstaaet", "oplyst"] : [f];
}

/** What each step of a sag means, for the timeline (klarsprog, DESIGN.md §3). */
export const sagStatusForklaring: Record<SagStatus, string> = {
  opstaaet: "Kommunen har modtaget sagen.",
  oplyst: "Kommunen undersøger sagen og samler de oplysninger, der skal bruges.",
  afgjort: "Kommunen har truffet en afgørelse.",
  afsluttet: "Sagen er lukket.",
};

export const afgoerelseUdfaldTekst: Record<Afgoerelse["udfald"], string> = {
  bevilget: "Du fik det, du søgte om",
  afslag: "Du fik afslag",
  delvis: "Du fik delvis det, du søgte om",
  annulleret: "Afgørelsen er annulleret",
  ophoer: "Ydelsen stopper",
};

/** Said under the outcome where its short name could be misread. */
export const afgoerelseUdfaldForklaring: Partial<Record<Afgoerelse["udfald"], string>> = {
  ophoer: "Det er ikke et afslag på noget, du har søgt om. Kommunen har besluttet, at en ydelse, du får, stopper – afgørelsen herunder siger hvorfor og fra hvornår.",
};

/**
 * The query of /sager and GET /api/v1/sager: `side`, `status`, `emne` (a KLE number) and `q`.
 * Empty strings (an untouched GET form field) mean "no filter".
 */
const tomTilUndefined = (v: unknown) => (v === "" || v === null ? undefined : v);
export const sagerQuery = z.object({
  side: z.preprocess(tomTilUndefined, z.coerce.number().int().min(1).max(10_000).default(1)),
  status: z.preprocess(tomTilUndefined, statusFilter.optional()),
  emne: z.preprocess(tomTilUndefined, z.string().regex(/^\d{2}\.\d{2}\.\d{2}$/).optional()),
  q: z.preprocess(tomTilUndefined, z.string().trim().max(100).optional()),
});
export type SagerQuery = z.infer<typeof sagerQuery>;

export function soegningFraQuery(q: SagerQuery): SagSoegning {
  const status = statusFraFilter(q.status);
  return {
    ...(status ? { status } : {}),
    ...(q.emne ? { kle: q.emne } : {}),
    ...(q.q ? { soegetekst: q.q } : {}),
  };
}
