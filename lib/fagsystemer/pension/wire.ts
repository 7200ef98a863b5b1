import { z } from "zod";

/**
 * Wire contract of the mocked pension provider (a private company). It releases nothing without
 * the citizen's samtykke and then only the felter the samtykke names: 403 means the samtykke is
 * missing, expired or names none of them, and nothing else.
 */

const cprNummer = z.string().regex(/^\d{10}$/);
const beloeb = z.string().regex(/^-?\d+\.\d{2}$/);

export const pensionFelt = z.enum(["depotvaerdi", "forventetUdbetalingPrAar"]);
export type PensionFeltWire = z.infer<typeof pensionFelt>;

export const samtykkeWire = z.object({
  id: z.string().min(1).max(100),
  felter: z.array(pensionFelt),
  gyldigTil: z.iso.datetime({ offset: true }),
});
export type SamtykkeWire = z.infer<typeof samtykkeWire>;

/** The CPR number sits in the body: it must never appear in a URL. */
export const ordningSoegningWire = z.object({
  cprNummer,
  // Optional on the wire so a search without one is refused as "no samtykke", not as malformed.
  samtykke: samtykkeWire.optional(),
});
export type OrdningSoegningWire = z.input<typeof ordningSoegningWire>;

export const ordningWire = z.object({
  ordningsnummer: z.string().min(1).max(40),
  type: z.enum(["ratepension", "livrente", "aldersopsparing"]),
  depotvaerdi: beloeb.optional(),
  forventetUdbetalingPrAar: beloeb.optional(),
  /** The date the values were computed (the provider's latest statement). */
  opgjort: z.iso.date(),
});
export type OrdningWire = z.infer<typeof ordningWire>;

export const ordningSvarWire = z.object({
  pensionsselskab: z.object({ navn: z.string().min(1), cvr: z.string().regex(/^\d{8}$/).optional() }),
  ordninger: z.array(ordningWire),
});
export type OrdningSvarWire = z.infer<typeof ordningSvarWire>;

export const afvisningWire = z.object({ fejl: z.string() });
