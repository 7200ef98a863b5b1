import { z } from "zod";

/**
 * The citizen's bevillinger and udbetalinger in the app's own words (client-safe, no CPR).
 * Every amount is an integer number of øre: sums stay exact, and kroner appear only when shown.
 */
export const oere = z.number().int();

const periode = z.object({ fra: z.iso.date(), til: z.iso.date() });
const aabenPeriode = z.object({ fra: z.iso.date(), til: z.iso.date().nullable() });

export const bevillingStatus = z.enum(["aktiv", "ophoert", "i_bero"]);
export type BevillingStatus = z.infer<typeof bevillingStatus>;

export const bevillingStatusTekst: Record<BevillingStatus, string> = {
  aktiv: "Aktiv",
  ophoert: "Ophørt",
  i_bero: "Sat i bero",
};

/** One rate of a bevilget ydelse, e.g. 412,50 kr. a month, paid afterwards, during 2025. */
export const sats = z.object({
  periode: aabenPeriode,
  beloeb: oere,
  frekvens: z.string(),
  betales: z.enum(["forud", "bagud"]),
});

export const bevilgetYdelse = z.object({
  navn: z.string(),
  periode: aabenPeriode,
  satser: z.array(sats),
});

export const bevilling = z.object({
  id: z.uuid(),
  nummer: z.string(),
  status: bevillingStatus,
  periode: aabenPeriode,
  /** The sag the bevilling was decided on, when this kommune keeps it. */
  sagId: z.uuid().nullable(),
  /** Who pays, e.g. "Korsbæk Kommune" or "Udbetaling Danmark". */
  betaler: z.string(),
  ydelser: z.array(bevilgetYdelse),
});
export type Bevilling = z.infer<typeof bevilling>;

export const bevillingSide = z.object({
  bevillinger: z.array(bevilling),
  side: z.number().int(),
  antal: z.number().int(),
  total: z.number().int(),
});
export type BevillingSide = z.infer<typeof bevillingSide>;

export const udbetalingStatus = z.enum(["planlagt", "udbetalt"]);
export type UdbetalingStatus = z.infer<typeof udbetalingStatus>;

export const udbetaling = z.object({
  id: z.uuid(),
  bevillingId: z.uuid(),
  /** What the money is for, e.g. "Personligt tillæg til medicin". */
  ydelse: z.string(),
  /** The period the money covers. */
  periode,
  /** When the money is (or was) sent to the citizen's NemKonto. */
  dato: z.iso.date(),
  status: udbetalingStatus,
  brutto: oere,
  /** After tax and ATP: for a planned udbetaling, what the citizen can expect. */
  efterSkat: oere,
  /** What actually reached the citizen; null until it is paid. */
  udbetalt: oere.nullable(),
  /** The paying office, e.g. "Ydelsesservice, Korsbæk Kommune". */
  betaler: z.string(),
});
export type Udbetaling = z.infer<typeof udbetaling>;

export const udbetalingSide = z.object({
  udbetalinger: z.array(udbetaling),
  side: z.number().int(),
  antal: z.number().int(),
  total: z.number().int(),
});
export type UdbetalingSide = z.infer<typeof udbetalingSide>;

/** Paid udbetalinger of one calendar year, summed at the source. */
export const aarstotal = z.object({
  aar: z.number().int(),
  brutto: oere,
  efterSkat: oere,
  udbetalt: oere,
  antal: z.number().int(),
});
export type Aarstotal = z.infer<typeof aarstotal>;
