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

const OVERSKRIFT: Record<string, (af: string) => string> = {
  modtaget: (af) => `Anmodningen er modtaget (sendt af ${af})`,
  "under-behandling": (af) => `${af} er begyndt at behandle anmodningen`,
  "frist-forlaenget": (af) => `${af} har forlænget fristen med to måneder`,
  besked: (af) => `Besked fra ${af}`,
  rettet: (af) => `${af} har rettet oplysningen`,
  "indsigelse-noteret": (af) => `${af} har noteret din indsigelse`,
  afslag: (af) => `${af} har givet afslag`,
};

/** One step of a request's history, in the citizen's words. */
export function haendelseTekst(type: string, af: string): string {
  return (OVERSKRIFT[type] ?? ((navn: string) => navn))(af);
}
