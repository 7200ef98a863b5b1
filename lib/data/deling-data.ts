import "server-only";
import type { z } from "zod";
import type { delingBevillinger, delingPerson, delingUdbetalinger } from "@/lib/domain/deling";
import { foedselsdatoFraCpr } from "@/lib/domain/person";
import { hentPerson } from "@/lib/fagsystemer/cpr/client";
import { soegBevillinger, soegEffektueringer } from "@/lib/fagsystemer/ydelsesindeks/client";
import { laes, type Adgang } from "./access";
import type { DelingsAdgang } from "./deling";

/**
 * What a third party gets under a samtykke, read through laes(): authorised for this basis,
 * written to the citizen's log before it is returned, paged and filtered at the source. Only what
 * the samtykke names: the birth date, never the CPR number, unless the CPR number is named.
 */
export function delPerson(a: DelingsAdgang): Promise<Adgang<z.infer<typeof delingPerson>>> {
  const navngivet = (k: string) => a.bevis.detalje.data.some((o) => o.kategori === k);
  const medIdentitet = navngivet("identitet");
  const medCpr = navngivet("cpr");
  const objekt = [medIdentitet ? "Navn og fødselsdato" : null, medCpr ? "CPR-nummer" : null].filter(Boolean).join(" og ");
  return laes(a.ctx, { action: "se:oplysninger", objekt }, async (grant) => {
    const person = await hentPerson(a.ctx.subject.cpr, grant.skjulBeskyttet);
    if (!person.ok) return person;
    return {
      ok: true,
      data: {
        navn: medIdentitet ? person.data.navn : null,
        foedselsdato: medIdentitet || medCpr ? foedselsdatoFraCpr(a.ctx.subject.cpr) : null,
        cprNummer: medCpr ? a.ctx.subject.cpr : null,
      },
    };
  });
}

export function delUdbetalinger(a: DelingsAdgang, aar: number, side: number, antal: number): Promise<Adgang<z.infer<typeof delingUdbetalinger>>> {
  return laes(a.ctx, { action: "se:ydelser", objekt: `Udbetalinger i ${aar} (side ${side})` }, async () => {
    const result = await soegEffektueringer(a.ctx.subject.cpr, { side, antal, fra: `${aar}-01-01`, til: `${aar}-12-31` });
    return result.ok ? { ok: true, data: { aar, ...result.data } } : result;
  });
}

export function delBevillinger(a: DelingsAdgang, side: number, antal: number): Promise<Adgang<z.infer<typeof delingBevillinger>>> {
  return laes(a.ctx, { action: "se:ydelser", objekt: `Ydelser, du får (side ${side})` }, () => soegBevillinger(a.ctx.subject.cpr, { side, antal }));
}
