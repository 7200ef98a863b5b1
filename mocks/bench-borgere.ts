import type { CitizenPersona } from "./personas";
import { deterministicUuid } from "./random";

/**
 * Generated citizens for the load bench (`npm run bench:load`), only when MOCK_BENCH_BORGERE asks
 * for them, so `npm start`'s demo is unchanged. Deterministic: citizen n is the same person in the
 * MitID simulator, in every fagsystem's seed and in the bench that logs them in.
 *
 * CPR numbers are fictitious in the same style as personas.ts: real dates (1945–1984, a different
 * day for each), century digit 3 (born 1900–1999) and high serial numbers 39xx.
 */
const FORNAVNE = ["Anne", "Peter", "Mette", "Lars", "Hanne", "Jens", "Birgitte", "Niels", "Lone", "Søren", "Inge", "Henrik", "Susanne", "Morten", "Kirsten", "Poul", "Lene", "Thomas", "Jytte", "Michael"];
const EFTERNAVNE = ["Andersen", "Pedersen", "Christensen", "Larsen", "Sørensen", "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Poulsen", "Johansen", "Knudsen", "Mortensen", "Møller", "Jakobsen", "Lund", "Bech"];

export const BENCH_MAKS = FORNAVNE.length * EFTERNAVNE.length;

const FOERSTE_DAG = Date.UTC(1945, 0, 3);

/** Citizen n (0-based) of the bench: "Anne Andersen" … with the surname "Testborger" in front, so nobody takes them for a demo person. */
export function benchBorger(n: number): CitizenPersona {
  const foedt = new Date(FOERSTE_DAG + n * 36 * 86_400_000);
  const ddmmyy = `${String(foedt.getUTCDate()).padStart(2, "0")}${String(foedt.getUTCMonth() + 1).padStart(2, "0")}${String(foedt.getUTCFullYear()).slice(2)}`;
  const nr = String(n + 1).padStart(3, "0");
  return {
    key: `bench-${nr}`,
    kind: "borger",
    fornavn: FORNAVNE[n % FORNAVNE.length]!,
    efternavn: `Testborger ${EFTERNAVNE[Math.floor(n / FORNAVNE.length) % EFTERNAVNE.length]!}`,
    cpr: `${ddmmyy}39${String(10 + (n % 90)).padStart(2, "0")}`,
    uuid: deterministicUuid(`bench-borger:${n}`),
    description: `Belastningstest · borger ${nr}`,
  };
}

/** The first `antal` bench citizens (at most BENCH_MAKS, so every name and birth date is unique). */
export function benchBorgere(antal: number): CitizenPersona[] {
  const n = Math.max(0, Math.min(BENCH_MAKS, Math.floor(antal) || 0));
  return Array.from({ length: n }, (_, i) => benchBorger(i));
}

/** How many the environment asks for: MOCK_BENCH_BORGERE (0 when unset, as in the demo). */
export const antalBenchBorgere = () => Number(process.env.MOCK_BENCH_BORGERE ?? 0) || 0;
