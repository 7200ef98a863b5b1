import "server-only";
import { calculateJwkThumbprint, importJWK, type CryptoKey, type JWK } from "jose";
import { env } from "@/lib/env";

/**
 * The portal's signing key (EC P-256, from SIGNERINGSNOEGLE): it signs receipts and the deling
 * API's access tokens. Anyone can check a signature against the public half at
 * /.well-known/jwks.json; the key id is the key's thumbprint, so a new key gets a new id.
 */
export const ALG = "ES256";

type Noegle = { privat: CryptoKey; offentlig: CryptoKey; jwk: JWK & { kid: string } };

const state = globalThis as unknown as { __mineDataSigneringsnoegle?: Promise<Noegle> };

async function indlaes(): Promise<Noegle> {
  const { kty, crv, x, y, d } = env().SIGNERINGSNOEGLE;
  const kid = await calculateJwkThumbprint({ kty, crv, x, y });
  const jwk = { kty, crv, x, y, kid, alg: ALG, use: "sig" };
  const [privat, offentlig] = await Promise.all([
    importJWK({ kty, crv, x, y, d }, ALG) as Promise<CryptoKey>,
    importJWK({ kty, crv, x, y }, ALG) as Promise<CryptoKey>,
  ]);
  return { privat, offentlig, jwk };
}

export function signeringsnoegle(): Promise<Noegle> {
  state.__mineDataSigneringsnoegle ??= indlaes();
  return state.__mineDataSigneringsnoegle;
}

/** The public keys, as published at /.well-known/jwks.json. */
export async function jwks(): Promise<{ keys: JWK[] }> {
  return { keys: [(await signeringsnoegle()).jwk] };
}
