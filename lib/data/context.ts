import "server-only";
import { and, eq } from "drizzle-orm";
import { decode } from "next-auth/jwt";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import type { AssisteretGrundlag, Basis, FuldmagtGrundlag, PolicyActor, SamtykkeGrundlag } from "@/lib/access/policy";
import { db } from "@/lib/db";
import { STI_HEADER, databasenSvarer } from "@/lib/db/tilstand";
import type { Db } from "@/lib/db/client";
import { assisteredeSessioner, fuldmagter, loginSessioner, samtykker } from "@/lib/db/schema";
import { env } from "@/lib/env";
import { hentSagsAnsvar } from "@/lib/fagsystemer/sdi/client";
import { nu } from "@/lib/klokke";
import { safeErrorInfo } from "./request-info";
import { laesSession } from "./session-opslag";

/**
 * The one request context: who acts, for whom, on what basis, until when. Resolved once per
 * request from the server-side login session; pages, route handlers and server actions ask it
 * for the action they need (lib/data/guard.ts) and never build one by hand.
 */

export type Subject = { cpr: string; navn: string };

/** Whose data a request reads, who reads it, on what ground and until when. */
export type DataContext = {
  sessionId: string | null;
  actor: PolicyActor;
  subject: Subject;
  basis: Basis;
  until: Date | null;
};

export type RequestContext = {
  sessionId: string;
  /** When the login session ends unless it is used again: 30 minutes idle, 8 hours at most. */
  slut: Date;
  actor: Exclude<PolicyActor, { art: "tredjepart" }>;
  /** The person whose data this session works on; null for staff who are not helping anyone. */
  data: DataContext | null;
  /**
   * A staff member is helping this citizen right now (the citizen's own banner says who). Read in
   * the same statement as the session, so the pages where nobody helps ask nothing more.
   */
  hjaelpIGang: boolean;
};

export type Borger = Extract<PolicyActor, { art: "borger" }>;
export type Medarbejder = Extract<PolicyActor, { art: "medarbejder" }>;

function fuldmagtGrundlag(f: typeof fuldmagter.$inferSelect): FuldmagtGrundlag {
  return {
    id: f.id,
    giverCpr: f.giverCpr,
    fuldmaegtigCpr: f.fuldmaegtigCpr,
    status: f.status,
    ophoerAarsag: f.ophoerAarsag,
    gyldigFra: f.gyldigFra,
    gyldigTil: f.gyldigTil,
    privilegier: f.privilegier,
  };
}

function assisteretGrundlag(a: typeof assisteredeSessioner.$inferSelect): AssisteretGrundlag {
  return {
    id: a.id,
    borgerCpr: a.borgerCpr,
    medarbejderId: a.medarbejderId,
    omraader: a.omraader,
    startet: a.startet,
    udloeber: a.udloeber,
    afsluttet: a.afsluttet,
    maaForberede: a.maaForberede,
  };
}

/** A login session ends after this long without a request (as borger.dk), and 8 hours after login at most. */
const IDLE_MINUTTER = 30;
/** sidst_aktiv is written at most this often: one small write a minute, not one per request. */
const AKTIV_OPLOESNING_MS = 60_000;

function samtykkeGrundlag(s: typeof samtykker.$inferSelect): SamtykkeGrundlag {
  return {
    id: s.id,
    borgerCpr: s.borgerCpr,
    modtagerCvr: s.modtagerCvr,
    data: s.data,
    gyldigFra: s.gyldigFra,
    gyldigTil: s.gyldigTil,
    tilbagekaldt: s.tilbagekaldt,
    forbrugtAf: s.forbrugtAf,
  };
}

/**
 * The login session with whatever it acts under (lib/data/session-opslag.ts). A revoked or expired
 * fuldmagt, or an ended assisted session, is loaded as it is now, so the policy refuses it on the
 * very next request. A session idle for 30 minutes or older than 8 hours is not found.
 * `now` is real time (sessions expire by the wall clock); `domaeneNu` is the portal's clock, which
 * an assisted session's end follows (lib/klokke.ts).
 */
