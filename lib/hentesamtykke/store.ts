import "server-only";
import { TZDate } from "@date-fns/tz";
import { addMonths } from "date-fns";
import { and, asc, desc, eq } from "drizzle-orm";
import { z } from "zod";
import { fraDatabasen, laes, Refused, type Adgang, type DataContext } from "@/lib/data/access";
import type { Medarbejder } from "@/lib/data/context";
import { db } from "@/lib/db";
import { hentesamtykker, hentninger, rettelser } from "@/lib/db/schema";
import type { IndkomstFelt } from "@/lib/domain/indkomst";
import type { PensionFelt } from "@/lib/domain/pension";
import { hentIndkomst } from "@/lib/fagsystemer/eindkomst/client";
import { manglerSamtykke, type Result } from "@/lib/fagsystemer/http";
import { hentPensionsordninger } from "@/lib/fagsystemer/pension/client";
import { formatDato } from "@/lib/format";
import { sendNu } from "@/lib/post/send-nu";
import { Afvist } from "@/lib/rettelser/borger";
import { HILSEN, koeBrev } from "@/lib/rettelser/breve";
import { TIDSZONE } from "@/lib/rettelser/frist";
import { pligtFor } from "@/lib/rettelser/pligt";
import { feltNavne, GYLDIG_MAANEDER, KILDER, OPBEVARING, periodeTekst, type Kilde, type Opbevaring } from "./kilder";
import { nu } from "@/lib/klokke";
import { parvisPseudonym } from "@/lib/deling/pseudonym";
import { hentesamtykkeKvittering } from "@/lib/kvittering/hentesamtykke";
import { signer } from "@/lib/kvittering/jws";

/**
 * Consent to fetch (DESIGN.md §3 BIDRAGE): a caseworker asks, on a sag they handle, to fetch
 * named fields from eIndkomst or the pension provider for a stated purpose and retention; only
 * the person may say yes or no (`handle:samtykke`, never a holder); on yes the portal fetches and
 * keeps what came back; withdrawal (GDPR art. 7(3)) stops every later fetch. The source itself also
 * refuses without a valid consent (HTTP 403), so the check is made twice.
 */
export type Hentesamtykke = typeof hentesamtykker.$inferSelect;
export type Hentning = typeof hentninger.$inferSelect;

export type Anmodning = {
  kilde: Kilde;
  felter: string[];
  periodeFra: string | null;
  periodeTil: string | null;
  formaal: string;
  opbevaring: Opbevaring;
};

function beskrivelse(s: Pick<Hentesamtykke, "kilde" | "felter" | "periodeFra" | "periodeTil" | "formaal" | "opbevaring">): string {
  const periode = periodeTekst(s.periodeFra, s.periodeTil);
  return (
    `Hvad: ${feltNavne(s.kilde, s.felter).join(", ")}${periode ? ` for ${periode}` : ""}\n` +
    `Hvorfra: ${KILDER[s.kilde].navn} – ${KILDER[s.kilde].hvem}\n` +
    `Hvorfor: ${s.formaal}\n` +
    `Hvor længe vi gemmer det: ${OPBEVARING[s.opbevaring as Opbevaring] ?? s.opbevaring}`
  );
}

