import { z } from "zod";
import { oplysning } from "@/lib/domain/oplysning";
import { brev } from "@/lib/domain/post";
import { dokument, sagDetalje } from "@/lib/domain/sag";

/**
 * The elements of the export's sections that have no schema elsewhere (client-safe). Every
 * element carries what the person would need to understand it without the portal: names, dates,
 * sources, and for fuldmagter and samtykker the signed receipt.
 */
export const eksportSag = sagDetalje.extend({
  dokumenter: z.array(dokument).meta({ description: "Sagens dokumenter med deres tekst, hvor fagsystemet har den" }),
});
export type EksportSag = z.infer<typeof eksportSag>;

const kvittering = z.string().meta({ description: "Kvitteringen som signeret JWS (W3C DPV, ISO/IEC TS 27560); tjek den mod /.well-known/jwks.json" });

export const eksportFuldmagt = z.object({
  id: z.uuid(),
  rolle: z.enum(["giver", "fuldmaegtig"]),
  giver: z.object({ navn: z.string(), foedselsdato: z.iso.date() }),
  fuldmaegtig: z.object({ navn: z.string(), foedselsdato: z.iso.date() }),
  status: z.enum(["anmodet", "aktiv", "tilbagekaldt", "afvist", "ophoert"]),
  privilegier: z.array(z.string()),
  gyldigFra: z.iso.datetime({ offset: true }),
  sidsteDag: z.iso.date(),
  oprettet: z.iso.datetime({ offset: true }),
  afsluttet: z.iso.datetime({ offset: true }).nullable(),
  kvittering,
});
export type EksportFuldmagt = z.infer<typeof eksportFuldmagt>;

export const eksportSamtykke = z.object({
  id: z.uuid(),
  modtager: z.object({ navn: z.string(), cvr: z.string() }),
  formaal: z.string(),
  omfang: z.array(z.string()),
  engangs: z.boolean(),
  status: z.enum(["aktiv", "brugt", "tilbagekaldt", "udloebet"]),
  oprettet: z.iso.datetime({ offset: true }),
  sidsteDag: z.iso.date(),
  tilbagekaldt: z.iso.datetime({ offset: true }).nullable(),
  kvittering,
});
export type EksportSamtykke = z.infer<typeof eksportSamtykke>;

export const eksportLogpost = z.object({
  nr: z.number().int(),
  tidspunkt: z.iso.datetime({ offset: true }),
  hvem: z.string(),
  organisation: z.string(),
  rolle: z.string(),
  grundlag: z.enum(["fuldmagt", "assisteret", "sagsbehandler", "samtykke"]),
  hvad: z.string(),
  formaal: z.string(),
  hash: z.string().meta({ description: "Leddets hash i kæden; et ændret eller slettet led kan ses" }),
});
export type EksportLogpost = z.infer<typeof eksportLogpost>;

export { brev as eksportBrev, oplysning as eksportOplysning };
