import "../support/test-env";
import { http, HttpResponse } from "msw";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { Udbetaling } from "@/lib/domain/ydelse";
import { aarstotaler, soegBevillinger, soegEffektueringer } from "@/lib/fagsystemer/ydelsesindeks/client";
import { beloebTilOere, effektueringSoegeresultatWire, oereTilBeloeb } from "@/lib/fagsystemer/ydelsesindeks/wire";
import { seedSager } from "@/mocks/handlers/sdi/fixtures";
import { idag } from "@/lib/klokke";
import { ydelsesindeksStore } from "@/mocks/handlers/ydelsesindeks/store";
import { server } from "@/mocks/node";
import { citizens } from "@/mocks/personas";

beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const sdiSager = seedSager();
const sagUuid = (sagsnummer: string) => sdiSager.find((s) => s.sag.sagsnummer === sagsnummer)!.sag.uuid;

async function ok<T>(promise: Promise<{ ok: true; data: T } | { ok: false }>): Promise<T> {
  const result = await promise;
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result)}`);
  return result.data;
}

async function bevillingId(cpr: string, nummer: string): Promise<string> {
  const side = await ok(soegBevillinger(cpr, { side: 1, antal: 20 }));
  return side.bevillinger.find((b) => b.nummer === nummer)!.id;
}

/** The source's order: newest payment date first, id breaking ties. */
function iOrden(a: Udbetaling, b: Udbetaling): boolean {
  return a.dato > b.dato || (a.dato === b.dato && a.id < b.id);
}

describe("Ydelsesindeks client against the Ydelsesindeks handlers", () => {
  it("maps Karen's bevillinger: the medicine tillæg on her sag, boligstøtte from Udbetaling Danmark", async () => {
    const side = await ok(soegBevillinger(citizens.karen.cpr, { side: 1, antal: 20 }));
    expect(side).toMatchObject({ side: 1, antal: 20, total: 2 });
    const [medicin, boligstoette] = side.bevillinger;
    expect(medicin).toEqual({
      id: expect.any(String),
      nummer: "BEV-2025-0131",
      status: "aktiv",
      periode: { fra: "2025-02-01", til: null },
      sagId: sagUuid("32.03.12-G01-7-25"),
      betaler: "Korsbæk Kommune",
      ydelser: [
        {
          navn: "Personligt tillæg til medicin",
          periode: { fra: "2025-02-01", til: null },
          satser: [
            { periode: { fra: "2025-02-01", til: "2025-12-31" }, beloeb: 41_250, frekvens: "Månedlig", betales: "bagud" },
            { periode: { fra: "2026-01-01", til: null }, beloeb: 43_875, frekvens: "Månedlig", betales: "bagud" },
          ],
        },
      ],
    });
    expect(boligstoette).toMatchObject({ status: "aktiv", sagId: null, betaler: "Udbetaling Danmark" });
    expect(boligstoette!.ydelser[0]!.satser.map((s) => [s.beloeb, s.betales])).toEqual([
      [294_600, "forud"],
      [301_200, "forud"],
      [308_500, "forud"],
      [315_400, "forud"],
    ]);
  });

  it("gives Karen's payments newest first, the next two months as planned with nothing paid yet", async () => {
    const side = await ok(soegEffektueringer(citizens.karen.cpr, { side: 1, antal: 6 }));
    expect(side.total).toBe(72);
    expect(side.udbetalinger.map((u) => [u.dato, u.status])).toEqual([
      ["2026-12-31", "planlagt"],
      ["2026-12-31", "planlagt"],
      ["2026-11-30", "planlagt"],
      ["2026-11-30", "planlagt"],
      ["2026-10-30", "udbetalt"],
      ["2026-10-30", "udbetalt"],
    ]);
    const medicinDecember = side.udbetalinger.find((u) => u.ydelse === "Personligt tillæg til medicin" && u.dato === "2026-12-31");
    expect(medicinDecember).toMatchObject({
      periode: { fra: "2026-12-01", til: "2026-12-31" },
      status: "planlagt",
      brutto: 43_875,
      efterSkat: 43_875,
      udbetalt: null,
      betaler: "Ydelsesservice, Korsbæk Kommune",
    });
    // Boligstøtte is paid in advance: January's money goes out on the last banking day of December.
    const boligstoetteJanuar = side.udbetalinger.find((u) => u.ydelse === "Boligstøtte" && u.dato === "2026-12-31");
    expect(boligstoetteJanuar).toMatchObject({ periode: { fra: "2027-01-01", til: "2027-01-31" }, brutto: 315_400, betaler: "Udbetaling Danmark" });
    const medicinOktober = side.udbetalinger.find((u) => u.ydelse === "Personligt tillæg til medicin" && u.dato === "2026-10-30");
    expect(medicinOktober).toMatchObject({ status: "udbetalt", brutto: 43_875, udbetalt: 43_875 });
    for (const u of side.udbetalinger) expect(u.status === "planlagt").toBe(u.dato > idag());
  });

  it("filters payments by bevilling and by payment date at the source", async () => {
    const medicin = await bevillingId(citizens.karen.cpr, "BEV-2025-0131");
    const perBevilling = await ok(soegEffektueringer(citizens.karen.cpr, { side: 1, antal: 100, bevillingUuid: medicin }));
    expect(perBevilling.total).toBe(23);
    expect(perBevilling.udbetalinger.every((u) => u.bevillingId === medicin)).toBe(true);
    expect(perBevilling.udbetalinger.at(-1)).toMatchObject({ periode: { fra: "2025-02-01", til: "2025-02-28" }, brutto: 41_250 });

    const i2026 = await ok(soegEffektueringer(citizens.karen.cpr, { side: 1, antal: 100, fra: "2026-01-01", til: "2026-12-31" }));
    expect(i2026.total).toBe(24);
    expect(i2026.udbetalinger.every((u) => u.dato >= "2026-01-01" && u.dato <= "2026-12-31")).toBe(true);
  });

  it("maps Amir's ended sygedagpenge with tax and ATP, and pays his first jobafklaring month pro rata", async () => {
    const side = await ok(soegBevillinger(citizens.amir.cpr, { side: 1, antal: 20 }));
    expect(side.bevillinger.map((b) => [b.ydelser[0]!.navn, b.status, b.periode.til])).toEqual([
      ["Ressourceforløbsydelse under jobafklaringsforløb", "aktiv", null],
      ["Sygedagpenge", "ophoert", "2025-08-17"],
    ]);
    const [ressourceforloeb, sygedagpenge] = side.bevillinger;
    expect(sygedagpenge!.sagId).toBe(sagUuid("15.17.06-G01-44-25"));
    expect(ressourceforloeb!.sagId).toBe(sagUuid("15.17.12-G01-8-25"));

    const syg = await ok(soegEffektueringer(citizens.amir.cpr, { side: 1, antal: 100, bevillingUuid: sygedagpenge!.id }));
    expect(syg.total).toBe(13);
    expect(syg.udbetalinger[0]).toMatchObject({
      periode: { fra: "2025-08-04", til: "2025-08-17" },
      dato: "2025-08-21",
      brutto: 991_008,
      efterSkat: 687_022,
      udbetalt: 687_022,
    });

    const ressource = await ok(soegEffektueringer(citizens.amir.cpr, { side: 1, antal: 100, bevillingUuid: ressourceforloeb!.id }));
    // 14 of August's 31 days of 12.550,00 kr.
    expect(ressource.udbetalinger.at(-1)).toMatchObject({ periode: { fra: "2025-08-18", til: "2025-08-31" }, brutto: 566_774 });
  });

  it("sums Sofie's year at the source to exactly the sum of her payments", async () => {
    const side = await ok(soegEffektueringer(citizens.sofie.cpr, { side: 1, antal: 100 }));
    expect(side.total).toBe(8);
    expect(side.udbetalinger.every((u) => u.status === "udbetalt")).toBe(true);
    const sum = (pick: (u: Udbetaling) => number) => side.udbetalinger.reduce((acc, u) => acc + pick(u), 0);
    expect(await ok(aarstotaler(citizens.sofie.cpr))).toEqual([
      {
        aar: 2024,
        antal: 8,
        brutto: sum((u) => u.brutto),
        efterSkat: sum((u) => u.efterSkat),
        udbetalt: sum((u) => u.udbetalt!),
      },
    ]);
  });

  it("has nothing for Bent and Ole", async () => {
    for (const cpr of [citizens.bent.cpr, citizens.ole.cpr]) {
      expect(await ok(soegBevillinger(cpr, { side: 1, antal: 20 }))).toMatchObject({ bevillinger: [], total: 0 });
      expect(await ok(soegEffektueringer(cpr, { side: 1, antal: 20 }))).toMatchObject({ udbetalinger: [], total: 0 });
      expect(await ok(aarstotaler(cpr))).toEqual([]);
    }
  });

  it("pages the Storforbruger's 20,000 payments stably and completely", async () => {
    const cpr = citizens.storforbruger.cpr;
    const hent = (side: number, antal = 100) => ok(soegEffektueringer(cpr, { side, antal }));
    const sider = await Promise.all([1, 2, 3, 100, 101, 199, 200].map((s) => hent(s)));
    for (const side of sider) expect(side.total).toBe(20_000);
    expect(sider.every((s) => s.udbetalinger.length === 100)).toBe(true);
    expect((await hent(201)).udbetalinger).toEqual([]);

    const ids = sider.flatMap((s) => s.udbetalinger.map((u) => u.id));
    expect(new Set(ids).size).toBe(ids.length);
    // Order holds within each page and across each boundary between consecutive pages.
    for (const [a, b] of [[0, 1], [1, 2], [3, 4], [5, 6]] as const) {
      const run = [...sider[a]!.udbetalinger, ...sider[b]!.udbetalinger];
      for (let i = 1; i < run.length; i++) expect(iOrden(run[i - 1]!, run[i]!)).toBe(true);
    }
    // The same rows whatever the page size.
    const halve = await Promise.all([1, 2, 3, 4].map((s) => hent(s, 50)));
    expect(halve.flatMap((s) => s.udbetalinger.map((u) => u.id))).toEqual(ids.slice(0, 200));

    const totaler = await ok(aarstotaler(cpr));
    expect(totaler.reduce((acc, t) => acc + t.antal, 0)).toBe(20_000);
    const [nyesteAar] = totaler;
    const iAaret = await ok(
      soegEffektueringer(cpr, { side: 1, antal: 100, fra: `${nyesteAar!.aar}-01-01`, til: `${nyesteAar!.aar}-12-31` }),
    );
    expect(iAaret.total).toBe(nyesteAar!.antal);
  });

  it("never puts a CPR number in a URL", async () => {
    const urls: string[] = [];
    const listener = ({ request }: { request: Request }) => void urls.push(request.url);
    server.events.on("request:start", listener);
    await soegBevillinger(citizens.karen.cpr, { side: 1, antal: 20 });
    await soegEffektueringer(citizens.karen.cpr, { side: 1, antal: 20 });
    await aarstotaler(citizens.karen.cpr);
    server.events.removeListener("request:start", listener);
    expect(urls).toHaveLength(3);
    expect(urls.some((u) => u.includes(citizens.karen.cpr))).toBe(false);
  });

  it("rejects a malformed answer with a typed, CPR-free error", async () => {
    server.use(
      http.post("*/ydelsesindeks/effektueringer/soeg", () =>
        HttpResponse.json({ effektueringer: [{ uuid: "ikke-en-uuid", samletBruttobeloeb: 12.5 }], side: 1, antal: 20, total: 1 }),
      ),
    );
    const result = await soegEffektueringer(citizens.karen.cpr, { side: 1, antal: 20 });
    expect(result).toMatchObject({ ok: false, system: "ydelsesindeks", reason: "invalid", retriable: false });
    expect(!result.ok && result.detail).not.toContain(citizens.karen.cpr);
  });

  it("rejects a paid effektuering without the amount paid", async () => {
    const kendt = ydelsesindeksStore.get().effektueringer.find((e) => e.partCpr === citizens.sofie.cpr)!.effektuering;
    const betalt = { ...kendt, status: "udbetalt", beloebUdbetalt: kendt.beloebEfterSkatATP };
    const svar = (effektuering: object) => ({ effektueringer: [effektuering], side: 1, antal: 1, total: 1 });
    expect(effektueringSoegeresultatWire.safeParse(svar(betalt)).success).toBe(true);
    server.use(
      http.post("*/ydelsesindeks/effektueringer/soeg", () => HttpResponse.json(svar({ ...betalt, beloebUdbetalt: undefined }))),
    );
    const result = await soegEffektueringer(citizens.sofie.cpr, { side: 1, antal: 1 });
    expect(result).toMatchObject({ ok: false, reason: "invalid" });
  });

  it("reports a 500 as unavailable, after one retry", async () => {
    let calls = 0;
    server.use(
      http.post("*/ydelsesindeks/effektueringer/aarstotaler", () => {
        calls++;
        return HttpResponse.json({ fejl: "Intern fejl" }, { status: 500 });
      }),
    );
    const result = await aarstotaler(citizens.karen.cpr);
    expect(calls).toBe(2);
    expect(result).toMatchObject({ ok: false, system: "ydelsesindeks", reason: "http", status: 500, retriable: true });
  });

  it("is told off by the source for a page larger than 100", async () => {
    const result = await soegBevillinger(citizens.karen.cpr, { side: 1, antal: 101 });
    expect(result).toMatchObject({ ok: false, reason: "http", status: 400, retriable: false });
  });
});

describe("one clock for the portal and the Ydelsesindeks (MINE_DATA_NU)", () => {
  afterEach(() => {
    process.env.MINE_DATA_NU = "2026-11-23T12:00:00+01:00";
  });

  it("moves the line between paid and planned, and how far ahead payments are known, when the clock moves", async () => {
    const status = async () => (await ok(soegEffektueringer(citizens.karen.cpr, { side: 1, antal: 100 }))).udbetalinger;
    const foer = await status();
    expect(foer.find((u) => u.dato === "2026-11-30")?.status).toBe("planlagt");
    expect(foer[0]!.dato).toBe("2026-12-31");

    process.env.MINE_DATA_NU = "2026-12-05T12:00:00+01:00";
    const efter = await status();
    expect(efter.find((u) => u.dato === "2026-11-30")).toMatchObject({ status: "udbetalt", udbetalt: expect.any(Number) });
    // A month later, planned payments reach a month further.
    expect(efter[0]!.dato).toBe("2027-01-29");
    for (const u of efter) expect(u.status === "planlagt", u.dato).toBe(u.dato > "2026-12-05");
    // Bevillinger end by the same clock.
    process.env.MINE_DATA_NU = "2024-06-01T12:00:00+02:00";
    const sofie = await ok(soegBevillinger(citizens.sofie.cpr, { side: 1, antal: 5 }));
    expect(sofie.bevillinger[0]!.status).toBe("aktiv");
  });
});

describe("OIO Beloeb", () => {
  it("converts decimal strings to whole øre without floats, rounding half away from zero", () => {
    expect(["1234.50", "1234.5", "7", "0.005", "0.0049", "-12.345", "-0.001"].map(beloebTilOere)).toEqual([
      123_450, 123_450, 700, 1, 0, -1_235, 0,
    ]);
    expect([123_450, -5, 0, 100].map(oereTilBeloeb)).toEqual(["1234.50", "-0.05", "0.00", "1.00"]);
  });
});