/** A caseworker asks, on a request routed to them; the person gets a letter and sees it under Samtykker. */
export async function anmodOmSamtykke(m: Medarbejder, rettelseId: string, a: Anmodning, noegle: string): Promise<string> {
  const [r] = await db().select().from(rettelser).where(eq(rettelser.id, rettelseId));
  if (!r || r.ansvarligId !== m.medarbejderId) throw new Afvist("Du behandler ikke den anmodning.");
  const ctx = await pligtFor(m, { cpr: r.subjektCpr, navn: r.subjektNavn }, r.sagId);
  if (!ctx || !r.sagId) throw new Afvist("Du behandler ikke den anmodning.");
  const gyldige = KILDER[a.kilde].gyldige;
  if (a.felter.length === 0 || a.felter.some((f) => !gyldige.includes(f))) throw new Afvist("Vælg mindst én oplysning fra den kilde, du har valgt.");
  const id = await db().transaction(async (tx) => {
    const [ny] = await tx
      .insert(hentesamtykker)
      .values({
        noegle,
        borgerCpr: r.subjektCpr,
        borgerNavn: r.subjektNavn,
        ...a,
        sagId: r.sagId!,
        rettelseId,
        anmodetAfId: m.medarbejderId,
        anmodetAfNavn: m.navn,
        anmodetAfEnhed: m.enhed,
      })
      .onConflictDoNothing()
      .returning();
    if (!ny) return null;
    await koeBrev(tx, {
      noegle: `hentesamtykke:${ny.id}:anmodet`,
      modtagerCpr: ny.borgerCpr,
      titel: "Kommunen beder om dit samtykke til at hente oplysninger",
      kategori: "Anmodning",
      tekst:
        `Kære ${ny.borgerNavn}\n\n${m.navn}, ${m.enhed}, beder om dit samtykke til at hente disse oplysninger om dig:\n\n${beskrivelse(ny)}\n\n` +
        "Du bestemmer selv, om du vil give samtykke. Siger du nej, behandler vi din sag med de oplysninger, vi har. " +
        "Du svarer under »Samtykker« i Mine Data. Giver du samtykke, kan du altid trække det tilbage igen." +
        HILSEN,
    });
    return ny.id;
  });
  const eksisterende = id ?? (await db().select({ id: hentesamtykker.id }).from(hentesamtykker).where(eq(hentesamtykker.noegle, noegle)))[0]?.id;
  if (!eksisterende) throw new Afvist("Formularen er allerede brugt. Genindlæs siden og prøv igen.");
  await sendNu({ log: "breve", noegler: [`hentesamtykke:${eksisterende}:anmodet`] });
  return eksisterende;
}

/** Fetches from the source under the consent as it is now: nothing unless it is given and still valid. */
async function hent(s: Hentesamtykke, noegle: string): Promise<Result<Hentning> | { ok: false; reason: "ikke-givet" }> {
  if (s.status !== "givet" || !s.gyldigTil || s.gyldigTil <= nu()) return { ok: false, reason: "ikke-givet" };
  const samtykke = { id: s.id, gyldigTil: s.gyldigTil };
  const result =
    s.kilde === "eindkomst"
      ? await hentIndkomst(s.borgerCpr, { fra: s.periodeFra!, til: s.periodeTil!, felter: s.felter as IndkomstFelt[] }, { ...samtykke, felter: s.felter as IndkomstFelt[] })
      : await hentPensionsordninger(s.borgerCpr, { ...samtykke, felter: s.felter as PensionFelt[] });
  if (!result.ok) return result;
  await db().insert(hentninger).values({ samtykkeId: s.id, noegle, resultat: result.data }).onConflictDoNothing();
  const [row] = await db().select().from(hentninger).where(eq(hentninger.noegle, noegle));
  return { ok: true, data: row! };
}

export type SamtykkeVisning = { samtykke: Hentesamtykke; hentninger: Hentning[] };

async function medHentninger(s: Hentesamtykke): Promise<SamtykkeVisning> {
  return { samtykke: s, hentninger: await db().select().from(hentninger).where(eq(hentninger.samtykkeId, s.id)).orderBy(desc(hentninger.hentet)) };
}

/** The person's consents to fetch, newest first. Only the person may see and answer them. */
export function mineHentesamtykker(ctx: DataContext): Promise<Adgang<Hentesamtykke[]>> {
  return laes(ctx, { action: "handle:samtykke", objekt: "Dine samtykker" }, () =>
    fraDatabasen("samtykkerne", () => db().select().from(hentesamtykker).where(eq(hentesamtykker.borgerCpr, ctx.subject.cpr)).orderBy(desc(hentesamtykker.anmodet))),
  );
}

export async function mitHentesamtykke(ctx: DataContext, id: string): Promise<Adgang<SamtykkeVisning | null>> {
  return laes(ctx, { action: "handle:samtykke", objekt: "Et samtykke" }, () =>
    fraDatabasen("samtykket", async () => {
      const [s] = await db().select().from(hentesamtykker).where(and(eq(hentesamtykker.id, id), eq(hentesamtykker.borgerCpr, ctx.subject.cpr)));
      return s ? medHentninger(s) : null;
    }),
  );
}

async function egetSamtykke(ctx: DataContext, id: string): Promise<Hentesamtykke> {
  if (ctx.basis.type !== "self") throw new Afvist("Kun personen selv kan give eller trække et samtykke tilbage.");
  const [s] = await db().select().from(hentesamtykker).where(and(eq(hentesamtykker.id, id), eq(hentesamtykker.borgerCpr, ctx.subject.cpr)));
  if (!s) throw new Afvist("Samtykket findes ikke.");
  return s;
}

