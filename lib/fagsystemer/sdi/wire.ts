import { z } from "zod";

/**
 * Wire contract of the Sags- og Dokumentindeks (SDI, SF1470), as JSON. Field names follow the
 * OIO SagIndeks model. The mock handlers build their responses from these schemas, so the mock
 * and the client cannot drift apart.
 */

export const VISNING_UNDTAGET_FOR_BORGER = "Visning undtaget for borger";

export const fremdriftStatus = z.enum(["Opstaaet", "Oplyst", "Afgjort", "Afsluttet"]);
export const foelsomhed = z.enum([
  "IKKE_FORTROLIGE_DATA",
  "FORTROLIGE_PERSONOPLYSNINGER",
  "FOELSOMME_PERSONOPLYSNINGER",
  "VIP_SAGER",
]);

const isoDate = z.iso.date();

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
});
export type SagWire = z.infer<typeof sagWire>;

/** Searches go in the body: the part reference holds a CPR number, which must never sit in a URL. */
export const sagSoegningWire = z.object({
  partRef: z.string().regex(/^urn:oio:cpr-nr:\d{10}$/),
  udenVisningsklasse: z.string().optional(),
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
export type SagSoegeresultatWire = z.infer<typeof sagSoegeresultatWire>;

export function cprPartRef(cpr: string): string {
  return `urn:oio:cpr-nr:${cpr}`;
}
