import { z } from "zod";

/** Wire contract of the Organisation service (SF1500-like): units and the people who work there. */

export const enhedWire = z.object({
  uuid: z.uuid(),
  navn: z.string(),
  telefon: z.string(),
  email: z.email(),
  adresse: z.string(),
});

export const brugerWire = z.object({
  uuid: z.uuid(),
  navn: z.string(),
  telefon: z.string(),
  email: z.email(),
  enhed: z.object({ uuid: z.uuid(), navn: z.string() }),
});

export const enhedSvarWire = z.object({ enhed: enhedWire });
export const brugerSvarWire = z.object({ bruger: brugerWire });
