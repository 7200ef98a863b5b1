import "server-only";
import { and, asc, count, desc, eq, inArray, ne } from "drizzle-orm";
import { fraDatabasen, laes, type Adgang, type DataContext } from "@/lib/data/access";
import { db } from "@/lib/db";
import { bilag, rettelseHaendelser, rettelser, type RettelseAdresse } from "@/lib/db/schema";
import { formatDato } from "@/lib/format";
import { sendNu } from "@/lib/post/send-nu";
import { HILSEN, koeBrev } from "./breve";
import { BORGERSERVICE, fordelRettelse, UFORDELT } from "./fordeling";
import { fristFor } from "./frist";
import type { Maal, MaalVisning } from "./maal";
import { indsendtAf, reference } from "./tekster";
import { MAX_BILAG } from "./graenser";
import type { TjekketBilag } from "./bilag";
import { nu } from "@/lib/klokke";

/**
 * The citizen's side of a correction request: a draft they (or a holder for them) fill in over
 * three steps, then send; the list and the case with its history. A draft is only ever touched by
 * the person who started it, for the person it is about.
 */
export class Afvist extends Error {}

export const maalNoegle = (m: Maal) => (m.art === "felt" ? m.felt : `datum:${m.datumId}`);

type Indsender = { cpr: string; navn: string; fuldmagtId: string | null };

function indsender(ctx: DataContext): Indsender {
  if (ctx.actor.art !== "borger") throw new Afvist("Kun borgere kan bede om rettelser her.");
  return { cpr: ctx.actor.cpr, navn: ctx.actor.navn, fuldmagtId: ctx.basis.type === "fuldmagt" ? ctx.basis.id : null };
}

const egen = (ctx: DataContext, id: string) =>
  and(eq(rettelser.id, id), eq(rettelser.subjektCpr, ctx.subject.cpr), eq(rettelser.indsenderCpr, indsender(ctx).cpr));

export type KladdeSvar = { hvadErForkert: string; rigtigVaerdi: string; rigtigAdresse: RettelseAdresse | null; begrundelse: string };

/** Saves step one. A double submit of the same form render (same `noegle`) keeps one draft. */
export async function gemKladde(ctx: DataContext, visning: MaalVisning | null, svar: KladdeSvar, noegle: string, kladdeId?: string): Promise<string> {
  const ind = indsender(ctx);
  if (kladdeId) {
    const [row] = await db()
      .update(rettelser)
      .set(svar)
      .where(and(egen(ctx, kladdeId), eq(rettelser.status, "kladde")))
      .returning({ id: rettelser.id });
    if (!row) throw new Afvist("Anmodningen er allerede sendt, så den kan ikke ændres her.");
    return row.id;
  }
  if (!visning) throw new Afvist("Vi kunne ikke finde den oplysning, du vil have rettet.");
  const m = visning.maal;
  await db()
    .insert(rettelser)
    .values({
      noegle,
      subjektCpr: ctx.subject.cpr,
      subjektNavn: ctx.subject.navn,
      indsenderCpr: ind.cpr,
      indsenderNavn: ind.navn,
      fuldmagtId: ind.fuldmagtId,
      maal: maalNoegle(m),
      felt: m.art === "felt" ? m.felt : null,
      datumId: m.art === "datum" ? m.datumId : null,
      kildeSagId: m.art === "datum" ? m.sagId : null,
      betegnelse: visning.betegnelse,
      registreretVaerdi: visning.vaerdi,
      ansvarligEnhed: BORGERSERVICE,
      ...svar,
    })
    .onConflictDoNothing();
  const [row] = await db().select({ id: rettelser.id }).from(rettelser).where(and(eq(rettelser.noegle, noegle), eq(rettelser.indsenderCpr, ind.cpr)));
  if (!row) throw new Afvist("Formularen er allerede brugt. Genindlæs siden og prøv igen.");
  return row.id;
}

export type Kladde = typeof rettelser.$inferSelect & { bilag: { id: string; filnavn: string; stoerrelse: number }[] };

export async function hentKladde(ctx: DataContext, id: string): Promise<Kladde | null> {
  if (ctx.actor.art !== "borger") return null;
  const [row] = await db().select().from(rettelser).where(egen(ctx, id));
  if (!row) return null;
  const filer = await db()
    .select({ id: bilag.id, filnavn: bilag.filnavn, stoerrelse: bilag.stoerrelse })
    .from(bilag)
    .where(eq(bilag.ejerId, id))
    .orderBy(asc(bilag.oprettet));
  return { ...row, bilag: filer };
}

