import "server-only";
import { privilegieTekst, type Delegerbar } from "@/lib/access/actions";
import { formatDato } from "@/lib/format";
import type { NytBrev } from "@/lib/post/udbakke";
import { sidsteDag } from "./datoer";
import type { FuldmagtRaekke } from "./store";

/**
 * The letters about a fuldmagt, to both people, for each event. Altinn's rule for notification
 * text: say what happened, what it concerns, who can act and by when – and never a link that looks
 * like a login (anchors item 1). Both letters name both people, so nobody is surprised.
 */
export type Haendelse = "givet" | "anmodet" | "godkendt" | "afvist" | "tilbagekaldt" | "varsel" | "udloebet" | "doed" | "papir";

const HILSEN = "\n\nVenlig hilsen\nKorsbæk Kommune";
const SADAN_TILBAGEKALDER =
  "Du kan tilbagekalde fuldmagten når som helst. Log ind på Mine Data med dit eget MitID, og vælg Fuldmagter. Du kan også ringe til Borgerservice på 44 44 44 44.";
const ALDRIG_MITID = "Brug aldrig en andens MitID. Når du handler for en anden med fuldmagt, bliver det gemt, så personen selv kan se det.";

function liste(privilegier: string[]): string {
  return privilegier.map((p) => `- ${privilegieTekst[p as Delegerbar]?.titel ?? p}`).join("\n");
}

function tilOgMed(f: FuldmagtRaekke): string {
  return formatDato(sidsteDag(f.gyldigTil));
}

type Tekster = { giver: [titel: string, tekst: string]; fuldmaegtig: [titel: string, tekst: string] };

