import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { filtype, rensFilnavn, tjekBilag } from "@/lib/rettelser/bilag";
import { forlaengetFrist, fristFor, kanForlaenges } from "@/lib/rettelser/frist";
import { erAfgjort, kanGaa, markering, overgang, UlovligOvergang, type RettelseStatus } from "@/lib/rettelser/status";

/** The calendar day and wall-clock time of an instant in Copenhagen. */
function lokal(d: Date) {
  const p = Object.fromEntries(
    new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/Copenhagen", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit", hourCycle: "h23" })
      .formatToParts(d)
      .map((x) => [x.type, x.value]),
  );
  return { aar: Number(p.year), maaned: Number(p.month), dag: Number(p.day), tid: `${p.hour}:${p.minute}:${p.second}` };
}
const dageI = (aar: number, maaned: number) => new Date(Date.UTC(aar, maaned, 0)).getUTCDate();

describe("GDPR art. 12(3) deadlines in calendar months, Copenhagen time", () => {
  it.each([
    ["received 31 January: the deadline is the last day of February", "2026-01-31T10:00:00Z", "2026-02-28T22:59:59.999Z"],
    ["in a leap year, the 29th", "2028-01-31T10:00:00Z", "2028-02-29T22:59:59.999Z"],
    ["received 31 March: 30 April, in summer time", "2026-03-31T08:00:00Z", "2026-04-30T21:59:59.999Z"],
    ["received just after midnight on 1 March (still 28 Feb in UTC): 1 April", "2026-02-28T23:30:00Z", "2026-04-01T21:59:59.999Z"],
    ["received the morning clocks go forward (29 March 2026): 29 April", "2026-03-29T01:30:00Z", "2026-04-29T21:59:59.999Z"],
    ["received the night clocks go back (25 October 2026): 25 November, in winter time", "2026-10-25T00:30:00Z", "2026-11-25T22:59:59.999Z"],
    ["received late on 31 December: 31 January next year", "2026-12-31T22:30:00Z", "2027-01-31T22:59:59.999Z"],
  ])("%s", (_navn, modtaget, frist) => {
    expect(fristFor(new Date(modtaget)).toISOString()).toBe(frist);
  });

  it("extends to three months from receipt, and only within the first month", () => {
    const modtaget = new Date("2026-11-30T09:00:00Z");
    expect(forlaengetFrist(modtaget).toISOString()).toBe("2027-02-28T22:59:59.999Z");
    expect(kanForlaenges(modtaget, new Date("2026-12-30T22:59:00Z"))).toBe(true);
    expect(kanForlaenges(modtaget, new Date("2026-12-30T23:00:00Z"))).toBe(false);
  });

  it("for any moment of receipt: the same day number a month later (or that month's last day), at the very end of the day", () => {
    fc.assert(
      fc.property(fc.date({ min: new Date("2000-01-01T00:00:00Z"), max: new Date("2040-12-31T00:00:00Z"), noInvalidDate: true }), (modtaget) => {
        const m = lokal(modtaget);
        for (const [frist, maaneder] of [
          [fristFor(modtaget), 1],
          [forlaengetFrist(modtaget), 3],
        ] as const) {
          const f = lokal(frist);
          const maal = new Date(Date.UTC(m.aar, m.maaned - 1 + maaneder, 1));
          expect(frist.getTime()).toBeGreaterThan(modtaget.getTime());
          expect([f.aar, f.maaned]).toEqual([maal.getUTCFullYear(), maal.getUTCMonth() + 1]);
          expect(f.dag).toBe(Math.min(m.dag, dageI(f.aar, f.maaned)));
          expect(f.tid).toBe("23:59:59");
          // The next millisecond is already the next day in Copenhagen, whatever the clock change.
          expect(lokal(new Date(frist.getTime() + 1)).tid).toBe("00:00:00");
        }
        expect(kanForlaenges(modtaget, fristFor(modtaget))).toBe(true);
        expect(kanForlaenges(modtaget, new Date(fristFor(modtaget).getTime() + 1))).toBe(false);
      }),
      { numRuns: 500 },
    );
  });
});