export async function tilfoejBilag(ctx: DataContext, kladdeId: string, fil: TjekketBilag, noegle: string): Promise<void> {
  const kladde = await hentKladde(ctx, kladdeId);
  if (!kladde || kladde.status !== "kladde") throw new Afvist("Anmodningen er allerede sendt. Du kan tilføje flere dokumenter ved at skrive til kommunen på sagen.");
  if (kladde.bilag.length >= MAX_BILAG) throw new Afvist(`Du kan højst vedhæfte ${MAX_BILAG} filer.`);
  await db().insert(bilag).values({ ejerId: kladdeId, noegle, ...fil }).onConflictDoNothing();
}

export async function fjernBilag(ctx: DataContext, kladdeId: string, bilagId: string): Promise<void> {
  const kladde = await hentKladde(ctx, kladdeId);
  if (!kladde || kladde.status !== "kladde") throw new Afvist("Anmodningen er allerede sendt, så filerne kan ikke ændres.");
  await db().delete(bilag).where(and(eq(bilag.id, bilagId), eq(bilag.ejerId, kladdeId)));
}

export function kvitteringsbrev(r: { id: string; nr: number; subjektCpr: string; subjektNavn: string; indsenderNavn: string; fuldmagtId: string | null; betegnelse: string; modtaget: Date; frist: Date }) {
  const af = r.fuldmagtId ? `\n\nAnmodningen blev sendt af ${indsendtAf(r)} på dine vegne.` : "";
  return {
    noegle: `rettelse:${r.id}:modtaget`,
    modtagerCpr: r.subjektCpr,
    titel: `Vi har modtaget din anmodning om rettelse (${reference(r.nr)})`,
    kategori: "Kvittering",
    tekst:
      `Kære ${r.subjektNavn}\n\nVi har den ${formatDato(r.modtaget.toISOString())} modtaget din anmodning om at rette oplysningen »${r.betegnelse}«. ` +
      `Din anmodning har nummer ${reference(r.nr)}.${af}\n\nVi svarer dig senest den ${formatDato(r.frist.toISOString())}. ` +
      "Indtil vi har vurderet oplysningen, er den markeret som anfægtet i Mine Data. Du kan følge anmodningen under »Rettelser« i Mine Data." +
      HILSEN,
  };
}

/**
 * Sends a draft: from here it is a case with a deadline, routed to the caseworker who owns the
 * datum. Sending twice is harmless; a second open request for the same datum is refused.
 */
export async function sendKladde(ctx: DataContext, id: string): Promise<Adgang<{ id: string; nr: number }>> {
  const kladde = await hentKladde(ctx, id);
  if (!kladde) return { ok: false, reason: "ikke-fundet" };
  return sendLaestKladde(ctx, kladde);
}

/** Another open request for the datum got in first (the partial unique index on open requests). */
const erAndenAaben = (error: unknown): boolean => {
  const e = error as { code?: string; constraint?: string; cause?: { code?: string; constraint?: string } } | null;
  return [e, e?.cause].some((x) => x?.code === "23505" && x.constraint === "rettelser_en_aaben_idx");
};

function afvisAaben(nr: number | undefined): never {
  throw new Afvist(`Du har allerede en åben anmodning om at rette denne oplysning${nr === undefined ? "" : ` (${reference(nr)})`}.`);
}

/**
 * Sends a draft as it was read a moment ago. Another send may have come between – the other half
 * of a double click, on another instance – so what was read may be out of date by now.
 */
export async function sendLaestKladde(ctx: DataContext, kladde: Kladde): Promise<Adgang<{ id: string; nr: number }>> {
  const { id } = kladde;
  if (kladde.status !== "kladde") return { ok: true, data: { id, nr: kladde.nr } };
  const aaben = await aabenForMaal(ctx, kladde.maal);
  // This very request, sent by the other half of a double click since it was read.
  if (aaben?.id === id) return { ok: true, data: { id, nr: kladde.nr } };
  if (aaben) afvisAaben(aaben.nr);
  // SDI down: the request is still received and kept; the inbox routes it when SDI answers again.
  const fordeling = (await fordelRettelse(kladde)) ?? UFORDELT;
  const sendt = await laes(ctx, { action: "handle:rettelse", objekt: `Sendte anmodning ${reference(kladde.nr)} om at rette »${kladde.betegnelse}«` }, () =>
    fraDatabasen("anmodningen", async () => {
      const modtaget = nu();
      const frist = fristFor(modtaget);
      const brev = await db()
        .transaction(async (tx) => {
          const [opdateret] = await tx
            .update(rettelser)
            .set({ status: "modtaget", modtaget, frist, ...fordeling })
            .where(and(eq(rettelser.id, id), eq(rettelser.status, "kladde")))
            .returning();
          if (!opdateret) return null;
          await tx.insert(rettelseHaendelser).values({ rettelseId: id, type: "modtaget", tidspunkt: modtaget, afNavn: indsendtAf(opdateret), noegle: `${id}:modtaget` });
          const kvittering = kvitteringsbrev({ ...opdateret, modtaget, frist });
          await koeBrev(tx, kvittering);
          return kvittering.noegle;
        })
        // Two drafts for the same datum sent at once (two tabs, or the person and a holder): one gets through.
        .catch((error: unknown) => {
          if (erAndenAaben(error)) return false as const;
          throw error;
        });
      if (brev === false) return null;
      // The receipt only: other people's waiting letters go with the sweep, not on this citizen's time.
      if (brev) await sendNu({ log: "breve", noegler: [brev] });
      return { id, nr: kladde.nr };
    }),
  );
  if (!sendt.ok) return sendt;
  if (!sendt.data) afvisAaben((await aabenForMaal(ctx, kladde.maal))?.nr);
  return { ok: true, data: sendt.data };
}

