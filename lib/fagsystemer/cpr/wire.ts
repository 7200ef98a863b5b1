import { z } from "zod";

/** Wire contract of the CPR person lookup (modelled on the CPR replica's person data, DAR address). */

export const cprNummer = z.string().regex(/^\d{10}$/);

export const cprAdresseWire = z.object({
  vejnavn: z.string(),
  husnr: z.string().regex(/^\d{1,3}[A-HK-NPR-Z]?$/),
  etage: z.string().nullable(),
  doer: z.string().nullable(),
  postnr: z.string().regex(/^\d{4}$/),
  postdistrikt: z.string(),
  kommunekode: z.string().regex(/^\d{4}$/),
});

export const civilstand = z.enum(["ugift", "gift", "fraskilt", "enke", "registreret partner"]);

export const cprPersonWire = z.object({
  cprNummer,
  navn: z.object({ fornavn: z.string(), mellemnavn: z.string().nullable(), efternavn: z.string() }),
  status: z.enum(["levende", "doed"]),
  adresse: cprAdresseWire,
  navneOgAdressebeskyttelse: z.boolean(),
  civilstand,
  aegtefaelle: z.object({ cprNummer, navn: z.string() }).nullable(),
  /** Addresses the folkeregister later found wrong: marked, never deleted. */
  adresseRettelser: z.array(
    z.object({ forkertAdresse: cprAdresseWire, markeretForkert: z.iso.datetime({ offset: true }), begrundelse: z.string() }),
  ),
});
export type CprPersonWire = z.infer<typeof cprPersonWire>;

export const personOpslagWire = z.object({ cprNummer });

export const personOpslagSvarWire = z.object({ person: cprPersonWire });

export const adresseRettelseWire = z.object({
  cprNummer,
  nyAdresse: cprAdresseWire,
  begrundelse: z.string().min(1).max(2000),
});
