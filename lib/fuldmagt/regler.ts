import { addYears, differenceInYears } from "date-fns";
import { DELEGERBARE, erDelegerbar } from "@/lib/access/actions";
import { MAKS_AAR } from "./schema";

/**
 * The fuldmagt rules as one table (anchors item 8): each rule names the field it concerns, the
 * Danish message a person reads, and when it is broken. The same table serves giving, requesting,
 * approving and registering from paper; what the policy refuses a holder (no re-delegation, no
 * assisted session, no samtykke for the giver) lives in lib/access/policy.ts as "kun-selv".
 */
export type RegelInput = {
  /** Who fills in the form: the giver (afgiv), the holder (anmod), or staff from paper. */
  rolle: "giver" | "anmoder" | "papir";
  idag: Date;
  /** Each person as CPR found them; null when nobody matched the name and birth date typed in. */
  giver: { cpr: string; foedselsdato: string; doed: boolean } | null;
  fuldmaegtig: { cpr: string; doed: boolean } | null;
  /** More than one person matched: the name and birth date do not single anyone out. */
  flereFundet?: boolean;
  privilegier: readonly string[];
  gyldigFra: Date;
  gyldigTil: Date;
  /** When approving a request: what was asked for. The giver may give less, never more. */
  anmodet?: { privilegier: readonly string[]; gyldigTil: Date };
};

export type Regel = { id: string; felt: (i: RegelInput) => string; tekst: (i: RegelInput) => string; brudt: (i: RegelInput) => boolean };

/** Where a rule about the giver is shown: the form itself when the giver fills it in, else the giver's name field. */
const giverFelt = (i: RegelInput) => (i.rolle === "giver" ? "_form" : i.rolle === "papir" ? "giverNavn" : "navn");
/** The field of the person the user named and CPR could not single out. */
const navngivetFelt = (i: RegelInput) => (i.rolle === "papir" && i.giver === null ? "giverNavn" : "navn");

const datoFormat = new Intl.DateTimeFormat("da-DK", { day: "numeric", month: "long", year: "numeric", timeZone: "Europe/Copenhagen" });
const datoTekst = (d: Date) => datoFormat.format(d);

export const REGLER: Regel[] = [
  {
    id: "giver-under-15",
    felt: giverFelt,
    tekst: () => "Man skal være fyldt 15 år for at give fuldmagt. Er giveren under 15, handler forældremyndighedens indehaver.",
    brudt: (i) => i.giver !== null && differenceInYears(i.idag, new Date(`${i.giver.foedselsdato}T12:00:00Z`)) < 15,
  },
  {
    id: "giver-doed",
    felt: giverFelt,
    tekst: () => "Fuldmagten kan ikke gives, fordi giveren er død.",
    brudt: (i) => i.giver?.doed === true,
  },
  {
    id: "ukendt-person",
    felt: navngivetFelt,
    tekst: () => "Vi kan ikke finde en person med det navn og den fødselsdato. Tjek stavningen og datoen.",
    brudt: (i) => (i.giver === null || i.fuldmaegtig === null) && !i.flereFundet,
  },
  {
    id: "flere-personer",
    felt: navngivetFelt,
    tekst: () => "Der er flere personer med det navn og den fødselsdato. Kontakt Borgerservice på 44 44 44 44, så hjælper vi.",
    brudt: (i) => (i.giver === null || i.fuldmaegtig === null) && Boolean(i.flereFundet),
  },
  {
    id: "fuldmaegtig-doed",
    felt: () => "navn",
    tekst: () => "Personen er død og kan ikke have fuldmagt.",
    brudt: (i) => i.fuldmaegtig?.doed === true,
  },
  {
    id: "sig-selv",
    felt: () => "navn",
    tekst: (i) => (i.rolle === "papir" ? "Giveren og fuldmægtigen er den samme person." : "Du kan ikke give fuldmagt til dig selv."),
    brudt: (i) => i.giver !== null && i.fuldmaegtig?.cpr === i.giver.cpr,
  },
  {
    id: "tomt-omfang",
    felt: () => "privilegier",
    tekst: () => "Vælg mindst én ting fra listen.",
    brudt: (i) => i.privilegier.length === 0,
  },
  {
    // A holder never gets more than the giver has: a person has exactly the delegable privileges
    // over their own data, so anything outside that list (e.g. "everything") is refused.
    id: "mere-end-giveren-har",
    felt: () => "privilegier",
    tekst: () => "Der er valgt noget, en fuldmagt ikke kan give. Vælg fra listen.",
    brudt: (i) => i.privilegier.some((p) => !erDelegerbar(p) || !DELEGERBARE.includes(p)),
  },
  {
    id: "mere-end-anmodet",
    felt: () => "privilegier",
    tekst: () => "Du kan give færre ting, end der er bedt om, men ikke flere.",
    brudt: (i) => Boolean(i.anmodet && i.privilegier.some((p) => !i.anmodet!.privilegier.includes(p))),
  },
  {
    id: "slut-i-fortiden",
    felt: () => "gyldigTil",
    tekst: () => "Slutdatoen skal ligge efter i dag.",
    brudt: (i) => i.gyldigTil <= i.idag || i.gyldigTil <= i.gyldigFra,
  },
  {
    id: "over-5-aar",
    felt: () => "gyldigTil",
    tekst: (i) => `En fuldmagt kan højst gælde i ${MAKS_AAR} år. Vælg en slutdato senest ${datoTekst(addYears(i.gyldigFra, MAKS_AAR))}.`,
    brudt: (i) => i.gyldigTil > addYears(i.gyldigFra, MAKS_AAR),
  },
  {
    id: "laengere-end-anmodet",
    felt: () => "gyldigTil",
    tekst: (i) => `Du kan give en kortere periode, end der er bedt om, men ikke længere. Vælg senest ${datoTekst(i.anmodet!.gyldigTil)}.`,
    brudt: (i) => Boolean(i.anmodet && i.gyldigTil > i.anmodet.gyldigTil),
  },
];

/** The first broken rule per field, as the form shows them; empty when the fuldmagt may be made. */
export function tjekRegler(input: RegelInput): Record<string, string> {
  const fejl: Record<string, string> = {};
  for (const regel of REGLER) {
    const felt = regel.felt(input);
    if (!fejl[felt] && regel.brudt(input)) fejl[felt] = regel.tekst(input);
  }
  return fejl;
}

/** Which rules a case breaks, by id (for the rule-table test). */
export function brudteRegler(input: RegelInput): string[] {
  return REGLER.filter((r) => r.brudt(input)).map((r) => r.id);
}
