import { z } from "zod";

/**
 * A datum someone has asked to have corrected, as every page and the JSON API mark it (client-safe):
 * "anfaegtet" while the request is assessed (GDPR art. 18(1)(a)), "indsigelse-noteret" when the
 * kommune kept the value but noted that the citizen disagrees.
 */
export const markering = z
  .object({
    status: z.enum(["anfaegtet", "indsigelse-noteret"]),
    reference: z.string().meta({ description: "Anmodningens nummer, fx R-00012" }),
    rettelseId: z.uuid(),
  })
  .meta({ description: "Sat, når borgeren har bedt om at få oplysningen rettet" });
export type Markering = z.infer<typeof markering>;

export const markeringTekst: Record<Markering["status"], string> = {
  anfaegtet: "Anfægtet",
  "indsigelse-noteret": "Indsigelse noteret",
};

export const markeringForklaring: Record<Markering["status"], string> = {
  anfaegtet: "Du har bedt om at få oplysningen rettet. Kommunen vurderer den nu og bruger den ikke, før den er vurderet.",
  "indsigelse-noteret": "Kommunen har beholdt oplysningen, men har noteret, at du er uenig, og hvad du mener er rigtigt.",
};

/** A corrected address as the citizen writes it (stored with the request, shown on both sides). */
export type RettelseAdresse = { vejnavn: string; husnr: string; etage: string | null; doer: string | null; postnr: string; postdistrikt: string };
