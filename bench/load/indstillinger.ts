import { benchBorgere } from "@/mocks/bench-borgere";
import type { LoadIndstillinger } from "./index";

/**
 * The load's settings from the environment, shared by `npm run bench:load` and the cluster bench
 * (`npm run bench:cluster`): LOAD_BORGERE (200) · LOAD_SEKUNDER (60) · LOAD_RETTELSER (500) ·
 * LOAD_DOBBELT (0.1) · LOAD_FULDMAGTER (20 pairs) · LOAD_TAENKETID ("2000-8000" ms).
 */
export const BORGERE = Number(process.env.LOAD_BORGERE ?? 200);
export const RETTELSER = Number(process.env.LOAD_RETTELSER ?? 500);
export const SEKUNDER = Number(process.env.LOAD_SEKUNDER ?? 60);

/** Realistic latency per fagsystem, ms (fixed per system; the mock server has no jitter knob). */
const LATENS = { cpr: 30, sdi: 60, ydelsesindeks: 50, organisation: 20, klassifikation: 20, digitalpost: 40, eindkomst: 80, pension: 80 };
export const latensTekst = `${Object.entries(LATENS).map(([s, ms]) => `${s} ${ms}`).join(", ")} ms`;

/** What the mock fagsystemer and the MitID simulator need to know of the load: its citizens and the latency. */
export const loadMockEnv = () => ({
  MOCK_BENCH_BORGERE: String(BORGERE),
  MOCK_FAULTS: JSON.stringify(Object.fromEntries(Object.entries(LATENS).map(([s, ms]) => [s, { latencyMs: ms }]))),
});

export function loadIndstillinger(log: (linje: string) => void): Omit<LoadIndstillinger, "portaler"> {
  const [tMin, tMax] = (process.env.LOAD_TAENKETID ?? "2000-8000").split("-").map(Number) as [number, number];
  return {
    borgere: benchBorgere(BORGERE),
    sekunder: SEKUNDER,
    rettelser: RETTELSER,
    dobbeltAndel: Number(process.env.LOAD_DOBBELT ?? 0.1),
    fuldmagtPar: Number(process.env.LOAD_FULDMAGTER ?? 20),
    taenketid: [tMin, tMax],
    log,
  };
}
