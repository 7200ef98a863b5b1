import { z } from "zod";

/** What the portal knows about one of the citizen's sager, in the app's own words (client-safe). */
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

export const sagStatusTekst: Record<SagStatus, string> = {
  opstaaet: "Modtaget",
  oplyst: "Under behandling",
  afgjort: "Afgjort",
  afsluttet: "Afsluttet",
};
