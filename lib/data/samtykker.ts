import "server-only";
import { addMonths } from "date-fns";
import { and, desc, eq } from "drizzle-orm";
import type { z } from "zod";
import { db } from "@/lib/db";
import { adgangslog } from "@/lib/db/schema";
import { parvisPseudonym } from "@/lib/deling/pseudonym";
import { idagIso, sidsteDag } from "@/lib/fuldmagt/datoer";
import { TIDLIGERE_MAANEDER } from "@/lib/fuldmagt/schema";
import { findFuldmagt } from "@/lib/fuldmagt/store";
import { nu } from "@/lib/klokke";
import { fuldmagtKvittering, samtykkeKvittering } from "@/lib/kvittering/dpv";
import { signer } from "@/lib/kvittering/jws";
import { sendNu } from "@/lib/post/send-nu";
import { aarValg, FORMAAL, handlinger, MAKS_DAGE, omfangTekst, samtykkeStatusTekst, type Formaal, type OmfangElement, type SamtykkeStatus } from "@/lib/samtykke/kategorier";
import { vurderDeling } from "@/lib/samtykke/regler";
import type { delingFelter } from "@/lib/samtykke/schema";
import {
  efterseSamtykker,
  findSamtykke,
  forBorger,
  modtagere,
  opretSamtykke,
  samtykkeStatus,
  tilbagekaldSamtykke,
  type SamtykkeRaekke,
} from "@/lib/samtykke/store";
import { fraDatabasen, laes, recordDenial, subjektNoegle, type Adgang, type DataContext } from "./access";

/** A sharing samtykke as its giver sees it: no CPR numbers, the recipient by name and CVR. */
export type SamtykkeVisning = {
  id: string;
  modtagerNavn: string;
  modtagerCvr: string;
  formaal: string;
  omfang: string[];
  engangs: boolean;
  status: SamtykkeStatus;
  statusTekst: string;
  oprettet: string;
  sidsteDag: string;
  forbrugt: string | null;
  tilbagekaldt: string | null;
};

export function samtykkeVisning(s: SamtykkeRaekke, now: Date): SamtykkeVisning {
  const status = samtykkeStatus(s, now);
  return {
    id: s.id,
    modtagerNavn: s.modtagerNavn,
    modtagerCvr: s.modtagerCvr,
    formaal: FORMAAL[s.formaal as Formaal]?.titel ?? s.formaal,
    omfang: (s.omfang as OmfangElement[]).map(omfangTekst),
    engangs: s.engangs,
    status,
    statusTekst: samtykkeStatusTekst[status],
    oprettet: s.oprettet.toISOString(),
    sidsteDag: sidsteDag(s.gyldigTil),
    forbrugt: s.forbrugt?.toISOString() ?? null,
    tilbagekaldt: s.tilbagekaldt?.toISOString() ?? null,
  };
}

/**
 * The person's sharing samtykker: those that apply and those ended within 15 months. Only the
 * person may see or change them (`handle:samtykke` is never delegated); reading brings lapses and
 * their letters up to date for this person.
 */
export function mineDelingssamtykker(ctx: DataContext): Promise<Adgang<{ aktive: SamtykkeVisning[]; tidligere: SamtykkeVisning[] }>> {
  return laes(ctx, { action: "handle:samtykke", objekt: "Dine samtykker" }, () =>
    fraDatabasen("samtykkerne", async () => {
      const now = nu();
      await efterseSamtykker(db(), now, ctx.subject.cpr);
      const rows = (await forBorger(db(), ctx.subject.cpr, addMonths(now, -TIDLIGERE_MAANEDER))).map((s) => samtykkeVisning(s, now));
      return { aktive: rows.filter((s) => s.status === "aktiv"), tidligere: rows.filter((s) => s.status !== "aktiv") };
    }),
  );
}

/** One of the person's own samtykker; anything else is "not found". */
export function etDelingssamtykke(ctx: DataContext, id: string): Promise<Adgang<SamtykkeVisning | null>> {
  return laes(ctx, { action: "handle:samtykke", objekt: "Et samtykke" }, () =>
    fraDatabasen("samtykket", async () => {
      const s = await findSamtykke(db(), id);
      return s && s.borgerCpr === ctx.subject.cpr ? samtykkeVisning(s, nu()) : null;
    }),
  );
}

/** What the form offers: the registered recipients, the years and the dates. */
export async function delingFormular() {
  const now = nu();
  const iAar = Number(idagIso(now).slice(0, 4));
  return fraDatabasen("modtagerne", async () => ({
    modtagere: await modtagere(db()),
    aar: aarValg(iAar),
    minDato: idagIso(new Date(now.getTime() + 86_400_000)),
    maksDato: idagIso(new Date(now.getTime() + MAKS_DAGE * 86_400_000)),
  }));
}

export type DelingOpsummering = { modtager: string; formaal: string; omfang: string[]; engangs: boolean; sidsteDag: string };
type Fejl = Record<string, string>;
export type DelingUdfald = { ok: true; trin: "tjek"; opsummering: DelingOpsummering } | { ok: true; trin: "oprettet"; id: string } | { ok: false; fejl: Fejl };

