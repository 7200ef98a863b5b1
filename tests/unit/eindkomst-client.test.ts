import { testEnv } from "../support/test-env";
import { http, HttpResponse } from "msw";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { IndkomstFelt } from "@/lib/domain/indkomst";
import { hentIndkomst } from "@/lib/fagsystemer/eindkomst/client";
import { manglerSamtykke } from "@/lib/fagsystemer/http";
import { AMIR_KORREKT_LOENINDKOMST, arbejdsgivere, seedIndkomst } from "@/mocks/handlers/eindkomst/fixtures";
import { server } from "@/mocks/node";
import { citizens } from "@/mocks/personas";

beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const alleFelter: IndkomstFelt[] = ["loenindkomst", "aSkat", "amBidrag", "atpBidrag"];
const hele = { fra: "2024-01", til: "2026-10", felter: alleFelter };
const samtykke = (felter: IndkomstFelt[], gyldigTil = new Date(Date.now() + 86_400_000)) => ({
  id: "samtykke-eindkomst-1",
  felter,
  gyldigTil,
});

/** The register called directly, to see exactly what it sends back. */
function soeg(body: unknown): Promise<Response> {
  return fetch(`${testEnv.FAGSYSTEM_EINDKOMST_URL}/indkomst/soeg`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
}

describe("eIndkomst client against the eIndkomst handlers", () => {
  it("returns Amir's salary per month, with the correct January 2025 figure", async () => {
    const result = await hentIndkomst(citizens.amir.cpr, hele, samtykke(alleFelter));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.data.indberettere).toHaveLength(1);
    const [arbejdsgiver] = result.data.indberettere;
    expect(arbejdsgiver).toMatchObject(AMIR_KORREKT_LOENINDKOMST.indberetter);
    expect(arbejdsgiver!.maaneder).toHaveLength(15);
    expect(arbejdsgiver!.maaneder[0]!.maaned).toBe("2025-03");
    const januar = arbejdsgiver!.maaneder.find((m) => m.maaned === AMIR_KORREKT_LOENINDKOMST.maaned);
    expect(januar!.beloeb.loenindkomst).toBe(AMIR_KORREKT_LOENINDKOMST.beloeb);
    expect(Object.keys(januar!.beloeb).sort()).toEqual([...alleFelter].sort());
    for (const beloeb of Object.values(januar!.beloeb)) expect(beloeb).toMatch(/^\d+\.\d{2}$/);
  });

  it("gives Sofie's part-time job from September 2024, and nothing for Karen", async () => {
    const sofie = await hentIndkomst(citizens.sofie.cpr, hele, samtykke(alleFelter));
    expect(sofie.ok && sofie.data.indberettere.map((i) => i.navn)).toEqual([arbejdsgivere.havnecafeen.navn]);
    expect(sofie.ok && sofie.data.indberettere[0]!.maaneder.at(-1)!.maaned).toBe("2024-09");
    const karen = await hentIndkomst(citizens.karen.cpr, hele, samtykke(alleFelter));
    expect(karen).toEqual({ ok: true, data: { ...hele, indberettere: [] } });
  });

  it("lists the most recent employer first when the Storforbruger changed jobs", async () => {
    const result = await hentIndkomst(citizens.storforbruger.cpr, hele, samtykke(alleFelter));
    expect(result.ok && result.data.indberettere.map((i) => i.cvr)).toEqual([
      arbejdsgivere.lager.cvr,
      arbejdsgivere.kontorservice.cvr,
    ]);
  });

  it("returns only the requested felter and months, at the source and after mapping", async () => {
    const soegning = { fra: "2025-01", til: "2025-02", felter: ["loenindkomst"] as IndkomstFelt[] };
    const result = await hentIndkomst(citizens.amir.cpr, soegning, samtykke(alleFelter));
    expect(result.ok && result.data.indberettere[0]!.maaneder).toEqual([
      { maaned: "2025-02", beloeb: { loenindkomst: AMIR_KORREKT_LOENINDKOMST.beloeb } },
      { maaned: "2025-01", beloeb: { loenindkomst: AMIR_KORREKT_LOENINDKOMST.beloeb } },
    ]);
    const raw = await soeg({ cprNummer: citizens.amir.cpr, ...soegning, samtykke: wire(samtykke(alleFelter)) });
    const { linjer } = (await raw.json()) as { linjer: Record<string, unknown>[] };
    expect(linjer.map((l) => Object.keys(l).sort())).toEqual([
      ["indberetter", "loenindkomst", "maaned"],
      ["indberetter", "loenindkomst", "maaned"],
    ]);
  });

  it("drops felter and months a misbehaving register sends beyond the request", async () => {
    const amirs = seedIndkomst().filter((s) => s.cpr === citizens.amir.cpr).map((s) => s.linje);
    server.use(http.post("*/eindkomst/indkomst/soeg", () => HttpResponse.json({ linjer: amirs })));
    const result = await hentIndkomst(
      citizens.amir.cpr,
      { fra: "2025-01", til: "2025-01", felter: ["loenindkomst"] },
      samtykke(["loenindkomst"]),
    );
    expect(result.ok && result.data.indberettere[0]!.maaneder).toEqual([
      { maaned: "2025-01", beloeb: { loenindkomst: AMIR_KORREKT_LOENINDKOMST.beloeb } },
    ]);
  });
});

