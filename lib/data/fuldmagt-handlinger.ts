import "server-only";
import type { z } from "zod";
import { appendLogEntry } from "@/lib/access/log";
import type { DenyReason } from "@/lib/access/policy";
import { db } from "@/lib/db";
import { foedselsdatoFraCpr } from "@/lib/domain/person";
import { soegPerson } from "@/lib/fagsystemer/cpr/client";
import { slutAfDag, startAfDag } from "@/lib/fuldmagt/datoer";
import { tjekRegler } from "@/lib/fuldmagt/regler";
import { isoDato, type fuldmagtInput, type godkendInput, type papirInput } from "@/lib/fuldmagt/schema";
import { findFuldmagt, opret, skift, type FuldmagtRaekke } from "@/lib/fuldmagt/store";
import { nu } from "@/lib/klokke";
import { sendNu } from "@/lib/post/send-nu";
import { recordDenial, subjektNoegle, type DataContext } from "./access";
import type { Medarbejder } from "./context";
import { tryAttempt } from "./rate-limit";

/**
 * Giving, requesting, approving, declining and revoking fuldmagter, and registering one from
 * paper. Each checks the one rule table, changes the state with its letters in one transaction,
 * and is safe under a double submit. The server action wrapper has already checked that the
 * context may do `handle:fuldmagt` (only the person themself may).
 */

export type Fejl = Record<string, string>;
export type Person = { cpr: string; navn: string; foedselsdato: string };
export type Udfald<T> = { ok: true; data: T } | { ok: false; fejl: Fejl };

/** Looking people up by name and birth date is limited, so nobody can map who exists. */
const OPSLAG_PR_10_MIN = 20;

const CPR_NEDE: Fejl = { _form: "Vi kan ikke slå personen op i CPR lige nu. Prøv igen om lidt." };

/** The person named by name and birth date, through CPR; a field error when nobody (or several) match. */
async function find(
  ctx: { actor: { navn: string } } & Pick<DataContext, "subject">,
  navn: string,
  foedt: { dag: string; maaned: string; aar: string },
  felt: string,
): Promise<{ ok: true; person: Person & { doed: boolean } } | { ok: false; fejl: Fejl; ukendt?: true; flere?: true }> {
  const foedselsdato = isoDato(Number(foedt.aar), Number(foedt.maaned), Number(foedt.dag));
  if (!foedselsdato) return { ok: false, fejl: { [felt ? `${felt}Dag` : "dag"]: "Datoen findes ikke. Tjek dag, måned og år." } };
  if (!(await tryAttempt(db(), `cpr-soeg:${subjektNoegle(ctx.subject.cpr)}`, OPSLAG_PR_10_MIN, 600))) {
    return { ok: false, fejl: { _form: "Du har søgt efter mange personer på kort tid. Vent 10 minutter, og prøv igen." } };
  }
  const found = await soegPerson(navn, foedselsdato);
  if (!found.ok) return { ok: false, fejl: CPR_NEDE };
  if (found.data.length === 1) return { ok: true, person: { ...found.data[0]!, foedselsdato } };
  return found.data.length === 0 ? { ok: false, fejl: {}, ukendt: true } : { ok: false, fejl: {}, flere: true };
}

export type Opsummering = {
  giver: { navn: string; foedselsdato: string };
  fuldmaegtig: { navn: string; foedselsdato: string };
  privilegier: string[];
  sidsteDag: string;
};

type Vurderet = Udfald<{ giver: Person; fuldmaegtig: Person; opsummering: Opsummering }>;

/**
 * Checks a give or a request against CPR and the rule table. For a give the context's person is
 * the giver and names the holder; for a request the context's person is the holder and names the giver.
 */