/** This samtykke's letters only: other people's waiting letters go with the sweep, not on this person's time. */
const egneBreve = (samtykkeId: string) => ({ log: "samtykke", praefiks: `samtykke:${samtykkeId}:` });

/** Give a samtykke: the rules, "Tjek dine svar", then one samtykke and one letter, even under a double submit. */
export async function givDelingssamtykke(ctx: DataContext, input: z.infer<typeof delingFelter>): Promise<DelingUdfald> {
  const modtager = (await modtagere(db())).find((m) => m.klientId === input.modtager);
  const now = nu();
  const vurdering = vurderDeling(input, now);
  const fejl: Fejl = vurdering.ok ? {} : { ...vurdering.fejl };
  if (!modtager) fejl.modtager = "Vælg, hvem der skal have oplysningerne";
  if (!vurdering.ok || !modtager) return { ok: false, fejl };
  const opsummering: DelingOpsummering = {
    modtager: modtager.navn,
    formaal: FORMAAL[input.formaal].titel,
    omfang: vurdering.omfang.map(omfangTekst),
    engangs: input.varighed === "engangs",
    sidsteDag: vurdering.sidsteDag,
  };
  if (input.trin !== "bekraeft") return { ok: true, trin: "tjek", opsummering };
  const s = await opretSamtykke(db(), {
    borgerCpr: ctx.subject.cpr,
    borgerNavn: ctx.subject.navn,
    modtagerNavn: modtager.navn,
    modtagerCvr: modtager.cvr,
    data: handlinger(vurdering.omfang),
    omfang: vurdering.omfang,
    formaal: input.formaal,
    engangs: input.varighed === "engangs",
    gyldigFra: now,
    gyldigTil: vurdering.gyldigTil,
    formNoegle: input.noegle,
  });
  await sendNu(egneBreve(s.id));
  return { ok: true, trin: "oprettet", id: s.id };
}

/** Revoke at once; a second press changes nothing and says so. */
export async function tilbagekaldDelingssamtykke(ctx: DataContext, id: string): Promise<{ ok: true; id: string } | { ok: false; fejl: string }> {
  const s = await findSamtykke(db(), id);
  if (!s || s.borgerCpr !== ctx.subject.cpr) {
    await recordDenial(ctx, "handle:samtykke", "forkert-person");
    return { ok: false, fejl: "Vi kunne ikke finde samtykket." };
  }
  const row = await tilbagekaldSamtykke(db(), id, ctx.subject.cpr, nu());
  if (!row) return { ok: false, fejl: "Samtykket er allerede trukket tilbage. Der er ikke ændret noget." };
  await sendNu(egneBreve(id));
  return { ok: true, id };
}

/** The signed DPV receipt of one of the person's own samtykker. */
export function samtykkeKvitteringJws(ctx: DataContext, id: string): Promise<Adgang<string | null>> {
  return laes(ctx, { action: "handle:samtykke", objekt: "Kvittering for et samtykke" }, () =>
    fraDatabasen("kvitteringen", async () => {
      const s = await findSamtykke(db(), id);
      if (!s || s.borgerCpr !== ctx.subject.cpr) return null;
      return signer(samtykkeKvittering(s, parvisPseudonym(s.borgerCpr, s.modtagerCvr), nu()));
    }),
  );
}

/** The signed DPV receipt of a fuldmagt the person is a party to (giver or holder). */
export function fuldmagtKvitteringJws(ctx: DataContext, id: string): Promise<Adgang<string | null>> {
  return laes(ctx, { action: "se:fuldmagter", objekt: "Kvittering for en fuldmagt" }, () =>
    fraDatabasen("kvitteringen", async () => {
      const f = await findFuldmagt(db(), id);
      const cpr = ctx.subject.cpr;
      if (!f || (f.giverCpr !== cpr && f.fuldmaegtigCpr !== cpr)) return null;
      return signer(fuldmagtKvittering(f, parvisPseudonym(f.giverCpr, "fuldmagt"), nu()));
    }),
  );
}

export type Hentet = { id: string; tidspunkt: string; objekt: string };

/** What the recipient has fetched under one samtykke: the giver's log entries on that basis. */
export function hentetUnderSamtykke(ctx: DataContext, samtykkeId: string): Promise<Adgang<Hentet[]>> {
  return laes(ctx, { action: "se:log", objekt: "Det, modtageren har hentet" }, () =>
    fraDatabasen("loggen", async () => {
      const rows = await db()
        .select({ id: adgangslog.id, tidspunkt: adgangslog.tidspunkt, objekt: adgangslog.objekt })
        .from(adgangslog)
        .where(and(eq(adgangslog.subjektNoegle, subjektNoegle(ctx.subject.cpr)), eq(adgangslog.grundlagType, "samtykke"), eq(adgangslog.grundlagId, samtykkeId)))
        .orderBy(desc(adgangslog.tidspunkt), desc(adgangslog.nr))
        .limit(100);
      return rows.map((r) => ({ ...r, tidspunkt: r.tidspunkt.toISOString() }));
    }),
  );
}