/** The signed DPV receipt of one of the person's own consents to fetch (also in the copy of their data). */
export async function hentesamtykkeKvitteringJws(ctx: DataContext, id: string): Promise<Adgang<string | null>> {
  if (!z.uuid().safeParse(id).success) return { ok: true, data: null };
  return laes(ctx, { action: "handle:samtykke", objekt: "Kvittering for et samtykke" }, () =>
    fraDatabasen("kvitteringen", async () => {
      const [s] = await db().select().from(hentesamtykker).where(and(eq(hentesamtykker.id, id), eq(hentesamtykker.borgerCpr, ctx.subject.cpr)));
      // An unanswered request has no consent to give a receipt for.
      return s && s.status !== "anmodet" ? signer(hentesamtykkeKvittering(s, parvisPseudonym(s.borgerCpr, "hentesamtykke"), nu())) : null;
    }),
  );
}

/**
 * Yes or no. On yes the portal fetches at once; a fetch that fails now is tried again when the
 * caseworker asks. `hentet` is null when the request was answered already (the other half of a
 * double click): the page then shows the answer as it stands, not "the source did not answer".
 */
export async function svarPaaSamtykke(ctx: DataContext, id: string, ja: boolean): Promise<{ hentet: boolean | null }> {
  const s = await egetSamtykke(ctx, id);
  if (s.status !== "anmodet") return { hentet: null };
  const naa = nu();
  const gyldigTil = ja ? new Date(addMonths(new TZDate(naa.getTime(), TIDSZONE), GYLDIG_MAANEDER).getTime()) : null;
  const svar = await db().transaction(async (tx) => {
    const [row] = await tx
      .update(hentesamtykker)
      .set({ status: ja ? "givet" : "afvist", besvaret: naa, gyldigTil })
      .where(and(eq(hentesamtykker.id, id), eq(hentesamtykker.status, "anmodet")))
      .returning();
    if (!row) return null;
    await koeBrev(tx, {
      noegle: `hentesamtykke:${id}:svar`,
      modtagerCpr: row.borgerCpr,
      titel: ja ? "Kvittering: Du har givet samtykke til at hente oplysninger" : "Kvittering: Du har sagt nej til at give samtykke",
      kategori: "Kvittering",
      tekst: ja
        ? `Kære ${row.borgerNavn}\n\nDen ${formatDato(naa.toISOString())} gav du ${row.anmodetAfNavn}, ${row.anmodetAfEnhed}, samtykke til at hente:\n\n${beskrivelse(row)}\n\n` +
          `Samtykket gælder til den ${formatDato(gyldigTil!.toISOString())}. Du kan trække det tilbage når som helst under »Samtykker« i Mine Data. ` +
          "Det, vi har hentet inden da, må vi fortsat bruge i din sag (databeskyttelsesforordningens artikel 7, stk. 3)." +
          HILSEN
        : `Kære ${row.borgerNavn}\n\nDen ${formatDato(naa.toISOString())} sagde du nej til, at ${row.anmodetAfNavn}, ${row.anmodetAfEnhed}, henter:\n\n${beskrivelse(row)}\n\n` +
          "Vi henter ikke oplysningerne. Vi behandler din sag med de oplysninger, vi har." +
          HILSEN,
    });
    return row;
  });
  if (svar) await sendNu({ log: "breve", noegler: [`hentesamtykke:${id}:svar`] });
  if (!svar) return { hentet: null };
  if (!ja) return { hentet: false };
  const hentet = await hent(svar, `${id}:foerste`);
  return { hentet: hentet.ok };
}

/** Art. 7(3): as easy as giving it. Nothing already fetched is deleted, and nothing more is fetched. */
export async function tilbagekald(ctx: DataContext, id: string): Promise<void> {
  const s = await egetSamtykke(ctx, id);
  if (s.status !== "givet") return;
  const naa = nu();
  const brev = await db().transaction(async (tx) => {
    const [row] = await tx
      .update(hentesamtykker)
      .set({ status: "tilbagekaldt", tilbagekaldt: naa })
      .where(and(eq(hentesamtykker.id, id), eq(hentesamtykker.status, "givet")))
      .returning();
    if (!row) return null;
    return koeBrev(tx, {
      noegle: `hentesamtykke:${id}:tilbagekaldt`,
      modtagerCpr: row.borgerCpr,
      titel: "Kvittering: Du har trukket dit samtykke tilbage",
      kategori: "Kvittering",
      tekst:
        `Kære ${row.borgerNavn}\n\nDen ${formatDato(naa.toISOString())} trak du dit samtykke tilbage. Fra nu af henter ${row.anmodetAfEnhed} ikke flere oplysninger fra ${KILDER[row.kilde].navn} om dig.\n\n` +
        "Det, vi allerede har hentet, må vi fortsat bruge i din sag (databeskyttelsesforordningens artikel 7, stk. 3)." +
        HILSEN,
    });
  });
  if (brev) await sendNu({ log: "breve", noegler: [brev] });
}