async function vurder(ctx: DataContext, input: z.infer<typeof fuldmagtInput>, rolle: "giver" | "anmoder"): Promise<Vurderet> {
  const mig: Person = { cpr: ctx.subject.cpr, navn: ctx.subject.navn, foedselsdato: foedselsdatoFraCpr(ctx.subject.cpr) };
  const anden = await find(ctx, input.navn, input, "");
  if (!anden.ok && Object.keys(anden.fejl).length > 0) return { ok: false, fejl: anden.fejl };
  const andenPerson = anden.ok ? anden.person : null;
  const now = nu();
  const giver = rolle === "giver" ? { ...mig, doed: false } : andenPerson;
  const fuldmaegtig = rolle === "giver" ? andenPerson : { ...mig, doed: false };
  const fejl = tjekRegler({
    rolle,
    idag: now,
    giver,
    fuldmaegtig: fuldmaegtig && { cpr: fuldmaegtig.cpr, doed: fuldmaegtig.doed },
    flereFundet: !anden.ok && Boolean(anden.flere),
    privilegier: input.privilegier,
    gyldigFra: now,
    gyldigTil: slutAfDag(input.gyldigTil),
  });
  if (Object.keys(fejl).length > 0 || !giver || !fuldmaegtig) return { ok: false, fejl };
  return {
    ok: true,
    data: {
      giver,
      fuldmaegtig,
      opsummering: {
        giver: { navn: giver.navn, foedselsdato: giver.foedselsdato },
        fuldmaegtig: { navn: fuldmaegtig.navn, foedselsdato: fuldmaegtig.foedselsdato },
        privilegier: input.privilegier,
        sidsteDag: input.gyldigTil,
      },
    },
  };
}

/** This fuldmagt's letters only: other people's waiting letters go with the sweep, not on this person's time. */
const egneBreve = (fuldmagtId: string) => ({ log: "fuldmagt", praefiks: `fuldmagt:${fuldmagtId}:` });

export type Oprettet = { trin: "tjek"; opsummering: Opsummering } | { trin: "oprettet"; id: string };

/** Give (the giver names the holder) or request (the holder names the giver): "Tjek dine svar", then create. */
export async function opretFuldmagt(ctx: DataContext, input: z.infer<typeof fuldmagtInput>, rolle: "giver" | "anmoder"): Promise<Udfald<Oprettet>> {
  const vurderet = await vurder(ctx, input, rolle);
  if (!vurderet.ok) return vurderet;
  const { giver, fuldmaegtig, opsummering } = vurderet.data;
  if (input.trin === "tjek") return { ok: true, data: { trin: "tjek", opsummering } };
  const now = nu();
  const gyldigTil = slutAfDag(input.gyldigTil);
  const { fuldmagt } = await opret(
    db(),
    {
      giverCpr: giver.cpr,
      giverNavn: giver.navn,
      fuldmaegtigCpr: fuldmaegtig.cpr,
      fuldmaegtigNavn: fuldmaegtig.navn,
      privilegier: input.privilegier,
      status: rolle === "giver" ? "aktiv" : "anmodet",
      oprindelse: rolle === "giver" ? "givet" : "anmodet",
      anmodetPrivilegier: rolle === "anmoder" ? input.privilegier : null,
      anmodetTil: rolle === "anmoder" ? gyldigTil : null,
      gyldigFra: now,
      gyldigTil,
      formNoegle: input.noegle,
    },
    rolle === "giver" ? "givet" : "anmodet",
  );
  await sendNu(egneBreve(fuldmagt.id));
  return { ok: true, data: { trin: "oprettet", id: fuldmagt.id } };
}

const IKKE_FUNDET: Fejl = { _form: "Vi kunne ikke finde fuldmagten. Den kan være slettet fra listen, eller linket er forkert." };

/** The fuldmagt if this person is the right party to it; otherwise the refusal is recorded. */
async function somPart(ctx: DataContext, id: string, part: "giver" | "begge"): Promise<FuldmagtRaekke | null> {
  const f = await findFuldmagt(db(), id);
  const cpr = ctx.subject.cpr;
  const ok = f && (f.giverCpr === cpr || (part === "begge" && f.fuldmaegtigCpr === cpr));
  if (!ok) await recordDenial(ctx, "handle:fuldmagt", "forkert-person");
  return ok ? f : null;
}

