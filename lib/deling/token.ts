import "server-only";
import { randomUUID } from "node:crypto";
import { createLocalJWKSet, decodeJwt, errors, jwtVerify, SignJWT, type JWTPayload } from "jose";
import { z } from "zod";
import type { Db } from "@/lib/db/client";
import { anmodedeDetaljer, samtykkeDetalje, STATUS_SCOPE, SAMTYKKE_TYPE, type SamtykkeDetalje } from "@/lib/domain/deling";
import { env } from "@/lib/env";
import { ALG, signeringsnoegle } from "@/lib/kvittering/noegle";
import { FORMAAL, type Formaal, type OmfangElement } from "@/lib/samtykke/kategorier";
import type { SamtykkeRaekke } from "@/lib/samtykke/store";
import { brugAssertion, findKlient, registrerAfvisning, type Klient } from "./klient";
import { parvisPseudonym } from "./pseudonym";

/**
 * The portal as an OAuth authorization server for third parties (anchors items 4 and 10): the
 * client authenticates with `private_key_jwt` (RFC 7523, an assertion signed with its own key),
 * asks for one samtykke in `authorization_details` (RFC 9396), and gets a short-lived JWT access
 * token (RFC 9068) that carries the samtykke itself. The resource side re-checks the samtykke on
 * every call, so a revocation stops the next call even while a token is unexpired.
 */
export const TOKEN_LEVETID_S = 300;
const ASSERTION_MAKS_S = 300;
const ASSERTION_TYPE = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";
export const ACCESS_TOKEN_TYP = "at+jwt";

export const udsteder = () => env().AUTH_URL;
export const tokenUrl = () => `${env().AUTH_URL}/api/v1/deling/token`;
export const publikum = () => `${env().AUTH_URL}/api/v1/deling`;

export type OAuthFejlKode = "invalid_request" | "invalid_client" | "invalid_grant" | "unsupported_grant_type" | "invalid_scope" | "invalid_authorization_details";
export type Afslag = { ok: false; status: 400 | 401; error: OAuthFejlKode; fejl: string; klientId?: string };

const tokenAnmodning = z.object({
  grant_type: z.string().max(100),
  client_id: z.string().max(100).optional(),
  client_assertion_type: z.string().max(100).optional(),
  client_assertion: z.string().max(8000).optional(),
  authorization_details: z.string().max(2000).optional(),
  scope: z.string().max(100).optional(),
});

const afslag = (status: 400 | 401, error: OAuthFejlKode, fejl: string, klientId?: string): Afslag => ({ ok: false, status, error, fejl, klientId });

/** Checks the client's assertion: its registered key, iss = sub = client, our audience, short-lived, never seen before. */
export async function godkendKlient(db: Db, felter: TokenFelter, now: Date): Promise<{ ok: true; klient: Klient; jti: string } | Afslag> {
  if (felter.client_assertion_type !== ASSERTION_TYPE || !felter.client_assertion) {
    return afslag(401, "invalid_client", "Klienten skal godkendes med private_key_jwt (en signeret client_assertion).");
  }
  let uverificeret: JWTPayload;
  try {
    uverificeret = decodeJwt(felter.client_assertion);
  } catch {
    return afslag(401, "invalid_client", "client_assertion er ikke en gyldig JWT.");
  }
  const klientId = typeof uverificeret.iss === "string" ? uverificeret.iss.slice(0, 100) : "";
  const klient = klientId ? await findKlient(db, klientId) : null;
  if (!klient || (felter.client_id && felter.client_id !== klientId)) {
    await registrerAfvisning(db, klientId || "ukendt", "token", "ukendt-klient");
    return afslag(401, "invalid_client", "Klienten er ikke registreret.", klientId);
  }
  try {
    const { payload } = await jwtVerify(felter.client_assertion, createLocalJWKSet(klient.jwks as never), {
      algorithms: [ALG],
      issuer: klient.klientId,
      subject: klient.klientId,
      audience: [tokenUrl(), udsteder()],
      maxTokenAge: ASSERTION_MAKS_S,
      requiredClaims: ["jti", "exp", "iat"],
      currentDate: now,
    });
    if (payload.exp! - payload.iat! > ASSERTION_MAKS_S) return afslag(401, "invalid_client", "client_assertion må højst gælde i 5 minutter.", klientId);
    if (!(await brugAssertion(db, klient.klientId, String(payload.jti).slice(0, 200), new Date(payload.exp! * 1000), now))) {
      await registrerAfvisning(db, klient.klientId, "token", "genbrugt-assertion");
      return afslag(401, "invalid_client", "client_assertion er brugt før. Lav en ny for hver anmodning.", klientId);
    }
    return { ok: true, klient, jti: String(payload.jti) };
  } catch (error) {
    await registrerAfvisning(db, klient.klientId, "token", "ugyldig-assertion");
    const udloebet = error instanceof errors.JWTExpired;
    return afslag(401, "invalid_client", udloebet ? "client_assertion er udløbet." : "client_assertion kunne ikke godkendes (signatur, audience eller tid).", klientId);
  }
}

export type TokenFelter = z.infer<typeof tokenAnmodning>;

