import "server-only";
import type { Person } from "@/lib/domain/person";
import { callFagsystem, type Result } from "../http";
import { toPerson } from "./map";
import { personOpslagSvarWire } from "./wire";

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