export async function resolveSession(database: Db, sessionId: string, now = new Date(), domaeneNu = nu()): Promise<RequestContext | null> {
  const row = await laesSession(database, sessionId, now, new Date(now.getTime() - IDLE_MINUTTER * 60_000), domaeneNu);
  if (!row) return null;
  const { s, f, m, a } = row;
  const hjaelpes = s.art === "borger" && row.hjaelpIGang;
  const sidstAktiv = now.getTime() - s.sidstAktiv.getTime() >= AKTIV_OPLOESNING_MS ? await markerAktiv(database, s.id, s.sidstAktiv, now) : s.sidstAktiv;
  const slut = new Date(Math.min(s.udloeber.getTime(), sidstAktiv.getTime() + IDLE_MINUTTER * 60_000));
  if (s.art === "medarbejder") {
    if (!m) return null;
    const actor: Medarbejder = { art: "medarbejder", navn: s.navn, medarbejderId: m.id, enhed: m.enhed, privilegier: s.privilegier };
    const data: DataContext | null = a
      ? {
          sessionId: s.id,
          actor,
          subject: { cpr: a.borgerCpr, navn: a.borgerNavn },
          basis: { type: "assisteret", id: a.id, session: assisteretGrundlag(a) },
          until: a.udloeber,
        }
      : null;
    return { sessionId: s.id, slut, actor, data, hjaelpIGang: false };
  }
  if (!s.cpr) return null;
  const actor: Borger = { art: "borger", navn: s.navn, cpr: s.cpr };
  const data: DataContext = s.fuldmagtId
    ? {
        sessionId: s.id,
        actor,
        subject: f ? { cpr: f.giverCpr, navn: f.giverNavn } : { cpr: actor.cpr, navn: actor.navn },
        basis: { type: "fuldmagt", id: s.fuldmagtId, fuldmagt: f ? fuldmagtGrundlag(f) : null },
        until: f?.gyldigTil ?? null,
      }
    : { sessionId: s.id, actor, subject: { cpr: actor.cpr, navn: actor.navn }, basis: { type: "self" }, until: null };
  return { sessionId: s.id, slut, actor, data, hjaelpIGang: hjaelpes };
}

/** Notes that the session was used now. If the write fails, this request still works; the next one tries again. */
async function markerAktiv(database: Db, sessionId: string, foer: Date, now: Date): Promise<Date> {
  try {
    await database.update(loginSessioner).set({ sidstAktiv: now }).where(eq(loginSessioner.id, sessionId));
    return now;
  } catch (error) {
    console.error("[session] sidst aktiv kunne ikke gemmes:", safeErrorInfo(error));
    return foer;
  }
}

/**
 * The basis as the database holds it now. A read that waited on a fagsystem asks again before
 * anything leaves (lib/data/access.ts): the citizen may have ended the help, or the giver revoked
 * the fuldmagt, while it waited.
 */
export async function currentBasis(database: Db, basis: Basis): Promise<Basis> {
  switch (basis.type) {
    case "assisteret": {
      const [a] = await database.select().from(assisteredeSessioner).where(eq(assisteredeSessioner.id, basis.id));
      return { ...basis, session: a ? assisteretGrundlag(a) : null };
    }
    case "fuldmagt": {
      const [f] = await database.select().from(fuldmagter).where(eq(fuldmagter.id, basis.id));
      return { ...basis, fuldmagt: f ? fuldmagtGrundlag(f) : null };
    }
    case "samtykke": {
      const [row] = await database.select().from(samtykker).where(eq(samtykker.id, basis.id));
      return { ...basis, samtykke: row ? samtykkeGrundlag(row) : null };
    }
    default:
      return basis;
  }
}

function cookieName(): string {
  return new URL(env().AUTH_URL).protocol === "https:" ? `__Secure-authjs.session-token` : "authjs.session-token";
}

/**
 * The database went away while this request was under way (the proxy found it answering a moment
 * ago). Rather than a failed page, the browser is sent to the same address again, where the proxy
 * answers with its Danish 503 page, or, if the database is back, the page itself. A database that
 * answers but still fails here is a real error and is thrown.
 */
