import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import type { Medarbejder } from "@/lib/data/context";
import { db } from "@/lib/db";
import { rettelseHaendelser, rettelser, type RettelseAdresse, type VentendeBeslutning } from "@/lib/db/schema";
import type { AnmodningWire } from "@/lib/fagsystemer/anmodning";
import { opslagPerson, retAdresse } from "@/lib/fagsystemer/cpr/client";
import { formatAdresse } from "@/lib/fagsystemer/cpr/map";
import { erUdelukket, hentBorgersSag, retGrundlagDatum } from "@/lib/fagsystemer/sdi/client";
import { formatDato } from "@/lib/format";
import { sendNu } from "@/lib/post/send-nu";
import { Afvist } from "./borger";
import { DATATILSYNET, HILSEN, koeBrev } from "./breve";
import { forlaengetFrist, kanForlaenges } from "./frist";
import { rettelseUnderPligt, type Rettelse } from "./pligt";
import { erAfgjort, kanGaa, type Afgoerelsestype, type RettelseStatus } from "./status";
import { adresseTekst, reference } from "./tekster";
import { nu } from "@/lib/klokke";

/**
 * The caseworker's decisions on a request. A decision is recorded before the fagsystem is asked
 * to change anything, and finished after: if the server dies in between, the next attempt sees
 * the recorded decision, checks whether the fagsystem already holds the new value, and finishes
 * without correcting twice. Every decision writes the citizen's letter in the same transaction.
 */

async function haendelseFindes(noegle: string): Promise<boolean> {
  const [row] = await db().select({ id: rettelseHaendelser.id }).from(rettelseHaendelser).where(eq(rettelseHaendelser.noegle, noegle));
  return Boolean(row);
}

/** modtaget → under behandling, once, when the caseworker first opens or acts on it. */
export async function paabegynd(r: Rettelse, m: Medarbejder): Promise<void> {
  if (r.status !== "modtaget") return;
  await db().transaction(async (tx) => {
    const [row] = await tx
      .update(rettelser)
      .set({ status: "under-behandling" })
      .where(and(eq(rettelser.id, r.id), eq(rettelser.status, "modtaget")))
      .returning({ id: rettelser.id });
    if (row) await tx.insert(rettelseHaendelser).values({ rettelseId: r.id, type: "under-behandling", afNavn: m.navn, noegle: `${r.id}:under-behandling` });
  });
}

function anmodning(r: Rettelse): AnmodningWire {
  return {
    reference: reference(r.nr),
    part: { navn: r.subjektNavn },
    indsender: { navn: r.indsenderNavn, rolle: r.fuldmagtId ? "fuldmaegtig" : "part", ...(r.fuldmagtId ? { fuldmagtId: r.fuldmagtId } : {}) },
  };
}

const FAGSYSTEM_FEJL = "Rettelsen kunne ikke gemmes i fagsystemet lige nu. Din afgørelse er gemt; tryk på knappen igen om lidt for at gøre den færdig.";

/** Marks the old value wrong and adds the new one in the fagsystem, unless it already holds the new value. */
async function anvendRettelse(r: Rettelse, b: VentendeBeslutning): Promise<string | null> {
  if (r.felt === "cpr.adresse" && b.adresse) {
    const person = await opslagPerson(r.subjektCpr);
    if (!person.ok) return FAGSYSTEM_FEJL;
    if (formatAdresse(person.data.adresse) === adresseTekst(b.adresse)) return null;
    const result = await retAdresse(r.subjektCpr, { ...b.adresse, kommunekode: person.data.adresse.kommunekode }, b.begrundelse, anmodning(r));
    return result.ok ? null : FAGSYSTEM_FEJL;
  }
  if (r.datumId && r.kildeSagId && b.nyVaerdi) {
    const sag = await hentBorgersSag(r.subjektCpr, r.kildeSagId);
    if (!sag.ok) return FAGSYSTEM_FEJL;
    const datum = sag.data && !erUdelukket(sag.data) ? sag.data.afgoerelse?.grundlag.find((g) => g.id === r.datumId) : undefined;
    if (!datum) return "Oplysningen findes ikke længere i sagen, så den kan ikke rettes.";
    if (datum.vaerdi === b.nyVaerdi) return null;
    const result = await retGrundlagDatum(r.datumId, { nyVaerdi: b.nyVaerdi, begrundelse: b.begrundelse, anmodning: anmodning(r) });
    return result.ok ? null : FAGSYSTEM_FEJL;
  }
  return "Der mangler en ny værdi at rette til.";
}

