import { z } from "zod";

/** A Digital Post letter as the portal shows it (client-safe). The recipient's CPR number never enters it. */
export const brev = z.object({
  id: z.uuid(),
  titel: z.string(),
  tekst: z.string(),
  afsender: z.string(),
  modtaget: z.string(),
  laest: z.boolean(),
  kategori: z.string().nullable(),
});
export type Brev = z.infer<typeof brev>;

export const brevSide = z.object({
  breve: z.array(brev),
  side: z.number().int(),
  antal: z.number().int(),
  total: z.number().int(),
});
export type BrevSide = z.infer<typeof brevSide>;

export const brevKvittering = z.object({ id: z.uuid(), modtaget: z.string() });
export type BrevKvittering = z.infer<typeof brevKvittering>;