/** What a late or repeated answer is told, and recorded as: the fuldmagt has moved on already. */
async function alleredeBesvaret(ctx: DataContext, f: FuldmagtRaekke): Promise<Udfald<never>> {
  const reason: DenyReason = f.status === "tilbagekaldt" ? "tilbagekaldt" : f.status === "ophoert" ? "udloebet" : "ikke-aktiv";
  await recordDenial(ctx, "handle:fuldmagt", reason);
  const tekst = {
    anmodet: "Anmodningen venter stadig på svar.",
    aktiv: "Anmodningen er allerede godkendt.",
    afvist: "Anmodningen er allerede afvist.",
    tilbagekaldt: "Fuldmagten er allerede ophævet.",
    ophoert: "Fuldmagten er allerede ophørt.",
  }[f.status];
  return { ok: false, fejl: { _form: `${tekst} Der er ikke ændret noget.` } };
}

/** The giver says yes to a request, possibly with fewer privileges or an earlier end. */
export async function godkend(ctx: DataContext, input: z.infer<typeof godkendInput>): Promise<Udfald<{ id: string }>> {
  const f = await somPart(ctx, input.fuldmagtId, "giver");
  if (!f) return { ok: false, fejl: IKKE_FUNDET };
  if (f.status !== "anmodet") return alleredeBesvaret(ctx, f);
  const now = nu();
  const gyldigTil = slutAfDag(input.gyldigTil);
  const fejl = tjekRegler({
    rolle: "giver",
    idag: now,
    giver: { cpr: f.giverCpr, foedselsdato: foedselsdatoFraCpr(f.giverCpr), doed: false },
    fuldmaegtig: { cpr: f.fuldmaegtigCpr, doed: false },
    privilegier: input.privilegier,
    gyldigFra: now,
    gyldigTil,
    anmodet: { privilegier: f.anmodetPrivilegier ?? f.privilegier, gyldigTil: f.anmodetTil ?? f.gyldigTil },
  });
  if (Object.keys(fejl).length > 0) return { ok: false, fejl };
  const row = await skift(db(), f.id, ["anmodet"], { status: "aktiv", privilegier: input.privilegier, gyldigFra: now, gyldigTil, besvaret: now }, "godkendt");
  if (!row) return alleredeBesvaret(ctx, (await findFuldmagt(db(), f.id))!);
  await sendNu(egneBreve(f.id));
  return { ok: true, data: { id: f.id } };
}

export async function afvis(ctx: DataContext, id: string): Promise<Udfald<{ id: string }>> {
  const f = await somPart(ctx, id, "giver");
  if (!f) return { ok: false, fejl: IKKE_FUNDET };
  const row = await skift(db(), f.id, ["anmodet"], { status: "afvist", besvaret: nu() }, "afvist");
  if (!row) return alleredeBesvaret(ctx, (await findFuldmagt(db(), f.id))!);
  await sendNu(egneBreve(f.id));
  return { ok: true, data: { id: f.id } };
}

/** Either party ends a fuldmagt (or withdraws a request) at once. */
export async function tilbagekald(ctx: DataContext, id: string): Promise<Udfald<{ id: string }>> {
  const f = await somPart(ctx, id, "begge");
  if (!f) return { ok: false, fejl: IKKE_FUNDET };
  const af = f.giverCpr === ctx.subject.cpr ? "giver" : "fuldmaegtig";
  const row = await skift(db(), f.id, ["aktiv", "anmodet"], { status: "tilbagekaldt", tilbagekaldt: nu(), tilbagekaldtAf: af }, "tilbagekaldt", { tilbagekaldtAf: af });
  if (!row) return alleredeBesvaret(ctx, (await findFuldmagt(db(), f.id))!);
  await sendNu(egneBreve(f.id));
  return { ok: true, data: { id: f.id } };
}

