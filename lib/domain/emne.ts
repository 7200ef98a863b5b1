import { z } from "zod";

/** What a sag is about (a KLE emne), explained for the citizen (client-safe). */
export const emne = z.object({
  kle: z.string(),
  titel: z.string(),
  forklaring: z.string(),
});
export type Emne = z.infer<typeof emne>;

export type EmneVisning = { titel: string; sekundaer: string };

/**
 * A bare KLE number means nothing to a citizen, so the title always leads and the number is only
 * secondary info for when they talk to the kommune. Without a title we still say what it is.
 */
export function visEmne(e: Pick<Emne, "kle" | "titel">): EmneVisning {
  return { titel: e.titel.trim() || "Sagens emne", sekundaer: `Emnenummer ${e.kle}` };
}
