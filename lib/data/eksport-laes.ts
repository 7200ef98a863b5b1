import "server-only";
import { asc, eq, or } from "drizzle-orm";
import { db } from "@/lib/db";
import { adgangslog, fuldmagter } from "@/lib/db/schema";
import { parvisPseudonym } from "@/lib/deling/pseudonym";
import type { Bevilling, Udbetaling } from "@/lib/domain/ydelse";
import type { Oplysning } from "@/lib/domain/oplysning";
import type { Brev } from "@/lib/domain/post";
import type { EksportFuldmagt, EksportLogpost, EksportSag, EksportSamtykke } from "@/lib/eksport/elementer";
import type { Side } from "@/lib/eksport/sektion";
import { hentPerson } from "@/lib/fagsystemer/cpr/client";
import { hentBreve } from "@/lib/fagsystemer/digitalpost/client";
import type { Result } from "@/lib/fagsystemer/http";
import { erUdelukket, hentBorgersDokument, hentBorgersSag, soegBorgersSager } from "@/lib/fagsystemer/sdi/client";
import { soegBevillinger, soegEffektueringer } from "@/lib/fagsystemer/ydelsesindeks/client";
import { nu } from "@/lib/klokke";
import { fuldmagtKvittering, samtykkeKvittering } from "@/lib/kvittering/dpv";
import { signer } from "@/lib/kvittering/jws";
import { alleForBorger } from "@/lib/samtykke/store";
import { fraDatabasen, laes, subjektNoegle, type Adgang, type DataContext } from "./access";
import { visning } from "./fuldmagter";
import { personFelter } from "./oplysninger";
import { samtykkeVisning } from "./samtykker";
import { udenSkjulte } from "./sager";

/**
 * The export's reads, each through laes(): one page at a time at the source (100 rows), so memory
 * stays flat however much a person has, and – for a holder the giver let export – each page is in
 * the giver's log before it is written out.
 */
const SIDE = 100;
/** Sager are read in smaller pages with their details, a few at a time: less in flight at once. */
const SAGER_SIDE = 25;
const SAMTIDIGE = 4;

type Sideresultat<T> = Adgang<{ elementer: T[]; total: number }>;

function fejltekst(r: Exclude<Adgang<unknown>, { ok: true }>): string {
  if ("reason" in r && r.reason === "log-fejl") return "Delen kunne ikke hentes, fordi adgangen ikke kunne logges.";
  if ("reason" in r && r.reason === "ikke-fundet") return "Delen må ikke hentes med den adgang, du har.";
  return "Delen kunne ikke hentes, fordi et af kommunens systemer ikke svarede. Prøv igen senere.";
}

/** Pages until the total is reached; a failure ends the section with its message. */
async function* sider<T>(hent: (side: number) => Promise<Sideresultat<T>>, antal = SIDE): AsyncGenerator<Side<T>> {
  for (let side = 1; ; side++) {
    const r = await hent(side);
    if (!r.ok) {
      yield { ok: false, fejl: fejltekst(r) };
      return;
    }
    yield { ok: true, elementer: r.data.elementer };
    if (r.data.elementer.length === 0 || side * antal >= r.data.total) return;
  }
}

/** A few at a time: the fagsystem is not asked for a hundred things at once. */
async function iRaekker<T, R>(items: T[], fn: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(SAMTIDIGE, items.length) }, async () => {
      while (next < items.length) {
        const i = next++;
        out[i] = await fn(items[i]!);
      }
    }),
  );
  return out;
}

export const objekt = (hvad: string, side?: number) => `Kopi af dine data: ${hvad}${side ? ` (side ${side})` : ""}`;
/** A section read in one go (a person's own fuldmagter, samtykker, CPR data). */
export async function* enGang<T>(hent: () => Promise<Adgang<T[]>>): AsyncGenerator<Side<T>> {
  const r = await hent();
  yield r.ok ? { ok: true, elementer: r.data } : { ok: false, fejl: fejltekst(r) };
}

export function eksportOplysninger(ctx: DataContext): AsyncIterable<Side<Oplysning>> {
  return enGang(() =>
    laes(ctx, { action: "handle:eksport", objekt: objekt("oplysninger fra CPR") }, async (grant) => {
      const p = await hentPerson(ctx.subject.cpr, grant.skjulBeskyttet);
      return p.ok ? { ok: true, data: personFelter(p.data, []) } : p;
    }),
  );
}

/** One sag with every document's text, or the first failure. */
async function medDokumenter(cpr: string, id: string, grant: Parameters<typeof udenSkjulte>[1]): Promise<Result<EksportSag | null>> {
  const d = await hentBorgersSag(cpr, id);
  if (!d.ok) return d;
  if (!d.data || erUdelukket(d.data)) return { ok: true, data: null };
  const sag = udenSkjulte(d.data, grant);
  const dokumenter = await iRaekker(sag.dokumenter, (dok) => hentBorgersDokument(cpr, dok.id));
  const fejl = dokumenter.find((r) => !r.ok);
  if (fejl && !fejl.ok) return fejl;
  const tekster = dokumenter.flatMap((r) => (r.ok && r.data && !erUdelukket(r.data) ? [r.data] : []));
  return { ok: true, data: { ...sag, dokumenter: tekster } };
}

