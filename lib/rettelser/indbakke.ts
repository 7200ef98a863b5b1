import "server-only";
import { and, count, eq, inArray, isNull, sql } from "drizzle-orm";
import { fraDatabasen, laes, type Adgang } from "@/lib/data/access";
import type { Medarbejder } from "@/lib/data/context";
import { db } from "@/lib/db";
import { rettelser, sagTilfoejelser, spoergsmaal, spoergsmaalBehandling } from "@/lib/db/schema";
import { opslagPerson } from "@/lib/fagsystemer/cpr/client";
import { formatAdresse } from "@/lib/fagsystemer/cpr/map";
import type { Result } from "@/lib/fagsystemer/http";
import { erUdelukket, hentBorgersSag } from "@/lib/fagsystemer/sdi/client";
import { sendNu } from "@/lib/post/send-nu";
import { paabegynd } from "./afgoerelse";
import { rettelseMedHistorik, type RettelseVisning } from "./borger";
import { fordelRettelse } from "./fordeling";
import { gaeldendeFrist, overskredet } from "./frist";
import { pligtFor } from "./pligt";
import { fordelVentendeSpoergsmaal } from "./spoergsmaal";
import { reference } from "./tekster";
import { nu } from "@/lib/klokke";

/**
 * The caseworker inbox: requests, questions and own additions routed to this caseworker, ordered
 * by deadline, the overdue ones first and marked. The list names what and when, not who: the
 * person's name and data appear only when the caseworker opens an item, and that read is logged
 * in the person's log under the caseworker's duty for the sag.
 */
export type IndbakkePost = {
  art: "rettelse" | "spoergsmaal" | "tilfoejelse";
  id: string;
  titel: string;
  modtaget: Date;
  frist: Date | null;
  overskredet: boolean;
  status: string;
};

/**
 * Requests without a caseworker – received while SDI was down, or on a sag nobody was named on
 * yet – are routed again on each inbox visit (questions too), so a
 * caseworker named later gets them before the deadline passes.
 */
async function fordelVentende(): Promise<void> {
  const ufordelte = await db()
    .select()
    .from(rettelser)
    .where(and(isNull(rettelser.ansvarligId), inArray(rettelser.status, ["modtaget", "under-behandling"])))
    // A few per visit keeps the inbox fast (routing a CPR field reads the person's sager in detail);
    // picked at random, so requests nobody can take yet do not block the others.
    .orderBy(sql`random()`)
    .limit(3);
  for (const r of ufordelte) {
    const fordeling = await fordelRettelse(r);
    if (fordeling?.ansvarligId) await db().update(rettelser).set(fordeling).where(and(eq(rettelser.id, r.id), isNull(rettelser.ansvarligId)));
  }
}

