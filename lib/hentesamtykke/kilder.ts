import { indkomstFelt, indkomstFeltTekst, type IndkomstFelt } from "@/lib/domain/indkomst";
import { pensionFelt, pensionFeltTekst, type PensionFelt } from "@/lib/domain/pension";

/**
 * Where the kommune may fetch from with the citizen's consent, and what each named field is, in
 * the citizen's words (client-safe). The citizen sees exactly these names before saying yes.
 */
export const KILDER = {
  eindkomst: {
    navn: "eIndkomst",
    hvem: "Indkomstregisteret hos Skattestyrelsen, hvor din arbejdsgiver indberetter din løn",
    felter: indkomstFeltTekst as Record<string, string>,
    gyldige: indkomstFelt.options as readonly string[],
  },
  pension: {
    navn: "Korsbæk Pension A/S",
    hvem: "Dit pensionsselskab, et privat selskab",
    felter: pensionFeltTekst as Record<string, string>,
    gyldige: pensionFelt.options as readonly string[],
  },
} as const;
export type Kilde = keyof typeof KILDER;

export type { IndkomstFelt, PensionFelt };

/** How long the kommune keeps what it fetched: the choices a caseworker has, said plainly. */
export const OPBEVARING = {
  "sag-5-aar": "Så længe din sag er åben og derefter i 5 år, fordi kommunen skal kunne vise, hvad en afgørelse byggede på",
  "3-maaneder": "I 3 måneder, derefter sletter kommunen oplysningerne",
} as const;
export type Opbevaring = keyof typeof OPBEVARING;

/** How long a given consent lets the kommune fetch again, before it lapses by itself. */
export const GYLDIG_MAANEDER = 3;

export function feltNavne(kilde: Kilde, felter: readonly string[]): string[] {
  return felter.map((f) => KILDER[kilde].felter[f] ?? f);
}

const maanedFormat = new Intl.DateTimeFormat("da-DK", { month: "long", year: "numeric", timeZone: "UTC" });

/** "januar 2025 – december 2025" for a period of months given as YYYY-MM. */
export function periodeTekst(fra: string | null, til: string | null): string | null {
  if (!fra || !til) return null;
  const maaned = (ym: string) => maanedFormat.format(new Date(`${ym}-15T00:00:00Z`));
  return fra === til ? maaned(fra) : `${maaned(fra)} – ${maaned(til)}`;
}

export const SAMTYKKE_STATUS = { anmodet: "Venter på svar", givet: "Givet", afvist: "Sagt nej til", tilbagekaldt: "Trukket tilbage" } as const;
