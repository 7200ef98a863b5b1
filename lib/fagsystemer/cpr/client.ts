import "server-only";
import type { Person } from "@/lib/domain/person";
import { callFagsystem, type Result } from "../http";
import { toPerson } from "./map";
import type { z } from "zod";
import { personOpslagSvarWire, type cprAdresseWire } from "./wire";

export async function hentPerson(cpr: string, forSubject: boolean): Promise<Result<Person>> {
  const result = await callFagsystem({
    system: "cpr",
    path: "person/opslag",
    method: "POST",
    body: { cprNummer: cpr },
    schema: personOpslagSvarWire,
    idempotent: true,
  });
  return result.ok ? { ok: true, data: toPerson(result.data.person, forSubject) } : result;
}

/** The folkeregister's correction of a wrongly registered address; the old one stays, marked wrong. */
export async function retAdresse(
  cpr: string,
  nyAdresse: z.infer<typeof cprAdresseWire>,
  begrundelse: string,
): Promise<Result<Person>> {
  const result = await callFagsystem({
    system: "cpr",
    path: "person/adresse/rettelse",
    method: "POST",
    body: { cprNummer: cpr, nyAdresse, begrundelse },
    schema: personOpslagSvarWire,
    idempotent: false,
  });
  return result.ok ? { ok: true, data: toPerson(result.data.person, true) } : result;
}
