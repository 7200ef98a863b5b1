import { z } from "zod";

/**
 * Wire contract of the Klassifikation system (SF1510), as JSON. A Klasse follows the SF1510 Klasse
 * egenskaber: the KLE number is its brugervendtNoegle, and beskrivelse carries the citizen-facing
 * explanation. The mock handlers build their responses from these schemas.
 */

export const KLE_EMNENUMMER = /^\d{2}\.\d{2}\.\d{2}$/;
const HANDLINGSFACET = /^[A-ZÆØÅ]\d{2}$/;

export const brugervendtNoegle = z
  .string()
  .refine((s) => KLE_EMNENUMMER.test(s) || HANDLINGSFACET.test(s), "neither a KLE emne number nor a handlingsfacet");

export const klasseWire = z.object({
  uuid: z.uuid(),
  brugervendtNoegle,
  titel: z.string().min(1).max(255),
  beskrivelse: z.string().min(1),
  facet: z.enum(["KLE-Emneplan", "KLE-Handlingsfacetter"]),
});
export type KlasseWire = z.infer<typeof klasseWire>;

export const klasseSvarWire = z.object({ klasse: klasseWire });

/** A sager list needs the titles of many emner at once; 100 matches the largest SDI page. */
export const MAKS_NOEGLER_PR_OPSLAG = 100;

export const klasseOpslagWire = z.object({
  noegler: z.array(brugervendtNoegle).min(1).max(MAKS_NOEGLER_PR_OPSLAG),
});

export const klasseOpslagSvarWire = z.object({
  klasser: z.array(klasseWire),
  /** Requested keys the system does not know, so a caller can tell "unknown" from "forgotten". */
  ukendte: z.array(z.string()),
});
export type KlasseOpslagSvarWire = z.infer<typeof klasseOpslagSvarWire>;
