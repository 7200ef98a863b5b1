import { foedselsdatoFraCpr, maskCpr, type Person } from "@/lib/domain/person";
import type { CprPersonWire } from "./wire";

const civilstandTekst: Record<CprPersonWire["civilstand"], string> = {
  ugift: "Ugift",
  gift: "Gift",
  fraskilt: "Fraskilt",
  enke: "Enke eller enkemand",
  "registreret partner": "Registreret partner",
};

export function formatAdresse(a: CprPersonWire["adresse"]): string {
  const etageDoer = [a.etage === "st" ? "st." : a.etage ? `${a.etage}.` : null, a.doer].filter(Boolean).join(" ");
  return `${a.vejnavn} ${a.husnr}${etageDoer ? `, ${etageDoer}` : ""}, ${a.postnr} ${a.postdistrikt}`;
}

/** `skjulBeskyttet` is the access decision's: someone other than the person reads, so a protected address is withheld. */
export function toPerson(p: CprPersonWire, skjulBeskyttet: boolean): Person {
  const hidden = p.navneOgAdressebeskyttelse && skjulBeskyttet;
  return {
    navn: [p.navn.fornavn, p.navn.mellemnavn, p.navn.efternavn].filter(Boolean).join(" "),
    foedselsdato: foedselsdatoFraCpr(p.cprNummer),
    maskeretCpr: maskCpr(p.cprNummer),
    adresse: hidden ? null : formatAdresse(p.adresse),
    adressebeskyttet: p.navneOgAdressebeskyttelse,
    doed: p.status === "doed",
    civilstand: civilstandTekst[p.civilstand],
    aegtefaelle: p.aegtefaelle?.navn ?? null,
  };
}