async function databasenForsvandt(error: unknown): Promise<never> {
  if (await databasenSvarer(Date.now() - 50)) throw error;
  console.error("[database] svarer ikke – siden sendes til proxyens fejlside:", safeErrorInfo(error));
  const sti = (await headers()).get(STI_HEADER);
  redirect(sti && /^\/(?![/\\])/.test(sti) ? sti : "/");
}

/**
 * Decrypted cookies, by their exact value: Auth.js derives the key and decrypts on every call
 * (≈ 1 ms of CPU), and a browser sends the same cookie with every page. An entry holds only until
 * the token's own expiry; the session row in the database still decides on each request.
 */
const dekrypteret = new Map<string, { sid: string; udloeber: number }>();
const HUSKES_HOEJST = 10_000;

/** The opaque session id from Auth.js's encrypted cookie, or null. */
async function sessionIdFromCookie(): Promise<string | null> {
  // cookies() first: it marks the page as per-request before anything reads the configuration.
  const jar = await cookies();
  const name = cookieName();
  const raw = jar.get(name)?.value;
  if (!raw) return null;
  const kendt = dekrypteret.get(raw);
  if (kendt && kendt.udloeber > Date.now()) return kendt.sid;
  const token = await decode({ token: raw, secret: env().AUTH_SECRET, salt: name }).catch(() => null);
  if (typeof token?.sid !== "string") return null;
  if (dekrypteret.size >= HUSKES_HOEJST) dekrypteret.delete(dekrypteret.keys().next().value!);
  dekrypteret.set(raw, { sid: token.sid, udloeber: typeof token.exp === "number" ? token.exp * 1000 : Date.now() });
  return token.sid;
}

/** This request's context, resolved once and shared by the layout, the page and its parts. */
export const requestContext = cache(async (): Promise<RequestContext | null> => {
  const sid = await sessionIdFromCookie();
  if (!sid) return null;
  // Session expiry follows real time; only the domain's dates follow the (test-movable) clock.
  return resolveSession(db(), sid).catch(databasenForsvandt);
});

/** Sets or clears the fuldmagt a citizen's session acts under; the caller has checked it with the policy. */
export async function setActingAs(database: Db, sessionId: string, fuldmagtId: string | null): Promise<void> {
  await database.update(loginSessioner).set({ fuldmagtId }).where(and(eq(loginSessioner.id, sessionId), eq(loginSessioner.art, "borger")));
}

/** Sets or clears the assisted session a staff member's session works in; the caller has checked it. */
export async function setAssisting(database: Db, sessionId: string, assisteretId: string | null): Promise<void> {
  await database
    .update(loginSessioner)
    .set({ assisteretId })
    .where(and(eq(loginSessioner.id, sessionId), eq(loginSessioner.art, "medarbejder")));
}

/**
 * Caseworker duty: a staff member reads one sag of a citizen because they handle it. The sag's
 * responsibility comes from SDI, and the policy lets the duty reach that sag and nothing else.
 */
export async function caseworkerContext(actor: Medarbejder, subject: Subject, sagId: string): Promise<DataContext> {
  const ansvar = await hentSagsAnsvar(sagId);
  return { sessionId: null, actor, subject, basis: { type: "sagsbehandler", sagId, ansvar: ansvar.ok ? ansvar.data : null }, until: null };
}

/**
 * A third party with a samtykke: the row is loaded as it is now, so a revocation stops the next
 * call. `adgangId` is the id of the access token the call carries (a one-time samtykke serves
 * only the token it was used up by).
 */
export async function thirdPartyContext(
  database: Db,
  actor: Extract<PolicyActor, { art: "tredjepart" }>,
  samtykkeId: string,
  adgangId?: string,
): Promise<DataContext | null> {
  const [s] = await database.select().from(samtykker).where(eq(samtykker.id, samtykkeId));
  if (!s) return null;
  return { sessionId: null, actor, subject: { cpr: s.borgerCpr, navn: s.borgerNavn }, basis: { type: "samtykke", id: s.id, samtykke: samtykkeGrundlag(s), adgangId }, until: s.gyldigTil };
}
