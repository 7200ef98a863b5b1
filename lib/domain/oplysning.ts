import { z } from "zod";
import { markering } from "./rettelse";

/** A sag that uses a piece of registered data, by id and title only. */
export const sagReference = z.object({ id: z.uuid(), titel: z.string() });
export type SagReference = z.infer<typeof sagReference>;

/**
 * One piece of registered personal data as "Mine oplysninger" shows it: what it is, its value,
 * where it comes from ("Hvor kommer det fra?") and which sager use it ("Hvem bruger det?").
 */
export const oplysning = z.object({
  /** Stable key of a registered field, e.g. "cpr.adresse", for a correction request; null for decision data. */
  noegle: z.string().nullable(),
  felt: z.string(),
  vaerdi: z.string(),
  kilde: z.string(),
  kildeForklaring: z.string(),
  brugesI: z.array(sagReference),
  /** When the datum is used everywhere rather than in named sager, e.g. to identify the citizen. */
  brugForklaring: z.string().nullable(),
  /** For a datum a decision rests on: its id in the source system, for "Ret denne oplysning". */
  datumId: z.uuid().nullable(),
  /** The sag the datum belongs to, for the correction request. */
  sagId: z.uuid().nullable(),
  /** For a datum a decision rests on: the date of that decision, so several values of one datum can be told apart. */
  dato: z.iso.date().nullable(),
  anfaegtet: markering.nullable(),
});
export type Oplysning = z.infer<typeof oplysning>;

export const oplysninger = z.object({
  /** From CPR: name, birth date, masked CPR number, address, civil status, spouse. */
  person: z.array(oplysning),
  /** Income, wealth and similar figures the kommune holds, found in the decisions on the citizen's sager. */
  oekonomi: z.array(oplysning),
  /** How many decided sager were searched for the "Hvem bruger det?" answers. */
  soegteSager: z.number().int(),
});
export type Oplysninger = z.infer<typeof oplysninger>;