export type RettelseKort = Pick<typeof rettelser.$inferSelect, "id" | "nr" | "status" | "betegnelse" | "modtaget" | "frist" | "fristForlaenget" | "afgjort" | "indsenderNavn" | "subjektNavn" | "fuldmagtId">;

/** The person's requests (sent ones), newest first. */
export function mineRettelser(ctx: DataContext): Promise<Adgang<RettelseKort[]>> {
  return laes(ctx, { action: "handle:rettelse", objekt: "Oversigten over dine anmodninger om rettelse" }, () =>
    fraDatabasen("anmodningerne", () =>
      db()
        .select({
          id: rettelser.id,
          nr: rettelser.nr,
          status: rettelser.status,
          betegnelse: rettelser.betegnelse,
          modtaget: rettelser.modtaget,
          frist: rettelser.frist,
          fristForlaenget: rettelser.fristForlaenget,
          afgjort: rettelser.afgjort,
          indsenderNavn: rettelser.indsenderNavn,
          subjektNavn: rettelser.subjektNavn,
          fuldmagtId: rettelser.fuldmagtId,
        })
        .from(rettelser)
        .where(and(eq(rettelser.subjektCpr, ctx.subject.cpr), ne(rettelser.status, "kladde")))
        .orderBy(desc(rettelser.modtaget)),
    ),
  );
}

export type RettelseVisning = {
  rettelse: typeof rettelser.$inferSelect;
  haendelser: (typeof rettelseHaendelser.$inferSelect)[];
  bilag: { id: string; filnavn: string; stoerrelse: number }[];
};

/** One request with its history and attachments; null when it is not this person's. */
export async function minRettelse(ctx: DataContext, id: string): Promise<Adgang<RettelseVisning | null>> {
  const [row] = await db().select({ nr: rettelser.nr }).from(rettelser).where(and(eq(rettelser.id, id), eq(rettelser.subjektCpr, ctx.subject.cpr), ne(rettelser.status, "kladde")));
  if (!row) return { ok: true, data: null };
  return laes(ctx, { action: "handle:rettelse", objekt: `Anmodning ${reference(row.nr)}` }, () => fraDatabasen("anmodningen", () => rettelseMedHistorik(id)));
}

/** Also used by the inbox, inside its own access check. */
export async function rettelseMedHistorik(id: string): Promise<RettelseVisning | null> {
  const [rettelse] = await db().select().from(rettelser).where(eq(rettelser.id, id));
  if (!rettelse) return null;
  const [haendelser, filer] = await Promise.all([
    db().select().from(rettelseHaendelser).where(eq(rettelseHaendelser.rettelseId, id)).orderBy(asc(rettelseHaendelser.tidspunkt)),
    db().select({ id: bilag.id, filnavn: bilag.filnavn, stoerrelse: bilag.stoerrelse }).from(bilag).where(eq(bilag.ejerId, id)).orderBy(asc(bilag.oprettet)),
  ]);
  return { rettelse, haendelser, bilag: filer };
}

/** An open request for this datum, so the form can point to it instead of starting another. */
export async function aabenForMaal(ctx: DataContext, maal: Maal | string): Promise<{ id: string; nr: number } | null> {
  const [row] = await db()
    .select({ id: rettelser.id, nr: rettelser.nr })
    .from(rettelser)
    .where(and(eq(rettelser.subjektCpr, ctx.subject.cpr), eq(rettelser.maal, typeof maal === "string" ? maal : maalNoegle(maal)), inArray(rettelser.status, ["modtaget", "under-behandling"])));
  return row ?? null;
}

export async function antalAabne(cpr: string): Promise<number> {
  const [row] = await db()
    .select({ n: count() })
    .from(rettelser)
    .where(and(eq(rettelser.subjektCpr, cpr), inArray(rettelser.status, ["modtaget", "under-behandling"])));
  return row?.n ?? 0;
}
