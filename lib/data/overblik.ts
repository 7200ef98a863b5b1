import "server-only";
import { logOverblik } from "@/lib/access/log";
import { db } from "@/lib/db";
import type { Person } from "@/lib/domain/person";
import type { SagSide } from "@/lib/domain/sag";
import type { Udbetaling } from "@/lib/domain/ydelse";
import { hentPerson } from "@/lib/fagsystemer/cpr/client";
import { soegBorgersSager } from "@/lib/fagsystemer/sdi/client";
import { fraDatabasen, inScope, laes, subjektNoegle, type Adgang, type DataContext } from "./access";
import { fuldmagtOverblik, type FuldmagtOverblik } from "./fuldmagter";
import { naesteUdbetaling } from "./ydelser";

export const AABNE_SAGER_PAA_FORSIDEN = 3;

export type SenesteAdgang = { id: string; tidspunkt: string; aktoerNavn: string; aktoerOrganisation: string; kategori: string; grundlagType: string };

/** Each block: its data, a reason it cannot be shown, or null when the reader's scope leaves it out. */
export type Overblik = {
  person: Adgang<Person> | null;
  /** All visible sager (for the count) and the first open ones. */
  sager: Adgang<{ antal: number; aabne: SagSide }> | null;
  naesteUdbetaling: Adgang<Udbetaling | null> | null;
  /** The portal's own database: these do not depend on any fagsystem. */
  fuldmagter: Adgang<FuldmagtOverblik> | null;
  ventendeSpoergsmaal: Adgang<number> | null;
  senesteAdgang: Adgang<{ poster: SenesteAdgang[]; total: number }> | null;
};

/**
 * The forside: what needs attention. Every block the reader's scope covers is asked in parallel,
 * each through the access policy (own-database blocks too), and each degrades on its own.
 * Nothing here reads more than a handful of rows.
 */
export async function overblik(ctx: DataContext): Promise<Overblik> {
  const cpr = ctx.subject.cpr;
  const noegle = subjektNoegle(cpr);
  const hvis = <T>(action: Parameters<typeof inScope>[1], read: () => Promise<T>) => (inScope(ctx, action) ? read() : Promise.resolve(null));
  const [person, sager, naeste, fuldmagter, log] = await Promise.all([
    hvis("se:oplysninger", () =>
      laes(ctx, { action: "se:oplysninger", objekt: "Navn og adresse" }, (grant) => hentPerson(cpr, grant.skjulBeskyttet)),
    ),
    hvis("se:sager", () =>
      laes(ctx, { action: "se:sager", objekt: "Åbne sager" }, async () => {
        const [alle, aabne] = await Promise.all([
          soegBorgersSager(cpr, { side: 1, antal: 1 }),
          soegBorgersSager(cpr, { side: 1, antal: AABNE_SAGER_PAA_FORSIDEN, status: ["opstaaet", "oplyst"] }),
        ]);
        if (!alle.ok) return alle;
        if (!aabne.ok) return aabne;
        return { ok: true as const, data: { antal: alle.data.total, aabne: aabne.data } };
      }),
    ),
    hvis("se:ydelser", () => naesteUdbetaling(ctx)),
    hvis("se:fuldmagter", () => fuldmagtOverblik(ctx)),
    hvis("se:log", () =>
      laes(ctx, { action: "se:log", objekt: "De seneste i din log og dine spørgsmål" }, () =>
        fraDatabasen("adgangsloggen", async () => {
          const log = await logOverblik(db(), noegle, 3);
          return {
            ventende: log.ventende,
            total: log.total,
            poster: log.poster.map((p) => ({
              id: p.id,
              tidspunkt: p.tidspunkt.toISOString(),
              aktoerNavn: p.aktoerNavn,
              aktoerOrganisation: p.aktoerOrganisation,
              kategori: p.kategori,
              grundlagType: p.grundlagType,
            })),
          };
        }),
      ),
    ),
  ]);
  return {
    person,
    sager,
    naesteUdbetaling: naeste,
    fuldmagter,
    ventendeSpoergsmaal: log && (log.ok ? { ok: true, data: log.data.ventende } : log),
    senesteAdgang: log && (log.ok ? { ok: true, data: { poster: log.data.poster, total: log.data.total } } : log),
  };
}
