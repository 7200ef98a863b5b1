import { randomUUID } from "node:crypto";
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey } from "jose";
import type { Db } from "@/lib/db/client";
import { tredjeparter } from "@/lib/db/schema";
import type { DelingInput } from "@/lib/samtykke/schema";
import { testEnv } from "./test-env";

/** A third party registered with its own key pair, the way the start scripts register the demo bank. */
export type Testklient = { klientId: string; navn: string; cvr: string; noegle: CryptoKey };

export async function registrerKlient(db: Db, klientId: string, navn: string, cvr: string): Promise<Testklient> {
  const { privateKey, publicKey } = await generateKeyPair("ES256", { extractable: true });
  await db.insert(tredjeparter).values({ klientId, navn, cvr, jwks: { keys: [{ ...(await exportJWK(publicKey)), alg: "ES256" }] } }).onConflictDoNothing();
  return { klientId, navn, cvr, noegle: privateKey };
}

/** The sharing form, confirmed, giving Andelskassen a running samtykke for a credit check until `gyldigTil`. */
export const delingsformular = (gyldigTil: string, over: Partial<DelingInput> = {}): DelingInput => ({
  modtager: "andelskassen",
  formaal: "kreditvurdering",
  kategorier: ["udbetalinger", "identitet"],
  aar: "2024",
  varighed: "loebende",
  gyldigTil,
  noegle: randomUUID(),
  trin: "bekraeft",
  ...over,
});

export const TOKEN_URL = `${testEnv.AUTH_URL}/api/v1/deling/token`;

/** A client assertion (RFC 7523), with anything overridden to make a bad one. */
export async function assertion(k: Testklient, over: { aud?: string; jti?: string; noegle?: CryptoKey; udloeber?: string; iss?: string } = {}): Promise<string> {
  return new SignJWT({})
    .setProtectedHeader({ alg: "ES256" })
    .setIssuer(over.iss ?? k.klientId)
    .setSubject(k.klientId)
    .setAudience(over.aud ?? TOKEN_URL)
    .setJti(over.jti ?? randomUUID())
    .setIssuedAt()
    .setExpirationTime(over.udloeber ?? "60s")
    .sign(over.noegle ?? k.noegle);
}

export async function tokenForm(k: Testklient, samtykkeId: string | null, over: Parameters<typeof assertion>[1] = {}): Promise<URLSearchParams> {
  return new URLSearchParams({
    grant_type: "client_credentials",
    client_assertion_type: "urn:ietf:params:oauth:client-assertion-type:jwt-bearer",
    client_assertion: await assertion(k, over),
    ...(samtykkeId ? { authorization_details: JSON.stringify([{ type: "urn:korsbaek:minedata:samtykke", id: samtykkeId }]) } : { scope: "samtykke:status" }),
  });
}