describe("eIndkomst refuses without a valid samtykke, and says nothing about income", () => {
  it("refuses a search without samtykke", async () => {
    const response = await soeg({ cprNummer: citizens.amir.cpr, ...hele });
    expect(response.status).toBe(403);
    expect(await response.json()).toEqual({ fejl: "Samtykke mangler" });
  });

  it("refuses an expired samtykke", async () => {
    const udloebet = samtykke(alleFelter, new Date(Date.now() - 1000));
    const result = await hentIndkomst(citizens.amir.cpr, hele, udloebet);
    expect(result).toMatchObject({ ok: false, system: "eindkomst", reason: "http", status: 403 });
    expect(manglerSamtykke(result)).toBe(true);
    expect(result).not.toHaveProperty("data");
    const response = await soeg({ cprNummer: citizens.amir.cpr, ...hele, samtykke: wire(udloebet) });
    expect(await response.json()).toEqual({ fejl: "Samtykket er udløbet" });
  });

  it("refuses a samtykke that does not cover every requested felt", async () => {
    const smal = samtykke(["loenindkomst"]);
    const result = await hentIndkomst(citizens.amir.cpr, { ...hele, felter: ["loenindkomst", "aSkat"] }, smal);
    expect(manglerSamtykke(result)).toBe(true);
    expect(result).not.toHaveProperty("data");
    expect(!result.ok && result.detail).not.toContain(citizens.amir.cpr);
    const response = await soeg({ cprNummer: citizens.amir.cpr, ...hele, felter: ["loenindkomst", "aSkat"], samtykke: wire(smal) });
    expect(response.status).toBe(403);
    expect(await response.json()).toEqual({ fejl: "Samtykket dækker ikke: aSkat" });
  });

  it("rejects a malformed search as a bad request, not as a missing samtykke", async () => {
    const response = await soeg({ cprNummer: citizens.amir.cpr, fra: "2026-10", til: "2024-01", felter: alleFelter });
    expect(response.status).toBe(400);
  });
});

describe("eIndkomst unavailable", () => {
  it("reports a 500 as unavailable, not as a missing samtykke", async () => {
    server.use(http.post("*/eindkomst/indkomst/soeg", () => HttpResponse.json({ fejl: "Intern fejl" }, { status: 500 })));
    const result = await hentIndkomst(citizens.amir.cpr, hele, samtykke(alleFelter));
    expect(result).toMatchObject({ ok: false, system: "eindkomst", reason: "http", status: 500, retriable: true });
    expect(manglerSamtykke(result)).toBe(false);
  });

  it("reports an answer that breaks the contract as invalid", async () => {
    server.use(http.post("*/eindkomst/indkomst/soeg", () => HttpResponse.json({ linjer: [{ maaned: "januar" }] })));
    const result = await hentIndkomst(citizens.amir.cpr, hele, samtykke(alleFelter));
    expect(result).toMatchObject({ ok: false, system: "eindkomst", reason: "invalid" });
  });
});

function wire(s: { id: string; felter: IndkomstFelt[]; gyldigTil: Date }) {
  return { ...s, gyldigTil: s.gyldigTil.toISOString() };
}
