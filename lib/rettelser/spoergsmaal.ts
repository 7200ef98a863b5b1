import "server-only";
import { and, eq, isNotNull, isNull } from "drizzle-orm";
import { fraDatabasen, laes, subjektNoegle, type Adgang, type DataContext } from "@/lib/data/access";
import type { Medarbejder } from "@/lib/data/context";
import { db } from "@/lib/db";
import { adgangslog, spoergsmaal, spoergsmaalBehandling } from "@/lib/db/schema";
import { hentSagsbehandler } from "@/lib/fagsystemer/organisation/client";
import { hentSagsAnsvar } from "@/lib/fagsystemer/sdi/client";
import { formatTidspunkt } from "@/lib/format";
import { sendNu } from "@/lib/post/send-nu";
import { Afvist } from "./borger";
import { HILSEN, koeBrev } from "./breve";
import { kendtSvar, PORTALEN } from "./kendt-svar";
import { pligtFor } from "./pligt";
import { nu } from "@/lib/klokke";

/**
 * "Spørg hvorfor" questions about a caseworker's read go to the sag's caseworker; reads the person
 * allowed themselves are answered at once from the portal's records (kendt-svar.ts). The log holds
 * only a pseudonym, so the person's CPR number and name are kept beside the question here, for the
 * caseworker's basis and the answer letter.
 */
async function ejer(logpost: { grundlagType: string; grundlagId: string }): Promise<{ id: string | null; navn: string | null; sagId: string | null }> {
  if (logpost.grundlagType !== "sagsbehandler") return { id: null, navn: null, sagId: null };
  const ansvar = await hentSagsAnsvar(logpost.grundlagId);
  const behandlerId = ansvar.ok ? (ansvar.data?.behandlerId ?? null) : null;
  const person = behandlerId ? await hentSagsbehandler(behandlerId) : null;
  return { id: behandlerId, navn: person?.ok ? (person.data?.navn ?? null) : null, sagId: logpost.grundlagId };
}

/** Routes the person's question about one of their own log entries; asking again changes nothing. */
export async function fordelSpoergsmaal(ctx: DataContext, logpostId: string): Promise<void> {
  const [post] = await db()
    .select({ id: adgangslog.id, grundlagType: adgangslog.grundlagType, grundlagId: adgangslog.grundlagId, aktoerNavn: adgangslog.aktoerNavn })
    .from(adgangslog)
    .where(and(eq(adgangslog.id, logpostId), eq(adgangslog.subjektNoegle, subjektNoegle(ctx.subject.cpr))));
  if (!post) return;
  const svar = await kendtSvar(post);
  if (svar) {
    await db().transaction(async (tx) => {
      const [ny] = await tx
        .insert(spoergsmaalBehandling)
        .values({ spoergsmaalId: post.id, subjektCpr: ctx.subject.cpr, subjektNavn: ctx.subject.navn, svar, besvaret: nu(), besvaretAf: PORTALEN })
        .onConflictDoNothing()
        .returning();
      if (ny) await tx.update(spoergsmaal).set({ status: "besvaret" }).where(eq(spoergsmaal.id, post.id));
    });
    return;
  }
  const e = await ejer(post);
  await db()
    .insert(spoergsmaalBehandling)
    .values({ spoergsmaalId: post.id, subjektCpr: ctx.subject.cpr, subjektNavn: ctx.subject.navn, ansvarligId: e.id, ansvarligNavn: e.navn, sagId: e.sagId })
    .onConflictDoNothing();
}

/** Questions asked while SDI could not say who handles the sag: routed now, a few at a time. */
export async function fordelVentendeSpoergsmaal(): Promise<void> {
  const ventende = await db()
    .select()
    .from(spoergsmaalBehandling)
    .where(and(isNull(spoergsmaalBehandling.ansvarligId), isNotNull(spoergsmaalBehandling.sagId), isNull(spoergsmaalBehandling.besvaret)))
    .limit(10);
  for (const v of ventende) {
    const e = await ejer({ grundlagType: "sagsbehandler", grundlagId: v.sagId! });
    if (e.id) {
      await db()
        .update(spoergsmaalBehandling)
        .set({ ansvarligId: e.id, ansvarligNavn: e.navn })
        .where(and(eq(spoergsmaalBehandling.spoergsmaalId, v.spoergsmaalId), isNull(spoergsmaalBehandling.ansvarligId)));
    }
  }
}

