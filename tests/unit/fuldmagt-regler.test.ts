import { describe, expect, it } from "vitest";
import { brudteRegler, tjekRegler, type RegelInput } from "@/lib/fuldmagt/regler";

/** The fuldmagt rule table, one row per rule: the input that breaks it, and the message the person reads. */
const idag = new Date("2026-12-01T12:00:00Z");
const om = (dage: number) => new Date(idag.getTime() + dage * 86_400_000);
const karen = { cpr: "1203443996", foedselsdato: "1944-03-12", doed: false };
const ole = { cpr: "0507423997", doed: false };
const gyldig: RegelInput = { rolle: "giver", idag, giver: karen, fuldmaegtig: ole, privilegier: ["se:sager"], gyldigFra: idag, gyldigTil: om(90) };

const rows: [string, Partial<RegelInput>, string, string][] = [
  ["giver-under-15", { giver: { ...karen, foedselsdato: "2012-06-01" } }, "_form", "fyldt 15 år"],
  ["giver-under-15", { rolle: "anmoder", giver: { ...karen, foedselsdato: "2012-06-01" } }, "navn", "fyldt 15 år"],
  ["giver-doed", { rolle: "anmoder", giver: { ...karen, doed: true } }, "navn", "død"],
  ["ukendt-person", { fuldmaegtig: null }, "navn", "Vi kan ikke finde en person"],
  ["ukendt-person", { rolle: "papir", giver: null }, "giverNavn", "Vi kan ikke finde en person"],
  ["flere-personer", { fuldmaegtig: null, flereFundet: true }, "navn", "flere personer"],
  ["fuldmaegtig-doed", { fuldmaegtig: { ...ole, doed: true } }, "navn", "død"],
  ["sig-selv", { fuldmaegtig: { cpr: karen.cpr, doed: false } }, "navn", "dig selv"],
  ["tomt-omfang", { privilegier: [] }, "privilegier", "mindst én"],
  ["mere-end-giveren-har", { privilegier: ["se:sager", "alt"] }, "privilegier", "ikke kan give"],
  ["mere-end-giveren-har", { privilegier: ["se:log"] }, "privilegier", "ikke kan give"],
  ["mere-end-anmodet", { anmodet: { privilegier: ["se:sager"], gyldigTil: om(90) }, privilegier: ["se:sager", "se:ydelser"] }, "privilegier", "ikke flere"],
  ["slut-i-fortiden", { gyldigTil: om(-1) }, "gyldigTil", "efter i dag"],
  ["slut-i-fortiden", { gyldigTil: idag }, "gyldigTil", "efter i dag"],
  ["over-5-aar", { gyldigTil: om(5 * 366 + 2) }, "gyldigTil", "højst gælde i 5 år"],
  ["laengere-end-anmodet", { anmodet: { privilegier: ["se:sager"], gyldigTil: om(30) }, gyldigTil: om(60) }, "gyldigTil", "kortere periode"],
];

describe("the fuldmagt rule table", () => {
  it("lets a valid fuldmagt through", () => {
    expect(tjekRegler(gyldig)).toEqual({});
    expect(tjekRegler({ ...gyldig, gyldigTil: om(5 * 365) })).toEqual({});
  });

  it.each(rows)("%s: %j → %s", (regel, aendring, felt, tekst) => {
    const input = { ...gyldig, ...aendring };
    expect(brudteRegler(input)).toContain(regel);
    expect(tjekRegler(input)[felt]).toContain(tekst);
  });

  it("lets the giver approve less than asked, and never more", () => {
    const anmodet = { privilegier: ["se:sager", "se:ydelser"], gyldigTil: om(90) };
    expect(tjekRegler({ ...gyldig, anmodet, privilegier: ["se:sager"], gyldigTil: om(30) })).toEqual({});
    expect(Object.keys(tjekRegler({ ...gyldig, anmodet, privilegier: ["se:sager", "se:dokumenter"] }))).toEqual(["privilegier"]);
  });
});
