/**
 * The life of a correction request as a closed table: which step may follow which. Every change
 * of status in the data layer asks `overgang`, so an illegal step (a decided request decided
 * again, a draft decided, a refusal turned into a correction) is refused in one place.
 */
export type RettelseStatus = "kladde" | "modtaget" | "under-behandling" | "rettet" | "indsigelse-noteret" | "afslag";
export type Afgoerelsestype = "rettet" | "indsigelse-noteret" | "afslag";

const TILLADT: Record<RettelseStatus, readonly RettelseStatus[]> = {
  kladde: ["modtaget"],
  modtaget: ["under-behandling"],
  "under-behandling": ["rettet", "indsigelse-noteret", "afslag"],
  rettet: [],
  "indsigelse-noteret": [],
  afslag: [],
};

export class UlovligOvergang extends Error {
  constructor(
    readonly fra: RettelseStatus,
    readonly til: RettelseStatus,
  ) {
    super(`${fra} → ${til} er ikke tilladt`);
  }
}

export function kanGaa(fra: RettelseStatus, til: RettelseStatus): boolean {
  return TILLADT[fra].includes(til);
}

export function overgang(fra: RettelseStatus, til: RettelseStatus): RettelseStatus {
  if (!kanGaa(fra, til)) throw new UlovligOvergang(fra, til);
  return til;
}

export const AFSLUTTET: readonly RettelseStatus[] = ["rettet", "indsigelse-noteret", "afslag"];
export const AABEN: readonly RettelseStatus[] = ["modtaget", "under-behandling"];

export function erAfgjort(s: RettelseStatus): boolean {
  return AFSLUTTET.includes(s);
}

/** While a request is open its datum is "anfægtet"; after an objection it carries the citizen's note. */
export function markering(s: RettelseStatus): "anfaegtet" | "indsigelse-noteret" | null {
  if (AABEN.includes(s)) return "anfaegtet";
  return s === "indsigelse-noteret" ? "indsigelse-noteret" : null;
}

/** In the citizen's words. */
export const statusTekst: Record<RettelseStatus, string> = {
  kladde: "Ikke sendt",
  modtaget: "Modtaget",
  "under-behandling": "Under behandling",
  rettet: "Rettet",
  "indsigelse-noteret": "Indsigelse noteret",
  afslag: "Afslag",
};
