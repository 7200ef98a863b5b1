/** Where login brings the citizen back to: the same step, with its query (never a CPR number). */
export function tilbageTil(sti: string, q: Record<string, string | undefined>): string {
  const params = new URLSearchParams(Object.entries(q).flatMap(([k, v]) => (v && ["kladde", "felt", "datum", "sag"].includes(k) ? [[k, v]] : [])));
  return params.size ? `${sti}?${params}` : sti;
}
