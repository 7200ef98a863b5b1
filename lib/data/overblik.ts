import "server-only";
import { safeErrorInfo } from "./request-info";
import { and, asc, count, eq, gt, lte } from "drizzle-orm";
import { logForSubject } from "@/lib/access/log";
import { db } from "@/lib/db";
import { fuldmagter, spoergsmaal } from "@/lib/db/schema";
import type { Person } from "@/lib/domain/person";
import type { SagSide } from "@/lib/domain/sag";
import type { Udbetaling } from "@/lib/domain/ydelse";
import { hentPerson } from "@/lib/fagsystemer/cpr/client";
import { soegBorgersSager } from "@/lib/fagsystemer/sdi/client";
import { laes, subjektNoegle, type Adgang, type DataContext } from "./access";
import { naesteUdbetaling } from "./ydelser";

export const AABNE_SAGER_PAA_FORSIDEN = 3;

export type SenesteAdgang = { id: string; tidspunkt: string; aktoerNavn: string; aktoerOrganisation: string; kategori: string; grundlagType: string };
export type Fuldmaegtig = { navn: string; gyldigTil: string };

/** A read from the portal's own database: it either answers or the block says it cannot show. */
export type Hentet<T> = { ok: true; data: T } | { ok: false };

export type Overblik = {
  person: Adgang<Person>;
  /** All visible sager (for the count) and the first open ones. */
  sager: Adgang<{ antal: number; aabne: SagSide }>;
  naesteUdbetaling: Adgang<Udbetaling | null>;
  /** The portal's own database: these do not depend on any fagsystem. */
  fuldmaegtige: Hentet<Fuldmaegtig[]>;
  ventendeSpoergsmaal: Hentet<number>;
  senesteAdgang: Hentet<{ poster: SenesteAdgang[]; total: number }>;
};

async function fraDatabasen<T>(hvad: string, fn: () => Promise<T>): Promise<Hentet<T>> {
  try {
    return { ok: true, data: await fn() };
  } catch (error) {
    console.error(`[overblik] ${hvad} kunne ikke hentes:`, safeErrorInfo(error));
    return { ok: false };
  }
}

/**
 * The forside: what needs attention. Every source is asked in parallel, each through the access
 * policy, and each block degrades on its own. Nothing here reads more than a handful of rows.
 */
export async function overblik(ctx: DataContext): Promise<Overblik> {
  const forSubject = ctx.basis.type === "self";
  const noegle = subjektNoegle(ctx.subjectCpr);
  const nu = new Date();
  const [person, sager, naeste, fuldmaegtige, ventendeSpoergsmaal, senesteAdgang] = await Promise.all([
    laes(ctx, { action: "se:oplysninger", objekt: "Navn og adresse" }, () => hentPerson(ctx.subjectCpr, forSubject)),
    laes(ctx, { action: "se:sager", objekt: "Åbne sager" }, async () => {
      const [alle, aabne] = await Promise.all([
        soegBorgersSager(ctx.subjectCpr, { side: 1, antal: 1 }),
        soegBorgersSager(ctx.subjectCpr, { side: 1, antal: AABNE_SAGER_PAA_FORSIDEN, status: ["opstaaet", "oplyst"] }),
      ]);
      if (!alle.ok) return alle;
      if (!aabne.ok) return aabne;
      return { ok: true as const, data: { antal: alle.data.total, aabne: aabne.data } };
    }),
    naesteUdbetaling(ctx),
    // Only the person themself sees who can act for them and who looked at their data.
    forSubject
      ? fraDatabasen("fuldmagter", () =>
          db()
            .select({ navn: fuldmagter.fuldmaegtigNavn, gyldigTil: fuldmagter.gyldigTil })
            .from(fuldmagter)
            .where(
              and(
                eq(fuldmagter.giverCpr, ctx.subjectCpr),
                eq(fuldmagter.status, "aktiv"),
                lte(fuldmagter.gyldigFra, nu),
                gt(fuldmagter.gyldigTil, nu),
              ),
            )
            .orderBy(asc(fuldmagter.fuldmaegtigNavn))
            .then((rows) => rows.map((r) => ({ navn: r.navn, gyldigTil: r.gyldigTil.toISOString() }))),
        )
      : Promise.resolve({ ok: true as const, data: [] }),
    forSubject
      ? fraDatabasen("spørgsmål", () =>
          db()
            .select({ n: count() })
            .from(spoergsmaal)
            .where(and(eq(spoergsmaal.subjektNoegle, noegle), eq(spoergsmaal.status, "modtaget")))
            .then(([r]) => r?.n ?? 0),
        )
      : Promise.resolve({ ok: true as const, data: 0 }),
    forSubject
      ? fraDatabasen("adgangsloggen", async () => {
          const log = await logForSubject(db(), noegle, {}, { side: 1, antal: 3 });
          return {
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
        })
      : Promise.resolve({ ok: true as const, data: { poster: [], total: 0 } }),
  ]);
  return { person, sager, naesteUdbetaling: naeste, fuldmaegtige, ventendeSpoergsmaal, senesteAdgang };
}