export async function indbakke(m: Medarbejder): Promise<{ poster: IndbakkePost[]; ufordelte: number }> {
  await Promise.all([fordelVentende(), fordelVentendeSpoergsmaal()]);
  // Letters a crash or a Digital Post outage held back go out now.
  await sendNu({ log: "breve", maks: 10 });
  const naa = nu();
  const [rs, qs, ts, [ufordelte]] = await Promise.all([
    db()
      .select()
      .from(rettelser)
      .where(and(eq(rettelser.ansvarligId, m.medarbejderId), inArray(rettelser.status, ["modtaget", "under-behandling"]))),
    db()
      .select({ id: spoergsmaal.id, frist: spoergsmaal.frist, oprettet: spoergsmaal.oprettet })
      .from(spoergsmaalBehandling)
      .innerJoin(spoergsmaal, eq(spoergsmaal.id, spoergsmaalBehandling.spoergsmaalId))
      .where(and(eq(spoergsmaalBehandling.ansvarligId, m.medarbejderId), isNull(spoergsmaalBehandling.besvaret))),
    db()
      .select({ id: sagTilfoejelser.id, oprettet: sagTilfoejelser.oprettet })
      .from(sagTilfoejelser)
      .where(and(eq(sagTilfoejelser.ansvarligId, m.medarbejderId), isNull(sagTilfoejelser.set))),
    db()
      .select({ n: count() })
      .from(rettelser)
      .where(and(isNull(rettelser.ansvarligId), inArray(rettelser.status, ["modtaget", "under-behandling"]))),
  ]);
  const poster: IndbakkePost[] = [
    ...rs.map((r) => {
      const frist = gaeldendeFrist(r);
      return {
        art: "rettelse" as const,
        id: r.id,
        titel: `Anmodning om rettelse ${reference(r.nr)}: ${r.betegnelse}`,
        modtaget: r.modtaget!,
        frist,
        overskredet: overskredet(frist, naa),
        status: r.fristForlaenget ? `${r.status === "modtaget" ? "Ny" : "Under behandling"} · fristen er forlænget` : r.status === "modtaget" ? "Ny" : "Under behandling",
      };
    }),
    ...qs.map((q) => ({
      art: "spoergsmaal" as const,
      id: q.id,
      titel: "Spørgsmål: Hvorfor så I mine data?",
      modtaget: q.oprettet,
      frist: q.frist,
      overskredet: overskredet(q.frist, naa),
      status: "Ikke besvaret",
    })),
    ...ts.map((t) => ({ art: "tilfoejelse" as const, id: t.id, titel: "Ny oplysning fra borgeren til en sag", modtaget: t.oprettet, frist: null, overskredet: false, status: "Ikke set" })),
  ];
  poster.sort((a, b) => (a.frist?.getTime() ?? Infinity) - (b.frist?.getTime() ?? Infinity) || a.modtaget.getTime() - b.modtaget.getTime());
  return { poster, ufordelte: ufordelte?.n ?? 0 };
}

export type SagsbehandlerRettelse = RettelseVisning & { nuvaerende: string | null };

/** What the fagsystem holds now for the contested datum. */
async function nuvaerendeVaerdi(r: RettelseVisning["rettelse"]): Promise<Result<string | null>> {
  if (r.felt === "cpr.adresse") {
    const p = await opslagPerson(r.subjektCpr);
    return p.ok ? { ok: true, data: formatAdresse(p.data.adresse) } : p;
  }
  if (!r.kildeSagId) return { ok: true, data: null };
  const sag = await hentBorgersSag(r.subjektCpr, r.kildeSagId);
  if (!sag.ok) return sag;
  const datum = sag.data && !erUdelukket(sag.data) ? sag.data.afgoerelse?.grundlag.find((g) => g.id === r.datumId) : undefined;
  return { ok: true, data: datum?.vaerdi ?? null };
}

/**
 * Opens a request: checked against the caseworker's duty for its sag, logged in the person's log
 * before anything is shown, and moved to "under behandling" the first time it is opened.
 */
export async function aabnRettelse(m: Medarbejder, id: string): Promise<Adgang<SagsbehandlerRettelse | null>> {
  const [r] = await db().select().from(rettelser).where(eq(rettelser.id, id));
  if (!r || r.status === "kladde" || r.ansvarligId !== m.medarbejderId) return { ok: true, data: null };
  const ctx = await pligtFor(m, { cpr: r.subjektCpr, navn: r.subjektNavn }, r.sagId);
  if (!ctx) return { ok: true, data: null };
  await paabegynd(r, m);
  return laes(ctx, { action: "se:sager", objekt: `Din anmodning ${reference(r.nr)} om at rette »${r.betegnelse}«`, sagId: r.sagId! }, async () => {
    const vaerdi = await nuvaerendeVaerdi(r);
    if (!vaerdi.ok) return vaerdi;
    return fraDatabasen("anmodningen", async () => {
      const visning = await rettelseMedHistorik(id);
      return visning && { ...visning, nuvaerende: vaerdi.data };
    });
  });
}
