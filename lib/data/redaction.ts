import "server-only";
import { opslagPerson } from "@/lib/fagsystemer/cpr/client";
import { formatAdresse } from "@/lib/fagsystemer/cpr/map";
import type { CprPersonWire } from "@/lib/fagsystemer/cpr/wire";
import type { Result } from "@/lib/fagsystemer/http";

export const BESKYTTET_ADRESSE = "[beskyttet adresse]";

export type SubjectStatus = { doed: boolean; beskyttet: boolean; beskyttedeTekster: string[] };

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Every way a protected address can be written in a letter or a datum: in full, and street + number. */
function adresseTekster(a: CprPersonWire["adresse"]): string[] {
  return [formatAdresse(a), `${a.vejnavn} ${a.husnr}`];
}

/**
 * What CPR says about the person whose data someone else reads: whether they have died, and the
 * texts a navne- og adressebeskyttelse hides. Asked once per request (the CPR lookup is cached).
 * If CPR cannot answer, the read fails closed: nobody else sees data we could not check.
 */
export async function subjectStatus(cpr: string): Promise<Result<SubjectStatus>> {
  const person = await opslagPerson(cpr);
  if (!person.ok) return person;
  const p = person.data;
  const beskyttedeTekster = p.navneOgAdressebeskyttelse
    ? [p.adresse, ...p.adresseRettelser.map((r) => r.forkertAdresse)].flatMap(adresseTekster)
    : [];
  return { ok: true, data: { doed: p.status === "doed", beskyttet: p.navneOgAdressebeskyttelse, beskyttedeTekster } };
}

/**
 * Replaces every protected text in every string of a value (a sag, a document, a list), so a
 * protected address is hidden wherever it occurs, whichever fagsystem field it sits in. Longer
 * texts first, and a street number only as a whole number ("Skovbrynet 4", not "Skovbrynet 45").
 */
export function redact<T>(value: T, tekster: string[]): T {
  if (tekster.length === 0) return value;
  const pattern = new RegExp(
    [...new Set(tekster)]
      .sort((a, b) => b.length - a.length)
      .map((t) => `${escape(t)}(?![0-9A-Za-zÆØÅæøå])`)
      .join("|"),
    "g",
  );
  const walk = (v: unknown): unknown => {
    if (typeof v === "string") return v.replace(pattern, BESKYTTET_ADRESSE);
    if (Array.isArray(v)) return v.map(walk);
    if (v instanceof Map) return new Map([...v].map(([k, x]) => [k, walk(x)]));
    if (v && typeof v === "object" && !(v instanceof Date)) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
    return v;
  };
  return walk(value) as T;
}