function tekster(f: FuldmagtRaekke, h: Haendelse, tilbagekaldtAf?: "giver" | "fuldmaegtig"): Tekster {
  const g = f.giverNavn;
  const m = f.fuldmaegtigNavn;
  const omfang = `${m} må:\n${liste(f.privilegier)}\n\nFuldmagten gælder til og med ${tilOgMed(f)}.`;
  switch (h) {
    case "givet":
      return {
        giver: [`Du har givet ${m} fuldmagt`, `Kære ${g}\n\nDu har givet ${m} fuldmagt i Mine Data.\n\n${omfang}\n\nDu kan se alt, hvad ${m} ser og gør for dig, under Fuldmagter i Mine Data.\n\n${SADAN_TILBAGEKALDER}`],
        fuldmaegtig: [`${g} har givet dig fuldmagt`, `Kære ${m}\n\n${g} har givet dig fuldmagt i Mine Data.\n\n${omfang.replace(`${m} må:`, "Du må:")}\n\n${ALDRIG_MITID}`],
      };
    case "papir":
      return {
        giver: [`Din fuldmagt til ${m} er registreret`, `Kære ${g}\n\nBorgerservice har registreret den fuldmagt, du har underskrevet på papir, til ${m}.\n\n${omfang}\n\n${SADAN_TILBAGEKALDER}`],
        fuldmaegtig: [`Fuldmagt fra ${g} er registreret`, `Kære ${m}\n\nBorgerservice har registreret den fuldmagt, ${g} har underskrevet på papir, til dig.\n\n${omfang.replace(`${m} må:`, "Du må:")}\n\n${ALDRIG_MITID}`],
      };
    case "anmodet":
      return {
        giver: [`${m} beder om fuldmagt`, `Kære ${g}\n\n${m} beder om fuldmagt til at hjælpe dig i Mine Data.\n\n${m} beder om at måtte:\n${liste(f.privilegier)}\n\nFuldmagten skal gælde til og med ${tilOgMed(f)}.\n\nDu bestemmer selv. Du kan sige ja, sige ja til mindre, eller sige nej. Log ind på Mine Data med dit eget MitID, og se anmodningen på forsiden. Gør du ingenting, sker der ingenting.`],
        fuldmaegtig: [`Du har bedt ${g} om fuldmagt`, `Kære ${m}\n\nDu har bedt ${g} om fuldmagt i Mine Data. ${g} får et brev om det og skal selv svare. Du får besked, når ${g} har svaret.\n\n${ALDRIG_MITID}`],
      };
    case "godkendt":
      return {
        giver: [`Du har sagt ja til ${m}s anmodning`, `Kære ${g}\n\nDu har givet ${m} fuldmagt.\n\n${omfang}\n\n${SADAN_TILBAGEKALDER}`],
        fuldmaegtig: [`${g} har givet dig fuldmagt`, `Kære ${m}\n\n${g} har sagt ja til din anmodning om fuldmagt.\n\n${omfang.replace(`${m} må:`, "Du må:")}\n\nHar ${g} givet dig mindre, end du bad om, er det det, der gælder.\n\n${ALDRIG_MITID}`],
      };
    case "afvist":
      return {
        giver: [`Du har sagt nej til ${m}s anmodning`, `Kære ${g}\n\nDu har sagt nej til, at ${m} får fuldmagt. ${m} kan ikke se dine data.`],
        fuldmaegtig: [`${g} har sagt nej til din anmodning`, `Kære ${m}\n\n${g} har sagt nej til, at du får fuldmagt. Du kan ikke se ${g}s data.\n\nKan ${g} ikke selv tage stilling, så kontakt Borgerservice på 44 44 44 44 om andre muligheder.`],
      };
    case "tilbagekaldt": {
      const hvem = tilbagekaldtAf === "fuldmaegtig" ? `${m} har opsagt fuldmagten` : `${g} har tilbagekaldt fuldmagten`;
      return {
        giver: [`Fuldmagten til ${m} er ophævet`, `Kære ${g}\n\n${hvem}. ${m} kan ikke længere se dine data eller handle for dig.`],
        fuldmaegtig: [`Fuldmagten fra ${g} er ophævet`, `Kære ${m}\n\n${hvem}. Du kan ikke længere se ${g}s data eller handle for ${g}.`],
      };
    }
    case "varsel":
      return {
        giver: [`Din fuldmagt til ${m} udløber ${tilOgMed(f)}`, `Kære ${g}\n\nDin fuldmagt til ${m} gælder til og med ${tilOgMed(f)}. Den bliver ikke forlænget af sig selv.\n\nVil du have, at ${m} fortsat kan hjælpe dig, så log ind på Mine Data med dit eget MitID, vælg Fuldmagter, og tryk Forny. Gør du ingenting, ophører fuldmagten.`],
        fuldmaegtig: [`Fuldmagten fra ${g} udløber ${tilOgMed(f)}`, `Kære ${m}\n\nFuldmagten fra ${g} gælder til og med ${tilOgMed(f)}. Den bliver ikke forlænget af sig selv.\n\nSkal du fortsat hjælpe ${g}, kan du bede om en ny fuldmagt i Mine Data, eller ${g} kan forny den.`],
      };
    case "udloebet":
      return {
        giver: [`Fuldmagten til ${m} er udløbet`, `Kære ${g}\n\nDin fuldmagt til ${m} er udløbet. ${m} kan ikke længere se dine data eller handle for dig. Du kan give en ny fuldmagt i Mine Data.`],
        fuldmaegtig: [`Fuldmagten fra ${g} er udløbet`, `Kære ${m}\n\nFuldmagten fra ${g} er udløbet. Du kan ikke længere se ${g}s data eller handle for ${g}.`],
      };
    case "doed":
      return {
        giver: ["", ""],
        fuldmaegtig: [`Fuldmagten fra ${g} er ophørt`, `Kære ${m}\n\nFolkeregisteret har registreret, at ${g} er død. Derfor er fuldmagten ophørt, og du kan ikke længere se ${g}s data. Vi kondolerer.\n\nSpørgsmål om dødsboet kan du stille til Borgerservice på 44 44 44 44.`],
      };
  }
}

/** The letters for one event, keyed so each goes out once however often the event is handled. */
export function fuldmagtBreve(f: FuldmagtRaekke, h: Haendelse, tilbagekaldtAf?: "giver" | "fuldmaegtig"): NytBrev[] {
  const t = tekster(f, h, tilbagekaldtAf);
  const brev = (modtager: "giver" | "fuldmaegtig", cpr: string, [titel, tekst]: [string, string]): NytBrev[] =>
    titel ? [{ noegle: `fuldmagt:${f.id}:${h}:${modtager}`, modtagerCpr: cpr, titel, tekst: `${tekst}${HILSEN}`, kategori: "Fuldmagt" }] : [];
  return [...brev("giver", f.giverCpr, t.giver), ...brev("fuldmaegtig", f.fuldmaegtigCpr, t.fuldmaegtig)];
}
