import "server-only";
import type { Person } from "@/lib/domain/person";
import { hentPerson } from "@/lib/fagsystemer/cpr/client";
import { soegBorgersSager } from "@/lib/fagsystemer/sdi/client";
import { laes, type Adgang, type DataContext } from "./access";

export type Overblik = {
  person: Adgang<Person>;
  sager: Adgang<{ antal: number }>;
};

/** The forside's figures; each fagsystem is asked in parallel, through the access policy. */
export async function overblik(ctx: DataContext): Promise<Overblik> {
  const forSubject = ctx.basis.type === "self";
  const [person, sager] = await Promise.all([
    laes(ctx, { action: "se:oplysninger", objekt: "Navn og adresse" }, () => hentPerson(ctx.subjectCpr, forSubject)),
    laes(ctx, { action: "se:sager", objekt: "Antal sager" }, async () => {
      const result = await soegBorgersSager(ctx.subjectCpr, { side: 1, antal: 1 });
      return result.ok ? { ok: true as const, data: { antal: result.data.total } } : result;
    }),
  ]);
  return { person, sager };
}