async function underPligt(m: Medarbejder, id: string) {
  const [s] = await db().select().from(hentesamtykker).where(eq(hentesamtykker.id, id));
  if (!s || s.anmodetAfId !== m.medarbejderId) return null;
  const ctx = await pligtFor(m, { cpr: s.borgerCpr, navn: s.borgerNavn }, s.sagId);
  return ctx ? { s, ctx } : null;
}

/** What the caseworker sees: the consent and what was fetched, read under the duty for the sag (logged). */
export async function samtykkeForSagsbehandler(m: Medarbejder, id: string): Promise<Adgang<SamtykkeVisning | null>> {
  const p = await underPligt(m, id);
  if (!p) return { ok: true, data: null };
  return laes(p.ctx, { action: "se:sager", objekt: `Oplysninger fra ${KILDER[p.s.kilde].navn}, hentet med dit samtykke`, sagId: p.s.sagId }, () =>
    fraDatabasen("samtykket", () => medHentninger(p.s)),
  );
}

/** Fetch again, for the caseworker: refused without a fetch once the consent is withdrawn, refused or lapsed. */
export async function hentIgen(m: Medarbejder, id: string, noegle: string): Promise<void> {
  const p = await underPligt(m, id);
  if (!p) throw new Afvist("Du har ikke bedt om det samtykke.");
  const { s } = p;
  if (s.status === "tilbagekaldt") throw new Afvist(`Borgeren trak samtykket tilbage den ${formatDato(s.tilbagekaldt!.toISOString())}. Der må ikke hentes mere.`);
  if (s.status !== "givet") throw new Afvist("Borgeren har ikke givet samtykke, så der kan ikke hentes noget.");
  // Under the duty for the sag, like every read of the citizen's data: the fetch is in the citizen's log.
  const udfald: { result?: Awaited<ReturnType<typeof hent>> } = {};
  // A fetch that did not happen is not logged: the callback answers with the failure itself.
  const logget = await laes(p.ctx, { action: "se:sager", objekt: `Hentede oplysninger fra ${KILDER[s.kilde].navn} med dit samtykke`, sagId: s.sagId }, async () => {
    const r = (udfald.result = await hent(s, noegle));
    if (r.ok) return { ok: true, data: true };
    return r.reason === "ikke-givet" ? { ok: true, data: new Refused("udloebet") } : r;
  });
  const result = udfald.result;
  if (!result) throw new Afvist("Der er ikke hentet noget, fordi adgangen ikke kunne tjekkes eller logges. Prøv igen om lidt.");
  if (result.ok) {
    if (!logget.ok) throw new Afvist("Oplysningerne er hentet, men adgangen kunne ikke logges. Prøv igen om lidt.");
    return;
  }
  if (result.reason === "ikke-givet") throw new Afvist("Samtykket er udløbet. Bed borgeren om et nyt, hvis du stadig har brug for oplysningerne.");
  throw new Afvist(manglerSamtykke(result) ? `${KILDER[s.kilde].navn} afviste samtykket.` : `${KILDER[s.kilde].navn} svarer ikke lige nu. Prøv igen om lidt.`);
}

/** The consents this caseworker asked for, newest first (for the inbox). */
export async function mineAnmodninger(m: Medarbejder): Promise<Hentesamtykke[]> {
  return db().select().from(hentesamtykker).where(eq(hentesamtykker.anmodetAfId, m.medarbejderId)).orderBy(desc(hentesamtykker.anmodet)).limit(50);
}

/** The consents asked for on one request, for the inbox item. */
export async function samtykkerPaaRettelse(rettelseId: string): Promise<Hentesamtykke[]> {
  return db().select().from(hentesamtykker).where(eq(hentesamtykker.rettelseId, rettelseId)).orderBy(asc(hentesamtykker.anmodet));
}
