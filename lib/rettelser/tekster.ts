import type { RettelseAdresse } from "@/lib/db/schema";

/** Shared wording for requests: the reference number and who sent it for whom. */
export function reference(nr: number): string {
  return `R-${String(nr).padStart(5, "0")}`;
}

/** "Ole Jensen for Karen Jensen (fuldmagt 3f2a91c0)" or just "Karen Jensen". */
export function indsendtAf(r: { indsenderNavn: string; subjektNavn: string; fuldmagtId: string | null }): string {
  return r.fuldmagtId ? `${r.indsenderNavn} for ${r.subjektNavn} (fuldmagt ${r.fuldmagtId.slice(0, 8)})` : r.indsenderNavn;
}

export function adresseTekst(a: RettelseAdresse): string {
  const etageDoer = [a.etage === "st" ? "st." : a.etage ? `${a.etage}.` : null, a.doer].filter(Boolean).join(" ");
  return `${a.vejnavn} ${a.husnr}${etageDoer ? `, ${etageDoer}` : ""}, ${a.postnr} ${a.postdistrikt}`;
}
