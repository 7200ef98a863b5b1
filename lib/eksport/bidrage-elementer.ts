import { z } from "zod";

/**
 * The export's elements for BIDRAGE (client-safe): the person's correction requests with their
 * whole history, and the consents the kommune asked for to fetch data from elsewhere.
 */
export const eksportRettelse = z.object({
  id: z.uuid(),
  reference: z.string().meta({ description: "Anmodningens nummer, fx R-00012" }),
  oplysning: z.string().meta({ description: "Den oplysning, anmodningen handler om" }),
  registreretVaerdi: z.string(),
  rigtigVaerdi: z.string(),
  begrundelse: z.string(),
  status: z.enum(["modtaget", "under-behandling", "rettet", "indsigelse-noteret", "afslag"]),
  indsendtAf: z.string(),
  modtaget: z.iso.datetime({ offset: true }),
  frist: z.iso.datetime({ offset: true }).meta({ description: "Svarfristen efter databeskyttelsesforordningens art. 12, stk. 3 (forlænget, hvis fristForlaenget er sat)" }),
  fristForlaenget: z.iso.datetime({ offset: true }).nullable(),
  afgjort: z.iso.datetime({ offset: true }).nullable(),
  historik: z.array(z.object({ tidspunkt: z.iso.datetime({ offset: true }), hvad: z.string(), tekst: z.string().nullable() })),
});
export type EksportRettelse = z.infer<typeof eksportRettelse>;

export const eksportHentesamtykke = z.object({
  id: z.uuid(),
  kilde: z.string().meta({ description: "Hvor kommunen bad om at hente fra, fx eIndkomst" }),
  oplysninger: z.array(z.string()),
  periode: z.string().nullable(),
  formaal: z.string(),
  opbevaring: z.string(),
  anmodetAf: z.string(),
  status: z.enum(["anmodet", "givet", "afvist", "tilbagekaldt"]),
  anmodet: z.iso.datetime({ offset: true }),
  besvaret: z.iso.datetime({ offset: true }).nullable(),
  gyldigTil: z.iso.datetime({ offset: true }).nullable(),
  tilbagekaldt: z.iso.datetime({ offset: true }).nullable(),
  hentet: z.array(z.iso.datetime({ offset: true })).meta({ description: "Hvornår kommunen hentede med samtykket" }),
  kvittering: z.string().meta({ description: "Kvitteringen som signeret JWS (W3C DPV, ISO/IEC TS 27560); tjek den mod /.well-known/jwks.json" }),
});
export type EksportHentesamtykke = z.infer<typeof eksportHentesamtykke>;
