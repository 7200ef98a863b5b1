import "server-only";
import { sidsteDag } from "@/lib/fuldmagt/datoer";
import { formatDato } from "@/lib/format";
import type { NytBrev } from "@/lib/post/udbakke";
import { FORMAAL, omfangTekst, type Formaal, type OmfangElement } from "./kategorier";
import type { SamtykkeRaekke } from "./store";

/**
 * The letters about a sharing samtykke: when it is given, revoked and when it lapses. Like every
 * letter from the portal: what happened, what it concerns, what the person can do – and no link.
 */
export type SamtykkeHaendelse = "givet" | "tilbagekaldt" | "udloebet";

const HILSEN = "\n\nVenlig hilsen\nKorsbæk Kommune";
const TILBAGEKALD =
  "Du kan trække samtykket tilbage når som helst. Log ind på Mine Data med dit eget MitID, og vælg Samtykker. Du kan også ringe til Borgerservice på 44 44 44 44.";

function liste(s: SamtykkeRaekke): string {
  return (s.omfang as OmfangElement[]).map((o) => `- ${omfangTekst(o)}`).join("\n");
}

export function samtykkeBreve(s: SamtykkeRaekke, h: SamtykkeHaendelse): NytBrev[] {
  const m = s.modtagerNavn;
  const formaal = FORMAAL[s.formaal as Formaal]?.titel ?? s.formaal;
  const periode = s.engangs ? `Det gælder én gang og skal bruges senest ${formatDato(sidsteDag(s.gyldigTil))}.` : `Det gælder til og med ${formatDato(sidsteDag(s.gyldigTil))}.`;
  const tekster: Record<SamtykkeHaendelse, [string, string]> = {
    givet: [
      `Du har givet ${m} samtykke`,
      `Kære ${s.borgerNavn}\n\nDu har givet ${m} samtykke til at hente oplysninger om dig fra Mine Data.\n\nFormål: ${formaal}\n\n${m} må hente:\n${liste(s)}\n\n${periode}\n\n${m} får din fødselsdato, ikke dit CPR-nummer, medmindre du har valgt CPR-nummer ovenfor. Hver gang ${m} henter noget, kan du se det under Hvem har set mine data.\n\n${TILBAGEKALD}`,
    ],
    tilbagekaldt: [
      `Dit samtykke til ${m} er trukket tilbage`,
      `Kære ${s.borgerNavn}\n\nDu har trukket dit samtykke til ${m} tilbage. ${m} kan ikke hente flere oplysninger om dig fra Mine Data. Det, ${m} allerede har hentet, kan du spørge ${m} om.`,
    ],
    udloebet: [
      `Dit samtykke til ${m} er udløbet`,
      `Kære ${s.borgerNavn}\n\nDit samtykke til ${m} er udløbet. ${m} kan ikke hente flere oplysninger om dig fra Mine Data. Skal ${m} have oplysningerne igen, kan du give et nyt samtykke.`,
    ],
  };
  const [titel, tekst] = tekster[h];
  return [{ noegle: `samtykke:${s.id}:${h}`, modtagerCpr: s.borgerCpr, titel, tekst: `${tekst}${HILSEN}`, kategori: "Samtykke" }];
}
