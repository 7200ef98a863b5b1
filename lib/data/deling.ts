import "server-only";
import { randomUUID } from "node:crypto";
import { decodeJwt } from "jose";
import type { z } from "zod";
import type { Action } from "@/lib/access/actions";
import type { DenyReason } from "@/lib/access/policy";
import { db } from "@/lib/db";
import { registrerAfvisning } from "@/lib/deling/klient";
import { parvisPseudonym } from "@/lib/deling/pseudonym";
import { anmodetSamtykke, detaljeFra, godkendKlient, laesAnmodning, signerToken, tjekAdgangsbevis, TOKEN_LEVETID_S, type Adgangsbevis, type OAuthFejlKode } from "@/lib/deling/token";
import { STATUS_SCOPE, type samtykkeStatus, type tokenSvar } from "@/lib/domain/deling";
import { nu } from "@/lib/klokke";
import { KATEGORIER, type Kategori } from "@/lib/samtykke/kategorier";
import { findSamtykke, forbrug, samtykkeStatus as statusAf } from "@/lib/samtykke/store";
import { decideNow, recordDenial, type DataContext } from "./access";
import { thirdPartyContext } from "./context";
import { countAttempt, type Attempt } from "./rate-limit";

/**
 * The deling API's data layer: the token endpoint's checks, and for every data call the access
 * token, the rate limit, and the samtykke re-checked through the policy – as it is now, so a
 * revocation or a lapse stops the very next call. The reads themselves go through laes().
 */
export const GRAENSER = { token: { antal: 30, sekunder: 60 }, api: { antal: 120, sekunder: 60 } } as const;

export type DelingFejl = { ok: false; status: 400 | 401 | 403 | 404 | 429; fejl: string; oauth?: OAuthFejlKode; graense?: Attempt };

const grundTekst: Partial<Record<DenyReason, string>> = {
  tilbagekaldt: "Borgeren har trukket samtykket tilbage.",
  udloebet: "Samtykket er udløbet.",
  brugt: "Samtykket gjaldt én gang og er brugt.",
  "forkert-person": "Samtykket er ikke givet til jer.",
  "uden-for-omfang": "Det ligger uden for samtykket.",
  "giver-doed": "Samtykket gælder ikke længere.",
};
export const afslagTekst = (r: DenyReason) => grundTekst[r] ?? "Adgang nægtet.";

const tredjepart = (b: { klient: { navn: string; cvr: string } }) => ({ art: "tredjepart" as const, navn: b.klient.navn, cvr: b.klient.cvr });

async function graense(noegle: string, g: { antal: number; sekunder: number }): Promise<Attempt> {
  return countAttempt(db(), `deling:${noegle}`, g.antal, g.sekunder);
}

/**
 * Tokens and client assertions carry the real time (iat, exp) of the machines that sign them, so
 * they are checked against the wall clock, not the portal's business clock (lib/klokke), which a
 * demo or a test run may fix. Whether the samtykke is valid is the policy's question, on nu().
 */
const vaegur = () => new Date();

/** POST /api/v1/deling/token: client_credentials with private_key_jwt and the samtykke in authorization_details. */
export async function udstedToken(form: URLSearchParams): Promise<{ ok: true; svar: z.infer<typeof tokenSvar>; graense: Attempt } | DelingFejl> {
  const now = vaegur();
  const anmodning = laesAnmodning(form);
  if (!anmodning.ok) return { ok: false, status: anmodning.status, fejl: anmodning.fejl, oauth: anmodning.error };
  let paastaaet = "ukendt";
  try {
    paastaaet = String(decodeJwt(anmodning.felter.client_assertion ?? "").iss ?? "ukendt").slice(0, 100);
  } catch {
    // godkendKlient answers a malformed assertion
  }
  const g = await graense(`token:${paastaaet}`, GRAENSER.token);
  if (!g.allowed) return { ok: false, status: 429, fejl: "For mange anmodninger. Vent lidt, og prøv igen.", oauth: "invalid_request", graense: g };
  const klient = await godkendKlient(db(), anmodning.felter, now);
  if (!klient.ok) return { ok: false, status: klient.status, fejl: klient.fejl, oauth: klient.error, graense: g };
  const k = klient.klient;
  const anmodet = anmodetSamtykke(anmodning.felter);
  if (!anmodet.ok) return { ok: false, status: anmodet.status, fejl: anmodet.fejl, oauth: anmodet.error, graense: g };
  if (anmodet.samtykkeId === null) {
    const { token } = await signerToken(k, null, now);
    return { ok: true, svar: { access_token: token, token_type: "Bearer", expires_in: TOKEN_LEVETID_S, scope: STATUS_SCOPE }, graense: g };
  }
  const ctx = await thirdPartyContext(db(), tredjepart({ klient: k }), anmodet.samtykkeId);
  const s = ctx && (await findSamtykke(db(), anmodet.samtykkeId));
  if (!ctx || !s) {
    await registrerAfvisning(db(), k.klientId, "token", "ukendt-samtykke");
    return { ok: false, status: 400, fejl: "Samtykket findes ikke.", oauth: "invalid_authorization_details", graense: g };
  }
  for (const action of s.data as Action[]) {
    const d = decideNow(ctx, action);
    if (!d.allow) {
      await recordDenial(ctx, action, d.reason);
      return { ok: false, status: 400, fejl: afslagTekst(d.reason), oauth: "invalid_grant", graense: g };
    }
  }
  const tokenId = randomUUID();
  // A one-time samtykke is used up by this token, atomically: a second request gets "brugt".
  if (s.engangs && !(await forbrug(db(), s.id, tokenId, now))) {
    await recordDenial(ctx, s.data[0] as Action, "brugt");
    return { ok: false, status: 400, fejl: afslagTekst("brugt"), oauth: "invalid_grant", graense: g };
  }
  const detalje = detaljeFra(s);
  const { token } = await signerToken(k, detalje, now, tokenId);
  return { ok: true, svar: { access_token: token, token_type: "Bearer", expires_in: TOKEN_LEVETID_S, authorization_details: [detalje] }, graense: g };
}

