import "server-only";
import { cache } from "react";
import type { z } from "zod";
import type { Person } from "@/lib/domain/person";
import type { AnmodningWire } from "../anmodning";
import { callFagsystem, type Result } from "../http";
import { toPerson } from "./map";
import { personOpslagSvarWire, personSoegeresultatWire, type cprAdresseWire, type CprPersonWire } from "./wire";

/** The raw CPR record, asked once per request however many parts of a page need it. */
export const opslagPerson = cache(async (cpr: string): Promise<Result<CprPersonWire>> => {
  const result = await callFagsystem({
    system: "cpr",
    path: "person/opslag",
    method: "POST",
    body: { cprNummer: cpr },
    schema: personOpslagSvarWire,
    idempotent: true,
  });
  return result.ok ? { ok: true, data: result.data.person } : result;
});

/** `skjulBeskyttet` comes from the access decision: a protected address is then withheld. */
export async function hentPerson(cpr: string, skjulBeskyttet: boolean): Promise<Result<Person>> {
  const result = await opslagPerson(cpr);
  return result.ok ? { ok: true, data: toPerson(result.data, skjulBeskyttet) } : result;
}

/** Who matches an exact full name and birth date (ISO): how a person is named without their CPR number. */
export async function soegPerson(navn: string, foedselsdato: string): Promise<Result<{ cpr: string; navn: string; doed: boolean }[]>> {
  const result = await callFagsystem({
    system: "cpr",
    path: "person/soeg",
    method: "POST",
    body: { navn, foedselsdato },
    schema: personSoegeresultatWire,
    idempotent: true,
  });
  if (!result.ok) return result;
  return { ok: true, data: result.data.personer.map((p) => ({ cpr: p.cprNummer, navn: p.navn, doed: p.status === "doed" })) };
}

/** The folkeregister's correction of a wrongly registered address; the old one stays, marked wrong. */
export async function retAdresse(
  cpr: string,
  nyAdresse: z.infer<typeof cprAdresseWire>,
  begrundelse: string,
  anmodning?: AnmodningWire,
): Promise<Result<Person>> {
  const result = await callFagsystem({
    system: "cpr",
    path: "person/adresse/rettelse",
    method: "POST",
    body: { cprNummer: cpr, nyAdresse, begrundelse, ...(anmodning ? { anmodning } : {}) },
    schema: personOpslagSvarWire,
    idempotent: false,
  });
  return result.ok ? { ok: true, data: toPerson(result.data.person, false) } : result;
}
