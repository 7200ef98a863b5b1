import { z } from "zod";

/**
 * Wire contract of the mocked eIndkomst (another authority's income register). The kommune may
 * only fetch with the citizen's samtykke, so the samtykke travels with every search and the
 * register answers 403 when it is missing, expired or does not cover a requested felt. 403 means
 * exactly that here and nothing else.
 */

const cprNummer = z.string().regex(/^\d{10}$/);
/** "2025-01" – eIndkomst reports per calendar month. */
const maaned = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/);
/** Kroner with øre as a decimal string, so no amount passes through a float. */
const beloeb = z.string().regex(/^-?\d+\.\d{2}$/);

export const indkomstFelt = z.enum(["loenindkomst", "aSkat", "amBidrag", "atpBidrag"]);
export type IndkomstFeltWire = z.infer<typeof indkomstFelt>;

export const samtykkeWire = z.object({
  id: z.string().min(1).max(100),
  felter: z.array(indkomstFelt),
  gyldigTil: z.iso.datetime({ offset: true }),
});
export type SamtykkeWire = z.infer<typeof samtykkeWire>;

/** The CPR number sits in the body: it must never appear in a URL. */
export const indkomstSoegningWire = z
  .object({
    cprNummer,
    fra: maaned,
    til: maaned,
    felter: z.array(indkomstFelt).min(1),
    // Optional on the wire so a search without one is refused as "no samtykke", not as malformed.
    samtykke: samtykkeWire.optional(),
  })
  .refine((s) => s.fra <= s.til, { error: "fra skal ligge før til", path: ["til"] });
export type IndkomstSoegningWire = z.input<typeof indkomstSoegningWire>;

const indberetterWire = z.object({ cvr: z.string().regex(/^\d{8}$/), navn: z.string().min(1) });

/** One indberetter's report for one month; only the felter that were asked for are present. */
export const indkomstLinjeWire = z.object({
  maaned,
  indberetter: indberetterWire,
  loenindkomst: beloeb.optional(),
  aSkat: beloeb.optional(),
  amBidrag: beloeb.optional(),
  atpBidrag: beloeb.optional(),
});
export type IndkomstLinjeWire = z.infer<typeof indkomstLinjeWire>;

export const indkomstSvarWire = z.object({ linjer: z.array(indkomstLinjeWire) });

export const afvisningWire = z.object({ fejl: z.string() });
