import "server-only";
import { createHmac, hkdfSync, randomInt } from "node:crypto";
import { z } from "zod";
import { env } from "@/lib/env";

/**
 * The citizen's one-time code: 6 digits, shown once, kept only as an HMAC. A plain hash of six
 * digits can be reversed by trying all million; with a server-side key it cannot be tried offline.
 * The key is derived from AUTH_SECRET for this one purpose, so no new secret has to be configured
 * and the session key itself is never used for anything else.
 */
export const KODE_CIFRE = 6;
export const KODE_GYLDIG_MINUTTER = 5;

let noegle: Buffer | null = null;
function kodeNoegle(): Buffer {
  noegle ??= Buffer.from(hkdfSync("sha256", env().AUTH_SECRET, "minedata", "minedata:assistance:kode", 32));
  return noegle;
}

export function kodeHash(kode: string): string {
  return createHmac("sha256", kodeNoegle()).update(kode).digest("hex");
}

export function nyKode(): string {
  return String(randomInt(0, 10 ** KODE_CIFRE)).padStart(KODE_CIFRE, "0");
}

/** "482 913": two groups of three are easier to read aloud and to type. */
export function visKode(kode: string): string {
  return `${kode.slice(0, 3)} ${kode.slice(3)}`;
}

/** What the staff member types: spaces and dashes are fine, anything but six digits is not. */
export const indtastetKode = z
  .string({ error: "Skriv koden, borgeren har fået." })
  .transform((s) => s.replace(/[\s-]/g, ""))
  .pipe(z.string().regex(/^\d{6}$/, { error: "Koden er 6 cifre. Skriv dem, som borgeren læser dem op." }));