/** Reads the form of a token request: the grant type and the fields, each within its limit. */
export function laesAnmodning(form: URLSearchParams): { ok: true; felter: TokenFelter } | Afslag {
  const felter = tokenAnmodning.safeParse(Object.fromEntries(form.entries()));
  if (!felter.success) return afslag(400, "invalid_request", "Anmodningen har for lange eller forkerte felter.");
  if (felter.data.grant_type !== "client_credentials") return afslag(400, "unsupported_grant_type", "Kun grant_type=client_credentials understøttes.");
  return { ok: true, felter: felter.data };
}

/** After the client is known: the one samtykke it asks for in authorization_details, or only the status scope (null). */
export function anmodetSamtykke(felter: TokenFelter): { ok: true; samtykkeId: string | null } | Afslag {
  if (felter.scope !== undefined && felter.scope !== STATUS_SCOPE) return afslag(400, "invalid_scope", `Kun scope=${STATUS_SCOPE} understøttes.`);
  if (!felter.authorization_details) {
    return felter.scope === STATUS_SCOPE ? { ok: true, samtykkeId: null } : afslag(400, "invalid_authorization_details", "Angiv det samtykke, I vil bruge, i authorization_details.");
  }
  let json: unknown;
  try {
    json = JSON.parse(felter.authorization_details);
  } catch {
    return afslag(400, "invalid_authorization_details", "authorization_details skal være JSON.");
  }
  const detaljer = anmodedeDetaljer.safeParse(json);
  if (!detaljer.success) return afslag(400, "invalid_authorization_details", `authorization_details skal være [{"type":"${SAMTYKKE_TYPE}","id":"<samtykkets id>"}].`);
  return { ok: true, samtykkeId: detaljer.data[0]!.id };
}

/** The samtykke as the token carries it: the same facts as the citizen's receipt. */
export function detaljeFra(s: SamtykkeRaekke): SamtykkeDetalje {
  return {
    type: SAMTYKKE_TYPE,
    id: s.id,
    giver: parvisPseudonym(s.borgerCpr, s.modtagerCvr),
    modtager: { navn: s.modtagerNavn, cvr: s.modtagerCvr },
    formaal: FORMAAL[s.formaal as Formaal]?.titel ?? s.formaal,
    data: s.omfang as OmfangElement[],
    gyldigFra: s.gyldigFra.toISOString(),
    gyldigTil: s.gyldigTil.toISOString(),
    engangs: s.engangs,
  };
}

/** Signs an access token for one client, with the samtykke (or only the status scope). */
export async function signerToken(klient: Klient, detalje: SamtykkeDetalje | null, now: Date, id: string = randomUUID()): Promise<{ token: string; id: string }> {
  const { privat, jwk } = await signeringsnoegle();
  const iat = Math.floor(now.getTime() / 1000);
  const token = await new SignJWT({
    client_id: klient.klientId,
    ...(detalje ? { authorization_details: [detalje] } : { scope: STATUS_SCOPE }),
  })
    .setProtectedHeader({ alg: ALG, kid: jwk.kid, typ: ACCESS_TOKEN_TYP })
    .setIssuer(udsteder())
    .setAudience(publikum())
    .setSubject(klient.klientId)
    .setJti(id)
    .setIssuedAt(iat)
    .setExpirationTime(iat + TOKEN_LEVETID_S)
    .sign(privat);
  return { token, id };
}

const adgangsClaims = z.object({
  client_id: z.string().max(100),
  jti: z.uuid(),
  scope: z.literal(STATUS_SCOPE).optional(),
  authorization_details: z.array(samtykkeDetalje).length(1).optional(),
});
export type Adgangsbevis = { klient: Klient; tokenId: string; detalje: SamtykkeDetalje | null };

/**
 * Checks an access token at the resource: our signature and key, our issuer and audience, the
 * access-token type, not expired, a registered client that is still active, and well-formed
 * details. Anything else is a 401 with a Danish reason; the refusal is recorded.
 */
export async function tjekAdgangsbevis(db: Db, authorization: string | null, now: Date): Promise<{ ok: true; bevis: Adgangsbevis } | { ok: false; fejl: string }> {
  const token = /^Bearer ([A-Za-z0-9._~+/=-]{1,8000})$/.exec(authorization ?? "")?.[1];
  if (!token) return { ok: false, fejl: "Adgangsbevis mangler. Send Authorization: Bearer <token>." };
  try {
    const { offentlig } = await signeringsnoegle();
    const { payload } = await jwtVerify(token, offentlig, { algorithms: [ALG], issuer: udsteder(), audience: publikum(), typ: ACCESS_TOKEN_TYP, currentDate: now });
    const claims = adgangsClaims.safeParse(payload);
    const klient = claims.success ? await findKlient(db, claims.data.client_id) : null;
    if (!claims.success || !klient || payload.sub !== klient.klientId) {
      await registrerAfvisning(db, claims.success ? claims.data.client_id : "ukendt", "api", "ugyldigt-adgangsbevis");
      return { ok: false, fejl: "Adgangsbeviset er ikke gyldigt." };
    }
    return { ok: true, bevis: { klient, tokenId: claims.data.jti, detalje: claims.data.authorization_details?.[0] ?? null } };
  } catch (error) {
    const udloebet = error instanceof errors.JWTExpired;
    await registrerAfvisning(db, "ukendt", "api", udloebet ? "udloebet-adgangsbevis" : "ugyldigt-adgangsbevis");
    return { ok: false, fejl: udloebet ? "Adgangsbeviset er udløbet. Hent et nyt." : "Adgangsbeviset er ikke gyldigt (signatur, udsteder eller modtager passer ikke)." };
  }
}