function afgoerelsesbrev(r: Rettelse, b: VentendeBeslutning) {
  const ref = reference(r.nr);
  const start = `Kære ${r.subjektNavn}\n\nDu har bedt os rette oplysningen »${r.betegnelse}« (anmodning ${ref}).`;
  const nyt = b.adresse ? adresseTekst(b.adresse) : (b.nyVaerdi ?? "");
  const tekst: Record<Afgoerelsestype, string> = {
    rettet:
      `${start} Vi har rettet den.\n\nFør stod der: ${r.registreretVaerdi}\nNu står der: ${nyt}\n\n` +
      `Begrundelse: ${b.begrundelse}\n\nDen forkerte oplysning er markeret som forkert og bliver ikke brugt mere. Den er ikke slettet, fordi kommunen skal kunne vise, hvad en afgørelse byggede på.`,
    "indsigelse-noteret":
      `${start} Vi har ikke rettet oplysningen, men vi har skrevet ved den, at du er uenig, og at du mener, at det rigtige er: ${r.rigtigVaerdi}\n\n` +
      `Begrundelse: ${b.begrundelse}\n\n${DATATILSYNET}`,
    afslag: `${start} Vi har besluttet ikke at rette oplysningen.\n\nBegrundelse: ${b.begrundelse}\n\n${DATATILSYNET}`,
  };
  const titel: Record<Afgoerelsestype, string> = {
    rettet: `Vi har rettet oplysningen »${r.betegnelse}«`,
    "indsigelse-noteret": `Din indsigelse er noteret (${ref})`,
    afslag: `Afgørelse: Vi retter ikke oplysningen »${r.betegnelse}«`,
  };
  return { noegle: `rettelse:${r.id}:afgoerelse`, modtagerCpr: r.subjektCpr, titel: titel[b.type], tekst: tekst[b.type] + HILSEN, kategori: "Afgørelse" };
}

export type Beslutning =
  | { type: "rettet"; begrundelse: string; nyVaerdi: string | null; adresse: RettelseAdresse | null }
  | { type: "indsigelse-noteret" | "afslag"; begrundelse: string };

/** Decide a request: correct it, note the objection, or refuse; idempotent under the form's `noegle`. */
export async function afgoer(m: Medarbejder, id: string, beslutning: Beslutning, noegle: string): Promise<void> {
  if (await haendelseFindes(noegle)) return;
  const { rettelse } = await rettelseUnderPligt(m, id);
  if (erAfgjort(rettelse.status as RettelseStatus)) throw new Afvist("Anmodningen er allerede afgjort.");
  await paabegynd(rettelse, m);
  if (!kanGaa("under-behandling", beslutning.type)) throw new Afvist("Den afgørelse kan ikke træffes her.");
  // 1. Record the decision first; one already recorded (an attempt cut short) is the one finished.
  const ny: VentendeBeslutning = {
    type: beslutning.type,
    begrundelse: beslutning.begrundelse,
    nyVaerdi: beslutning.type === "rettet" ? beslutning.nyVaerdi : null,
    adresse: beslutning.type === "rettet" ? beslutning.adresse : null,
    af: m.navn,
  };
  await db().update(rettelser).set({ beslutning: ny }).where(and(eq(rettelser.id, id), isNull(rettelser.beslutning)));
  const [optaget] = await db().select().from(rettelser).where(eq(rettelser.id, id));
  const b = optaget!.beslutning!;
  // 2. The fagsystem.
  if (b.type === "rettet") {
    const fejl = await anvendRettelse(optaget!, b);
    if (fejl) throw new Afvist(fejl);
  }
  // 3. Finish: status, history, letter – together.
  const brev = await db().transaction(async (tx) => {
    const [afgjort] = await tx
      .update(rettelser)
      .set({ status: b.type, afgjort: nu(), beslutning: null })
      .where(and(eq(rettelser.id, id), eq(rettelser.status, "under-behandling")))
      .returning();
    if (!afgjort) return null;
    await tx.insert(rettelseHaendelser).values({ rettelseId: id, type: b.type, tekst: b.begrundelse, afNavn: b.af, noegle });
    return koeBrev(tx, afgoerelsesbrev(afgjort, b));
  });
  if (brev) await sendNu({ log: "breve", noegler: [brev] });
}

