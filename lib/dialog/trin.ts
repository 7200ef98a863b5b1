/**
 * The dialogue's steps by name. `dialog_sessioner.trin` stores the number; code says which step
 * it means (seeds 000/001: case, points, reflection, ideas, vote).
 */
export const TRIN = {
  IKKE_STARTET: 0,
  CASE: 1,
  POINTER: 2,
  REFLEKSION: 3,
  IDEER: 4,
  STEM: 5,
  AFSLUTTET: 6,
} as const;

export const FOERSTE_TRIN = TRIN.CASE;
export const SIDSTE_TRIN = TRIN.STEM;

/** Plain-Danish status of a session, never the raw number. */
export function trinStatus(trin: number): string {
  if (trin === TRIN.IKKE_STARTET) return "Ikke startet";
  if (trin >= TRIN.AFSLUTTET) return "Afsluttet";
  return `I gang – trin ${trin} af ${SIDSTE_TRIN}`;
}
