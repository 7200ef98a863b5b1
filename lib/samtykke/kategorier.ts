import { z } from "zod";
import type { Action } from "@/lib/access/actions";

/**
 * What a citizen can share with a third party, as named data categories (client-safe). Each maps
 * to the policy action that covers it, to its term in the W3C DPV personal-data vocabulary for the
 * receipt, and says whether it takes a year. The CPR number is its own category: a third party
 * gets the birth date, never the CPR number, unless the samtykke names it (DESIGN.md §4).
 */
export const KATEGORIER = {
  udbetalinger: {
    titel: "Udbetalinger fra kommunen",
    forklaring: "Dato, beløb før og efter skat og hvad pengene var til – for det år, du vælger.",
    handling: "se:ydelser",
    dpv: "pd:Income",
    medAar: true,
  },
  bevillinger: {
    titel: "Ydelser, du får",
    forklaring: "Hvilke ydelser kommunen har bevilget dig, og i hvilken periode.",
    handling: "se:ydelser",
    dpv: "pd:Financial",
    medAar: false,
  },
  identitet: {
    titel: "Navn og fødselsdato",
    forklaring: "Så modtageren kan se, at oplysningerne handler om dig.",
    handling: "se:oplysninger",
    dpv: "pd:BirthDate",
    medAar: false,
  },
  cpr: {
    titel: "CPR-nummer",
    forklaring: "Vælg det kun, hvis modtageren skal bruge dit fulde CPR-nummer. Ellers får de kun din fødselsdato.",
    handling: "se:oplysninger",
    dpv: "pd:OfficialID",
    medAar: false,
  },
} as const satisfies Record<string, { titel: string; forklaring: string; handling: Action; dpv: string; medAar: boolean }>;

export type Kategori = keyof typeof KATEGORIER;
export const kategori = z.enum(Object.keys(KATEGORIER) as [Kategori, ...Kategori[]]);

/** One category in a samtykke, with its parameter: e.g. payments in 2025. */
export const omfangElement = z.object({ kategori, aar: z.number().int().min(2000).max(2100).optional() });
export type OmfangElement = z.infer<typeof omfangElement>;

/** The purposes a citizen can give data for, with their DPV purpose. */
export const FORMAAL = {
  kreditvurdering: { titel: "Vurdering af en ansøgning om lån", dpv: "dpv:CreditChecking" },
  raadgivning: { titel: "Rådgivning om din økonomi", dpv: "dpv:ServiceProvision" },
  kundekendskab: { titel: "Kontrol af, hvem du er (kundekendskab)", dpv: "dpv:IdentityVerification" },
} as const;
export type Formaal = keyof typeof FORMAAL;
export const formaal = z.enum(Object.keys(FORMAAL) as [Formaal, ...Formaal[]]);

/** "Udbetalinger fra kommunen i 2025" */
export function omfangTekst(o: OmfangElement): string {
  const k = KATEGORIER[o.kategori];
  return k.medAar && o.aar ? `${k.titel} i ${o.aar}` : k.titel;
}

/** The policy actions a set of categories needs. */
export function handlinger(omfang: OmfangElement[]): Action[] {
  return [...new Set(omfang.map((o) => KATEGORIER[o.kategori].handling))];
}

/** The years a citizen can choose for payments: this year and the five before. */
export function aarValg(iAar: number): number[] {
  return Array.from({ length: 6 }, (_, i) => iAar - i);
}

export const MAKS_DAGE = 90;
/** A one-time samtykke must be used within this many days, or it lapses. */
export const ENGANGS_DAGE = 14;

export const samtykkeStatusTekst = {
  aktiv: "Gælder",
  brugt: "Brugt",
  tilbagekaldt: "Tilbagekaldt",
  udloebet: "Udløbet",
} as const;
export type SamtykkeStatus = keyof typeof samtykkeStatusTekst;
