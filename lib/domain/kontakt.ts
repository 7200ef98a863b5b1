import { z } from "zod";

/** Who to contact about a sag: the named caseworker, or the unit when no one is named. */
export const kontakt = z.object({
  navn: z.string(),
  enhed: z.string(),
  telefon: z.string(),
  email: z.string(),
});
export type Kontakt = z.infer<typeof kontakt>;