describe("the status of a request", () => {
  const alle: RettelseStatus[] = ["kladde", "modtaget", "under-behandling", "rettet", "indsigelse-noteret", "afslag"];
  const tilladte = new Set(["kladde>modtaget", "modtaget>under-behandling", "under-behandling>rettet", "under-behandling>indsigelse-noteret", "under-behandling>afslag"]);

  it.each(alle.flatMap((fra) => alle.map((til) => [fra, til] as const)))("%s → %s", (fra, til) => {
    if (tilladte.has(`${fra}>${til}`)) expect(overgang(fra, til)).toBe(til);
    else expect(() => overgang(fra, til)).toThrow(UlovligOvergang);
  });

  it("a decided request stays decided, and a draft cannot be decided", () => {
    for (const s of ["rettet", "indsigelse-noteret", "afslag"] as const) {
      expect(erAfgjort(s)).toBe(true);
      expect(alle.some((til) => kanGaa(s, til))).toBe(false);
    }
    expect(kanGaa("kladde", "rettet")).toBe(false);
    expect(kanGaa("modtaget", "afslag")).toBe(false);
  });

  it("marks the datum 'anfægtet' while open, 'indsigelse noteret' after an objection, and nothing otherwise", () => {
    expect(alle.map(markering)).toEqual([null, "anfaegtet", "anfaegtet", null, "indsigelse-noteret", null]);
  });
});

describe("attachments are checked by their content, not their name", () => {
  const fil = (navn: string, bytes: Buffer | string, type = "application/octet-stream") => new File([new Uint8Array(typeof bytes === "string" ? Buffer.from(bytes) : bytes)], navn, { type });
  const PNG = Buffer.from("89504e470d0a1a0a0000000d49484452", "hex");
  const JPG = Buffer.from("ffd8ffe000104a464946", "hex");

  it("accepts PDF, PNG and JPG by their first bytes, whatever they are called", async () => {
    expect(await tjekBilag(fil("kontrakt.pdf", "%PDF-1.7\n..."))).toMatchObject({ ok: true, bilag: { mime: "application/pdf", filnavn: "kontrakt.pdf" } });
    expect(await tjekBilag(fil("billede", PNG))).toMatchObject({ ok: true, bilag: { mime: "image/png" } });
    expect(await tjekBilag(fil("foto.pdf", JPG, "application/pdf"))).toMatchObject({ ok: true, bilag: { mime: "image/jpeg" } });
  });

  it("refuses a program, a web page or a zip dressed up as a PDF, with a Danish reason", async () => {
    for (const indhold of ["MZ\x90\x00 program", "<html><script>alert(1)</script>", "PK\x03\x04zip"]) {
      const svar = await tjekBilag(fil("lægeerklæring.pdf", indhold, "application/pdf"));
      expect(svar).toEqual({ ok: false, fejl: "»lægeerklæring.pdf« hedder noget med PDF, JPG eller PNG, men er ikke sådan en fil. Gem den som PDF, JPG eller PNG og prøv igen." });
    }
    expect(await tjekBilag(fil("noter.docx", "PK\x03\x04"))).toEqual({ ok: false, fejl: "Filen skal være en PDF, JPG eller PNG." });
  });

  it("refuses an empty file and one above 5 MB", async () => {
    expect(await tjekBilag(fil("tom.pdf", ""))).toEqual({ ok: false, fejl: "Filen er tom. Vælg en anden fil." });
    const stor = Buffer.concat([Buffer.from("%PDF-"), Buffer.alloc(5 * 1024 * 1024)]);
    expect(await tjekBilag(fil("stor.pdf", stor))).toEqual({ ok: false, fejl: "Filen fylder 5,0 MB. Den må højst fylde 5 MB." });
  });

  it("keeps only a safe file name: no folders, no control characters, not too long", () => {
    expect(rensFilnavn("../../etc/passwd")).toBe("passwd");
    expect(rensFilnavn("C:\\Users\\amir\\løn\u0000seddel.pdf")).toBe("lønseddel.pdf");
    expect(rensFilnavn('a"<b>.png')).toBe("ab.png");
    expect(rensFilnavn("")).toBe("bilag");
    expect(rensFilnavn(`${"x".repeat(300)}.pdf`)).toHaveLength(120);
    expect(filtype(new Uint8Array([0x25, 0x50, 0x44]))).toBeNull();
  });
});
