import { describe, expect, it } from "vitest";
import { visEmne } from "@/lib/domain/emne";
import { sagerQuery, sagStatusTekst, soegningFraQuery } from "@/lib/domain/sag";
import { formatAntalAf, formatBeloeb, formatDato, formatPeriode, idagIso } from "@/lib/format";

describe("formatting for citizens (klarsprog)", () => {
  it("writes amounts in øre as Danish kroner", () => {
    expect(formatBeloeb(123_450)).toBe("1.234,50 kr.");
    expect(formatBeloeb(43_875)).toBe("438,75 kr.");
    expect(formatBeloeb(0)).toBe("0,00 kr.");
    expect(formatBeloeb(5)).toBe("0,05 kr.");
    expect(formatBeloeb(-1_850_00)).toBe("-1.850,00 kr.");
    expect(formatBeloeb(1_000_000_00)).toBe("1.000.000,00 kr.");
  });

  it("writes dates as '12. marts 2026', and a calendar date never slips to the day before", () => {
    expect(formatDato("2026-03-12")).toBe("12. marts 2026");
    expect(formatDato("2025-01-01")).toBe("1. januar 2025");
    expect(formatDato("2025-12-31T23:30:00Z")).toBe("1. januar 2026"); // an instant is shown in Copenhagen
  });

  it("writes periods and counts", () => {
    expect(formatPeriode("2025-02-01", null)).toBe("fra 1. februar 2025");
    expect(formatPeriode("2026-01-01", "2026-01-31")).toBe("1. januar 2026 – 31. januar 2026");
    expect(formatAntalAf(1, "sag", "sager")).toBe("1 sag");
    expect(formatAntalAf(2000, "sag", "sager")).toBe("2.000 sager");
  });

  it("knows today in Copenhagen, not in UTC", () => {
    expect(idagIso(new Date("2026-03-11T23:30:00Z"))).toBe("2026-03-12");
  });

  it("never shows a raw status or a bare KLE number", () => {
    for (const tekst of Object.values(sagStatusTekst)) expect(tekst).not.toMatch(/^(opstaaet|oplyst|afgjort|afsluttet)$/);
    expect(visEmne({ kle: "27.45.04", titel: "Indflytning i plejebolig" })).toEqual({ titel: "Indflytning i plejebolig", sekundaer: "Emnenummer 27.45.04" });
    expect(visEmne({ kle: "27.45.04", titel: " " }).titel).toBe("Sagens emne");
  });
});

describe("the /sager query", () => {
  it("reads an untouched GET form as no filter", () => {
    const q = sagerQuery.parse({ q: "", status: "", emne: "", side: "" });
    expect(q).toEqual({ side: 1 });
    expect(soegningFraQuery(q)).toEqual({});
  });

  it("maps 'åbne' to the first two steps and passes topic and text on to the source", () => {
    const q = sagerQuery.parse({ side: "3", status: "aabne", emne: "32.03.12", q: "  tillæg " });
    expect(q).toEqual({ side: 3, status: "aabne", emne: "32.03.12", q: "tillæg" });
    expect(soegningFraQuery(q)).toEqual({ status: ["opstaaet", "oplyst"], kle: "32.03.12", soegetekst: "tillæg" });
    expect(soegningFraQuery(sagerQuery.parse({ status: "afgjort" }))).toEqual({ status: ["afgjort"] });
  });

  it("refuses bad values", () => {
    for (const bad of [{ side: "0" }, { side: "x" }, { status: "Afgjort" }, { emne: "27" }, { q: "x".repeat(101) }]) {
      expect(sagerQuery.safeParse(bad).success).toBe(false);
    }
  });
});
