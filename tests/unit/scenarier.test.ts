import { describe, expect, it } from "vitest";
import { DREJEBOG, STANDARD_MINUTTER } from "@/lib/dialog/drejebog";
import { DILEMMAKORT, dilemmakortSchema, PAA_KONENS_VEGNE } from "@/lib/dialog/dilemmaer";
import { SCENARIER, scenarieSchema } from "@/lib/dialog/scenarier";
import { forlaeng, fortsaet, formatTid, formatTidTekst, gaaTilTrin, pause, restSekunder } from "@/lib/dialog/timer";

describe("scenario data", () => {
  it("validates against the schema", () => {
    for (const s of SCENARIER) expect(scenarieSchema.safeParse(s).success).toBe(true);
  });

  it("covers the six situations of the issue", () => {
    expect(SCENARIER.map((s) => s.id)).toEqual([
      "paa-konens-vegne",
      "skriv-mit-mitid",
      "boligselskab-cpr",
      "lytter-ved-skranken",
      "printer-papirer",
      "kan-ikke-samtykke",
    ]);
  });

  it("reaches every step from the start and always reaches an end", () => {
    for (const s of SCENARIER) {
      const seen = new Set<string>();
      const queue = [s.start];
      let ends = 0;
      while (queue.length) {
        const id = queue.shift()!;
        if (seen.has(id)) continue;
        seen.add(id);
        for (const v of s.trin.find((t) => t.id === id)!.valg) {
          if (v.naeste) queue.push(v.naeste);
          else ends++;
        }
      }
      expect([...seen].sort(), s.id).toEqual(s.trin.map((t) => t.id).sort());
      expect(ends, s.id).toBeGreaterThan(0);
    }
  });

  it("links to the portal features that solve the situations", () => {
    const hrefs = new Set(SCENARIER.flatMap((s) => s.trin.flatMap((t) => t.valg.map((v) => v.link?.href))));
    for (const href of ["/fuldmagter", "/hjaelp", "/medarbejder/hjaelp", "/oplysninger"]) expect(hrefs).toContain(href);
  });

  it("rejects a scenario with a dangling step", () => {
    const broken = { ...SCENARIER[0]!, trin: SCENARIER[0]!.trin.map((t) => ({ ...t, valg: t.valg.map((v) => ({ ...v, naeste: "findes-ikke" })) })) };
    expect(scenarieSchema.safeParse(broken).success).toBe(false);
  });
});

describe("dilemma cards and the facilitator script", () => {
  it("has the seven quotes, each with a role, a source and 2–3 questions", () => {
    expect(DILEMMAKORT).toHaveLength(7);
    for (const k of DILEMMAKORT) {
      expect(dilemmakortSchema.safeParse(k).success).toBe(true);
      expect(k.rolle).not.toBe("");
      expect(k.kilde).toContain("Fremfærd");
    }
    expect(DILEMMAKORT.map((k) => k.rolle)).toEqual([
      "Fagchef i Borgerservice",
      "Borgerservicemedarbejder",
      "Borgerservicemedarbejder",
      "Borgerservicechef",
      "Informationssikkerhedskoordinator",
      "IT-medarbejder",
      "Sagsbehandler",
    ]);
    expect(PAA_KONENS_VEGNE.titel).toBe("På konens vegne");
  });

  it("has five steps timed 5, 8, 12, 10 and 10 minutes – 45 in all", () => {
    expect(DREJEBOG.trin.map((t) => t.minutter)).toEqual([...STANDARD_MINUTTER]);
    expect(STANDARD_MINUTTER.reduce((a, b) => a + b, 0)).toBe(45);
  });
});

describe("the countdown", () => {
  const t0 = new Date("2026-11-23T10:00:00Z");
  const at = (s: number) => new Date(t0.getTime() + s * 1000);
  const varigheder = [300, 480, 720, 600, 600];

  it("runs, pauses, resumes and extends from stored state", () => {
    const s1 = { ...gaaTilTrin({ trin: 0, sluttid: null, pauseRest: null, varigheder }, 1, t0), varigheder };
    expect(restSekunder(s1, at(10))).toBe(290);
    const paused = { ...s1, ...pause(s1, at(100)) };
    expect(restSekunder(paused, at(500))).toBe(200);
    const longer = { ...paused, ...forlaeng(paused, 60, at(500)) };
    expect(restSekunder(longer, at(600))).toBe(260);
    const running = { ...longer, ...fortsaet(longer, at(600)) };
    expect(restSekunder(running, at(660))).toBe(200);
    expect(restSekunder(running, at(5000))).toBe(0);
  });

  it("formats time for the screen and for screen readers", () => {
    expect(formatTid(245)).toBe("4:05");
    expect(formatTidTekst(245)).toBe("4 minutter og 5 sekunder");
    expect(formatTidTekst(60)).toBe("1 minut");
  });
});
