import { describe, expect, it } from "vitest";
import { foedselsdatoFraCpr } from "@/lib/domain/person";
import { BENCH_MAKS, benchBorger, benchBorgere } from "@/mocks/bench-borgere";
import { benchCitizens, citizens } from "@/mocks/personas";

describe("the load bench's generated citizens", () => {
  it("are not there unless MOCK_BENCH_BORGERE asks for them, so the demo keeps its six", () => {
    expect(process.env.MOCK_BENCH_BORGERE).toBeUndefined();
    expect(benchCitizens).toEqual([]);
  });

  it("are deterministic, with unique keys, names, uuids and CPR numbers on real dates in the 1900s", () => {
    const alle = benchBorgere(BENCH_MAKS);
    expect(benchBorgere(200)).toEqual(benchBorgere(200));
    expect(benchBorger(41)).toEqual(alle[41]);
    for (const felt of ["key", "uuid", "cpr"] as const) expect(new Set(alle.map((p) => p[felt])).size).toBe(alle.length);
    expect(new Set(alle.map((p) => `${p.fornavn} ${p.efternavn}`)).size).toBe(alle.length);
    const demo = new Set<string>(Object.values(citizens).map((p) => p.cpr));
    for (const p of alle) {
      expect(p.cpr).toMatch(/^\d{6}39\d{2}$/);
      expect(demo.has(p.cpr)).toBe(false);
      const foedt = foedselsdatoFraCpr(p.cpr);
      expect(foedt.slice(2, 4) + foedt.slice(5, 7) + foedt.slice(8, 10)).toBe(p.cpr.slice(4, 6) + p.cpr.slice(2, 4) + p.cpr.slice(0, 2));
      expect(foedt >= "1945-01-01" && foedt < "2000-01-01").toBe(true);
    }
    expect(benchBorgere(BENCH_MAKS + 5)).toHaveLength(BENCH_MAKS);
  });
});
