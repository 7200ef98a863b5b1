import "server-only";
import { compactVerify, CompactSign, createLocalJWKSet, type JWK } from "jose";
import { ALG, jwks, signeringsnoegle } from "./noegle";

/**
 * A receipt as a compact JWS: the DPV JSON-LD record as the payload, signed with the portal's key.
 * `cty` says the payload is JSON-LD, `typ` that this is a receipt, not an access token.
 */
export const KVITTERING_TYP = "kvittering+jws";

export async function signer(kvittering: object): Promise<string> {
  const { privat, jwk } = await signeringsnoegle();
  return new CompactSign(new TextEncoder().encode(JSON.stringify(kvittering)))
    .setProtectedHeader({ alg: ALG, kid: jwk.kid, typ: KVITTERING_TYP, cty: "application/ld+json" })
    .sign(privat);
}

/** Checks a receipt against a JWKS (the portal's own by default) and returns what it says; throws if it was changed. */
export async function verificer(jws: string, noegler?: { keys: JWK[] }): Promise<Record<string, unknown>> {
  const { payload, protectedHeader } = await compactVerify(jws, createLocalJWKSet(noegler ?? (await jwks())), { algorithms: [ALG] });
  if (protectedHeader.typ !== KVITTERING_TYP) throw new Error("ikke en kvittering");
  return JSON.parse(new TextDecoder().decode(payload)) as Record<string, unknown>;
}