export function eksportSager(ctx: DataContext): AsyncIterable<Side<EksportSag>> {
  const cpr = ctx.subject.cpr;
  return sider((side) =>
    laes(ctx, { action: "handle:eksport", objekt: objekt("sager med dokumenter og afgørelser", side) }, async (grant) => {
      const liste = await soegBorgersSager(cpr, { side, antal: SAGER_SIDE });
      if (!liste.ok) return liste;
      const sager = await iRaekker(liste.data.sager, (s) => medDokumenter(cpr, s.id, grant));
      const fejl = sager.find((r) => !r.ok);
      if (fejl && !fejl.ok) return fejl;
      const elementer = sager.flatMap((r) => (r.ok && r.data ? [r.data] : []));
      return { ok: true, data: { elementer, total: liste.data.total } };
    }),
    SAGER_SIDE,
  );
}

export function eksportBevillinger(ctx: DataContext): AsyncIterable<Side<Bevilling>> {
  return sider((side) =>
    laes(ctx, { action: "handle:eksport", objekt: objekt("bevillinger", side) }, async () => {
      const r = await soegBevillinger(ctx.subject.cpr, { side, antal: SIDE });
      return r.ok ? { ok: true, data: { elementer: r.data.bevillinger, total: r.data.total } } : r;
    }),
  );
}

export function eksportUdbetalinger(ctx: DataContext): AsyncIterable<Side<Udbetaling>> {
  return sider((side) =>
    laes(ctx, { action: "handle:eksport", objekt: objekt("udbetalinger", side) }, async () => {
      const r = await soegEffektueringer(ctx.subject.cpr, { side, antal: SIDE });
      return r.ok ? { ok: true, data: { elementer: r.data.udbetalinger, total: r.data.total } } : r;
    }),
  );
}

export function eksportFuldmagter(ctx: DataContext): AsyncIterable<Side<EksportFuldmagt>> {
  const cpr = ctx.subject.cpr;
  return enGang(() =>
      laes(ctx, { action: "se:fuldmagter", objekt: objekt("fuldmagter") }, () =>
        fraDatabasen("fuldmagterne", async () => {
          const now = nu();
          const rows = await db().select().from(fuldmagter).where(or(eq(fuldmagter.giverCpr, cpr), eq(fuldmagter.fuldmaegtigCpr, cpr))).orderBy(asc(fuldmagter.oprettet));
          return Promise.all(
            rows.map(async (f) => {
              const v = visning(f, cpr, now);
              return {
                id: v.id,
                rolle: v.rolle,
                giver: { navn: v.giverNavn, foedselsdato: v.giverFoedselsdato },
                fuldmaegtig: { navn: v.fuldmaegtigNavn, foedselsdato: v.fuldmaegtigFoedselsdato },
                status: v.status,
                privilegier: v.privilegier,
                gyldigFra: v.gyldigFra,
                sidsteDag: v.sidsteDag,
                oprettet: v.oprettet,
                afsluttet: v.afsluttet,
                kvittering: await signer(fuldmagtKvittering(f, parvisPseudonym(f.giverCpr, "fuldmagt"), now)),
              };
            }),
          );
        }),
      ),
  );
}

export function eksportSamtykker(ctx: DataContext): AsyncIterable<Side<EksportSamtykke>> {
  return enGang(() =>
      laes(ctx, { action: "handle:samtykke", objekt: objekt("samtykker") }, () =>
        fraDatabasen("samtykkerne", async () => {
          const now = nu();
          return Promise.all(
            (await alleForBorger(db(), ctx.subject.cpr)).map(async (s) => {
              const v = samtykkeVisning(s, now);
              return {
                id: v.id,
                modtager: { navn: v.modtagerNavn, cvr: v.modtagerCvr },
                formaal: v.formaal,
                omfang: v.omfang,
                engangs: v.engangs,
                status: v.status,
                oprettet: v.oprettet,
                sidsteDag: v.sidsteDag,
                tilbagekaldt: v.tilbagekaldt,
                kvittering: await signer(samtykkeKvittering(s, parvisPseudonym(s.borgerCpr, s.modtagerCvr), now)),
              };
            }),
          );
        }),
      ),
  );
}

export function eksportBreve(ctx: DataContext): AsyncIterable<Side<Brev>> {
  return sider((side) =>
    laes(ctx, { action: "se:post", objekt: objekt("breve", side) }, async () => {
      const r = await hentBreve(ctx.subject.cpr, { side, antal: SIDE });
      return r.ok ? { ok: true, data: { elementer: r.data.breve, total: r.data.total } } : r;
    }),
  );
}

export function eksportLog(ctx: DataContext): AsyncIterable<Side<EksportLogpost>> {
  const noegle = subjektNoegle(ctx.subject.cpr);
  return sider((side) =>
    laes(ctx, { action: "se:log", objekt: objekt("din log", side) }, () =>
      fraDatabasen("loggen", async () => {
        const where = eq(adgangslog.subjektNoegle, noegle);
        const [rows, total] = await Promise.all([
          db().select().from(adgangslog).where(where).orderBy(asc(adgangslog.nr)).limit(SIDE).offset((side - 1) * SIDE),
          db().$count(adgangslog, where),
        ]);
        const elementer = rows.map((r) => ({
          nr: r.nr,
          tidspunkt: r.tidspunkt.toISOString(),
          hvem: r.aktoerNavn,
          organisation: r.aktoerOrganisation,
          rolle: r.aktoerRolle,
          grundlag: r.grundlagType,
          hvad: r.objekt,
          formaal: r.formaal,
          hash: r.hash,
        }));
        return { elementer, total };
      }),
    ),
  );
}