export type DelingsAdgang = { ok: true; ctx: DataContext; bevis: Adgangsbevis & { detalje: NonNullable<Adgangsbevis["detalje"]> }; graense: Attempt };

/**
 * For one data call: the token, the rate limit, the samtykke as it is now (policy), that the token
 * is for this samtykke's giver and recipient, and that what is asked for is in the samtykke. A
 * refusal is recorded before it is answered.
 */
export async function delingsAdgang(authorization: string | null, kategorier: Kategori[], aar?: number): Promise<DelingsAdgang | DelingFejl> {
  const tjek = await tjekAdgangsbevis(db(), authorization, vaegur());
  if (!tjek.ok) return { ok: false, status: 401, fejl: tjek.fejl };
  const bevis = tjek.bevis;
  const g = await graense(`api:${bevis.klient.klientId}`, GRAENSER.api);
  if (!g.allowed) return { ok: false, status: 429, fejl: "For mange anmodninger. Vent lidt, og prøv igen.", graense: g };
  const detalje = bevis.detalje;
  if (!detalje) return { ok: false, status: 403, fejl: "Adgangsbeviset giver kun adgang til samtykkets status.", graense: g };
  const ctx = await thirdPartyContext(db(), tredjepart(bevis), detalje.id, bevis.tokenId);
  if (!ctx) return { ok: false, status: 404, fejl: "Samtykket findes ikke.", graense: g };
  const action = KATEGORIER[kategorier[0]!].handling;
  // A token for another citizen or another recipient than the samtykke's (e.g. a forged or mixed-up one).
  if (detalje.giver !== parvisPseudonym(ctx.subject.cpr, bevis.klient.cvr) || detalje.modtager.cvr !== bevis.klient.cvr) {
    await recordDenial(ctx, action, "forkert-person");
    return { ok: false, status: 403, fejl: afslagTekst("forkert-person"), graense: g };
  }
  const d = decideNow(ctx, action);
  if (!d.allow) {
    await recordDenial(ctx, action, d.reason);
    return { ok: false, status: 403, fejl: afslagTekst(d.reason), graense: g };
  }
  const daekket = kategorier.some((k) => detalje.data.some((o) => o.kategori === k && (aar === undefined || o.aar === aar)));
  if (!daekket) {
    await recordDenial(ctx, action, "uden-for-omfang");
    return { ok: false, status: 403, fejl: afslagTekst("uden-for-omfang"), graense: g };
  }
  return { ok: true, ctx, bevis: { ...bevis, detalje }, graense: g };
}

/** GET /api/v1/deling/samtykker/{id}: the status of a samtykke given to this client (Grant Management). */
export async function samtykkeStatusFor(authorization: string | null, id: string): Promise<{ ok: true; svar: z.infer<typeof samtykkeStatus>; graense: Attempt } | DelingFejl> {
  const tjek = await tjekAdgangsbevis(db(), authorization, vaegur());
  if (!tjek.ok) return { ok: false, status: 401, fejl: tjek.fejl };
  const g = await graense(`api:${tjek.bevis.klient.klientId}`, GRAENSER.api);
  if (!g.allowed) return { ok: false, status: 429, fejl: "For mange anmodninger. Vent lidt, og prøv igen.", graense: g };
  const s = await findSamtykke(db(), id);
  if (!s || s.modtagerCvr !== tjek.bevis.klient.cvr) {
    await registrerAfvisning(db(), tjek.bevis.klient.klientId, "status", "ukendt-samtykke");
    return { ok: false, status: 404, fejl: "Samtykket findes ikke.", graense: g };
  }
  return {
    ok: true,
    svar: { id: s.id, status: statusAf(s, nu()), gyldigTil: s.gyldigTil.toISOString(), tilbagekaldt: s.tilbagekaldt?.toISOString() ?? null },
    graense: g,
  };
}

/**
 * A call with a bad or unknown query parameter (a bank sending a CPR number, a huge page size):
 * refused before any data is read, but – when the token says which client it is – counted against
 * that client's limit and recorded, like every other refusal.
 */
export async function afvisForespoergsel(authorization: string | null): Promise<Attempt | undefined> {
  const tjek = await tjekAdgangsbevis(db(), authorization, vaegur());
  if (!tjek.ok) return undefined;
  const klient = tjek.bevis.klient.klientId;
  await registrerAfvisning(db(), klient, "forespoergsel", "ugyldig-parameter");
  return graense(`api:${klient}`, GRAENSER.api);
}