/**
 * A betroet medarbejder registers a fuldmagt the giver signed on paper: both persons through CPR,
 * the same rules, the reference to the signed paper, and an entry in the giver's log saying who
 * registered it.
 */
export async function registrerPapir(medarbejder: Medarbejder, input: z.infer<typeof papirInput>): Promise<Udfald<Oprettet>> {
  const staffCtx = { actor: medarbejder, subject: { cpr: medarbejder.medarbejderId, navn: medarbejder.navn } };
  const giverFundet = await find(staffCtx, input.giverNavn, { dag: input.giverDag, maaned: input.giverMaaned, aar: input.giverAar }, "giver");
  if (!giverFundet.ok && Object.keys(giverFundet.fejl).length > 0) return { ok: false, fejl: giverFundet.fejl };
  if (!giverFundet.ok) {
    return { ok: false, fejl: { giverNavn: giverFundet.flere ? "Der er flere personer med det navn og den fødselsdato. Brug sagens CPR-opslag i fagsystemet." : "Vi kan ikke finde giveren med det navn og den fødselsdato." } };
  }
  const holder = await find(staffCtx, input.navn, input, "");
  if (!holder.ok && Object.keys(holder.fejl).length > 0) return { ok: false, fejl: holder.fejl };
  const giver = giverFundet.person;
  const fuldmaegtig = holder.ok ? holder.person : null;
  const now = nu();
  const gyldigFra = startAfDag(input.gyldigFra);
  const gyldigTil = slutAfDag(input.gyldigTil);
  const fejl = tjekRegler({
    rolle: "papir",
    idag: now,
    giver,
    fuldmaegtig: fuldmaegtig && { cpr: fuldmaegtig.cpr, doed: fuldmaegtig.doed },
    flereFundet: !holder.ok && Boolean(holder.flere),
    privilegier: input.privilegier,
    gyldigFra,
    gyldigTil,
  });
  if (Object.keys(fejl).length > 0 || !fuldmaegtig) return { ok: false, fejl };
  const opsummering: Opsummering = {
    giver: { navn: giver.navn, foedselsdato: giver.foedselsdato },
    fuldmaegtig: { navn: fuldmaegtig.navn, foedselsdato: fuldmaegtig.foedselsdato },
    privilegier: input.privilegier,
    sidsteDag: input.gyldigTil,
  };
  if (input.trin === "tjek") return { ok: true, data: { trin: "tjek", opsummering } };
  const { fuldmagt, ny } = await opret(
    db(),
    {
      giverCpr: giver.cpr,
      giverNavn: giver.navn,
      fuldmaegtigCpr: fuldmaegtig.cpr,
      fuldmaegtigNavn: fuldmaegtig.navn,
      privilegier: input.privilegier,
      status: "aktiv",
      oprindelse: "papir",
      gyldigFra,
      gyldigTil,
      papirReference: input.papirReference,
      registreretAfId: medarbejder.medarbejderId,
      registreretAfNavn: medarbejder.navn,
      formNoegle: input.noegle,
    },
    "papir",
  );
  if (ny) {
    await appendLogEntry(db(), {
      subjektNoegle: subjektNoegle(giver.cpr),
      tidspunkt: now,
      aktoerNavn: medarbejder.navn,
      aktoerOrganisation: `Korsbæk Kommune, ${medarbejder.enhed}`,
      aktoerRolle: "Betroet medarbejder",
      grundlagType: "fuldmagt",
      grundlagId: fuldmagt.id,
      kategori: "handle:fuldmagt",
      objekt: `Registrerede din fuldmagt på papir til ${fuldmaegtig.navn}`,
      formaal: "Din fuldmagt på papir skulle registreres",
    });
  }
  await sendNu(egneBreve(fuldmagt.id));
  return { ok: true, data: { trin: "oprettet", id: fuldmagt.id } };
}
