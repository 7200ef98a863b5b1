import { z } from "zod";

/**
 * Who asked for a correction, for whom: sent with every correction to a fagsystem and kept on the
 * value it marks wrong, so the record says "Ole Jensen for Karen Jensen (fuldmagt …)" and never
 * as if Karen did it herself. Modelled on the ZGW/Open Zaak Rol with `indicatieMachtiging`
 * (gemachtigde = the holder, machtiginggever = the person).
 */
export const anmodningWire = z.object({
  /** The portal's reference of the request, e.g. "R-00012". */
  reference: z.string().min(1).max(50),
  part: z.object({ navn: z.string().min(1).max(255) }),
  indsender: z.object({
    navn: z.string().min(1).max(255),
    rolle: z.enum(["part", "fuldmaegtig"]),
    fuldmagtId: z.uuid().optional(),
  }),
});
export type AnmodningWire = z.infer<typeof anmodningWire>;

/** "Ole Jensen for Karen Jensen (fuldmagt 3f2a…)" or just "Karen Jensen". */
export function anmoderTekst(a: AnmodningWire): string {
  if (a.indsender.rolle === "part") return a.indsender.navn;
  const fuldmagt = a.indsender.fuldmagtId ? ` (fuldmagt ${a.indsender.fuldmagtId.slice(0, 8)})` : " (fuldmagt)";
  return `${a.indsender.navn} for ${a.part.navn}${fuldmagt}`;
}