export type SpoergsmaalVisning = {
  id: string;
  tekst: string;
  frist: Date;
  oprettet: Date;
  svar: string | null;
  besvaret: Date | null;
  logpost: { tidspunkt: Date; aktoerNavn: string; objekt: string; formaal: string; kategori: string };
};

async function underPligt(m: Medarbejder, id: string) {
  const [b] = await db().select().from(spoergsmaalBehandling).where(eq(spoergsmaalBehandling.spoergsmaalId, id));
  if (!b || b.ansvarligId !== m.medarbejderId) return null;
  const ctx = await pligtFor(m, { cpr: b.subjektCpr, navn: b.subjektNavn }, b.sagId);
  return ctx ? { b, ctx } : null;
}

/** The question and the log entry it is about, read under the caseworker's duty for the sag (logged). */
export async function aabnSpoergsmaal(m: Medarbejder, id: string): Promise<Adgang<SpoergsmaalVisning | null>> {
  const pligt = await underPligt(m, id);
  if (!pligt) return { ok: true, data: null };
  return laes(pligt.ctx, { action: "se:sager", objekt: "Dit spørgsmål om, hvem der har set dine data", sagId: pligt.b.sagId! }, () =>
    fraDatabasen("spørgsmålet", async () => {
      const [row] = await db()
        .select({ s: spoergsmaal, l: adgangslog })
        .from(spoergsmaal)
        .innerJoin(adgangslog, eq(adgangslog.id, spoergsmaal.logpostId))
        .where(eq(spoergsmaal.id, id));
      if (!row) return null;
      const { s, l } = row;
      return {
        id,
        tekst: s.tekst,
        frist: s.frist,
        oprettet: s.oprettet,
        svar: pligt.b.svar,
        besvaret: pligt.b.besvaret,
        logpost: { tidspunkt: l.tidspunkt, aktoerNavn: l.aktoerNavn, objekt: l.objekt, formaal: l.formaal, kategori: l.kategori },
      };
    }),
  );
}

/** The answer shows beside the entry in the person's log and reaches them as a letter. Answering twice keeps the first. */
export async function besvarSpoergsmaal(m: Medarbejder, id: string, svar: string): Promise<void> {
  const pligt = await underPligt(m, id);
  if (!pligt) throw new Afvist("Du behandler ikke det spørgsmål.");
  const [s] = await db().select().from(spoergsmaal).where(eq(spoergsmaal.id, id));
  const [l] = s ? await db().select().from(adgangslog).where(eq(adgangslog.id, s.logpostId)) : [];
  if (!s || !l) throw new Afvist("Spørgsmålet findes ikke længere.");
  const brev = await db().transaction(async (tx) => {
    const [row] = await tx
      .update(spoergsmaalBehandling)
      .set({ svar, besvaret: nu(), besvaretAf: m.navn })
      .where(and(eq(spoergsmaalBehandling.spoergsmaalId, id), isNull(spoergsmaalBehandling.besvaret)))
      .returning();
    if (!row) return null;
    await tx.update(spoergsmaal).set({ status: "besvaret" }).where(eq(spoergsmaal.id, id));
    return koeBrev(tx, {
      noegle: `spoergsmaal:${id}:svar`,
      modtagerCpr: row.subjektCpr,
      titel: "Svar på dit spørgsmål om, hvem der har set dine data",
      kategori: "Svar",
      tekst:
        `Kære ${row.subjektNavn}\n\nDu har spurgt, hvorfor ${l.aktoerNavn} så dine data ${formatTidspunkt(l.tidspunkt)} (${l.objekt}). ` +
        `${m.navn} svarer:\n\n${svar}\n\nDu kan også se svaret ud for linjen under »Hvem har set mine data« i Mine Data.` +
        HILSEN,
    });
  });
  if (brev) await sendNu({ log: "breve", noegler: [brev] });
}
