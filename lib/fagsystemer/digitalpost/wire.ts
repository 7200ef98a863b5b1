import { z } from "zod";

/**
 * Wire contract of the mocked Digital Post: the portal sends letters (fuldmagt, samtykke,
 * corrections) and shows the citizen their inbox. A letter is sent with an idempotensnøgle, so a
 * double submit or a retry after a lost answer delivers one letter, not two.
 */

const cprNummer = z.string().regex(/^\d{10}$/);

export const afsenderWire = z.object({ navn: z.string().min(1).max(255), cvr: z.string().regex(/^\d{8}$/) });

export const sendBrevWire = z.object({
  /** Scoped to the afsender: the same key from the same afsender always means the same letter. */
  idempotensNoegle: z.string().min(1).max(100),
  modtager: z.object({ cprNummer }),
  afsender: afsenderWire,
  titel: z.string().min(1).max(255),
  tekst: z.string().min(1).max(20_000),
  kategori: z.string().min(1).max(100).optional(),
});
export type SendBrevWire = z.infer<typeof sendBrevWire>;

export const brevKvitteringWire = z.object({ id: z.uuid(), modtaget: z.iso.datetime({ offset: true }) });

/** Searches go in the body: the CPR number must never sit in a URL. */
export const brevSoegningWire = z.object({
  cprNummer,
  side: z.number().int().min(1).default(1),
  antal: z.number().int().min(1).max(100).default(20),
});
export type BrevSoegningWire = z.input<typeof brevSoegningWire>;

export const brevWire = z.object({
  id: z.uuid(),
  titel: z.string(),
  tekst: z.string(),
  afsender: afsenderWire,
  modtaget: z.iso.datetime({ offset: true }),
  laest: z.boolean(),
  kategori: z.string().optional(),
});
export type BrevWire = z.infer<typeof brevWire>;

export const brevSoegeresultatWire = z.object({
  breve: z.array(brevWire),
  side: z.number().int().min(1),
  antal: z.number().int().min(1),
  total: z.number().int().min(0),
});

export const afvisningWire = z.object({ fejl: z.string() });
