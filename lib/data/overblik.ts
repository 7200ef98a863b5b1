import "server-only";
import type { Person } from "@/lib/domain/person";
import { hentPerson } from "@/lib/fagsystemer/cpr/client";
import type { Result } from "@/lib/fagsystemer/http";
import { soegBorgersSager } from "@/lib/fagsystemer/sdi/client";
import type { Actor } from "./actor";

export type Overblik = {
  person: Result<Person>;
  sager: Result<{ antal: number }>;
};

/** The forside's figures for a citizen reading their own data; each fagsystem is asked in parallel. */
export async function overblikForBorger(actor: Extract<Actor, { art: "borger" }>): Promise<Overblik> {
  const [person, sager] = await Promise.all([
    hentPerson(actor.cpr, true),
    soegBorgersSager(actor.cpr, { side: 1, antal: 1 }),
  ]);
  return { person, sager: sager.ok ? { ok: true, data: { antal: sager.data.total } } : sager };
}
