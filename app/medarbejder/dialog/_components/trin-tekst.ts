/** Plain-Danish status of a session, never the raw number. */
export function trinStatus(trin: number): string {
  if (trin === 0) return "Ikke startet";
  if (trin >= 6) return "Afsluttet";
  return `I gang – trin ${trin} af 5`;
}
