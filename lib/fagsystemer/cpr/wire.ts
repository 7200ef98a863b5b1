import { z } from "zod";
import { anmodningWire } from "../anmodning";

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
    z.object({
      forkertAdresse: cprAdresseWire,
      markeretForkert: z.iso.datetime({ offset: true }),
      begrundelse: z.string(),
      /** Who asked for the correction, for whom. */
      anmodning: anmodningWire.optional(),
    }),
  ),
});
export type CprPersonWire = z.infer<typeof cprPersonWire>;

export const personOpslagWire = z.object({ cprNummer });

/**
 * A search by full name and birth date, as CPR's person search offers: how a giver names the
 * person they give fuldmagt to without typing that person's CPR number. Exact matches only.
 */
export const personSoegningWire = z.object({
  navn: z.string().min(1).max(200),
  foedselsdato: z.iso.date(),
});
export const personSoegeresultatWire = z.object({
  personer: z.array(z.object({ cprNummer, navn: z.string(), status: z.enum(["levende", "doed"]) })).max(10),
});

/** Test administration of the mock: the folkeregister registers a death (the CPR number in the body). */
export const personStatusWire = z.object({ cprNummer, status: z.enum(["levende", "doed"]) });

export const personOpslagSvarWire = z.object({ person: cprPersonWire });

export const adresseRettelseWire = z.object({
  cprNummer,
  nyAdresse: cprAdresseWire,
  begrundelse: z.string().min(1).max(2000),
  anmodning: anmodningWire.optional(),
});
