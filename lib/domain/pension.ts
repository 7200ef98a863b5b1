import { z } from "zod";

/** Pension schemes fetched from the citizen's pension provider with their samtykke (client-safe). */
export const pensionstype = z.enum(["ratepension", "livrente", "aldersopsparing"]);
export type Pensionstype = z.infer<typeof pensionstype>;

export const pensionstypeTekst: Record<Pensionstype, string> = {
  ratepension: "Ratepension",
  livrente: "Livrente",
  aldersopsparing: "Aldersopsparing",
};

export const pensionFelt = z.enum(["depotvaerdi", "forventetUdbetalingPrAar"]);
export type PensionFelt = z.infer<typeof pensionFelt>;

export const pensionFeltTekst: Record<PensionFelt, string> = {
  depotvaerdi: "Depotværdi",
  forventetUdbetalingPrAar: "Forventet udbetaling pr. år",
};

/** An amount is null when the samtykke did not cover it; amounts are decimal strings ("38400.00"). */
export const pensionsordning = z.object({
  ordningsnummer: z.string(),
  type: pensionstype,
  depotvaerdi: z.string().nullable(),
  forventetUdbetalingPrAar: z.string().nullable(),
  opgjort: z.string(),
});
export type Pensionsordning = z.infer<typeof pensionsordning>;

export const pensionsoversigt = z.object({
  pensionsselskab: z.string(),
  ordninger: z.array(pensionsordning),
});
export type Pensionsoversigt = z.infer<typeof pensionsoversigt>;

/** The part of the citizen's samtykke that the pension provider must see before it answers. */
export type PensionSamtykke = { id: string; felter: readonly PensionFelt[]; gyldigTil: Date };