/** Two more months (art. 12(3)), with a reason, told to the citizen within the first month. */
export async function forlaengFrist(m: Medarbejder, id: string, begrundelse: string, noegle: string): Promise<void> {
  if (await haendelseFindes(noegle)) return;
  const { rettelse } = await rettelseUnderPligt(m, id);
  if (erAfgjort(rettelse.status as RettelseStatus)) throw new Afvist("Anmodningen er allerede afgjort.");
  if (rettelse.fristForlaenget) throw new Afvist("Fristen er allerede forlænget. Den kan kun forlænges én gang.");
  if (!rettelse.modtaget || !kanForlaenges(rettelse.modtaget, nu())) {
    throw new Afvist("Fristen kan kun forlænges inden for den første måned. Den måned er gået, så anmodningen skal afgøres nu.");
  }
  await paabegynd(rettelse, m);
  const ny = forlaengetFrist(rettelse.modtaget);
  const brev = await db().transaction(async (tx) => {
    const [row] = await tx
      .update(rettelser)
      .set({ fristForlaenget: ny })
      .where(and(eq(rettelser.id, id), isNull(rettelser.fristForlaenget)))
      .returning();
    if (!row) return null;
    await tx.insert(rettelseHaendelser).values({ rettelseId: id, type: "frist-forlaenget", tekst: begrundelse, afNavn: m.navn, noegle });
    return koeBrev(tx, {
      noegle: `rettelse:${id}:frist`,
      modtagerCpr: row.subjektCpr,
      titel: `Vi har brug for mere tid til din anmodning (${reference(row.nr)})`,
      kategori: "Meddelelse",
      tekst:
        `Kære ${row.subjektNavn}\n\nVi kan ikke nå at svare på din anmodning om at rette »${row.betegnelse}« inden den ${formatDato(row.frist!.toISOString())}. ` +
        `Vi forlænger fristen med to måneder, som databeskyttelsesforordningens artikel 12, stk. 3, giver mulighed for. Du får svar senest den ${formatDato(ny.toISOString())}.\n\n` +
        `Begrundelse: ${begrundelse}\n\nEr du uenig i, at vi forlænger fristen, kan du klage til Datatilsynet.` +
        HILSEN,
    });
  });
  if (brev) await sendNu({ log: "breve", noegler: [brev] });
}

/** A message to the citizen on the request; it reaches them as a letter too. */
export async function skrivTilBorger(m: Medarbejder, id: string, tekst: string, noegle: string): Promise<void> {
  if (await haendelseFindes(noegle)) return;
  const { rettelse } = await rettelseUnderPligt(m, id);
  await paabegynd(rettelse, m);
  const brev = await db().transaction(async (tx) => {
    const [h] = await tx.insert(rettelseHaendelser).values({ rettelseId: id, type: "besked", tekst, afNavn: m.navn, noegle }).onConflictDoNothing().returning();
    if (!h) return null;
    return koeBrev(tx, {
      noegle: `rettelse:${id}:besked:${h.id}`,
      modtagerCpr: rettelse.subjektCpr,
      titel: `Besked om din anmodning ${reference(rettelse.nr)}`,
      kategori: "Meddelelse",
      tekst: `Kære ${rettelse.subjektNavn}\n\n${m.navn} har skrevet til dig om din anmodning om at rette »${rettelse.betegnelse}«:\n\n${tekst}` + HILSEN,
    });
  });
  if (brev) await sendNu({ log: "breve", noegler: [brev] });
}

