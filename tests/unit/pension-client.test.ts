import { testEnv } from "../support/test-env";
import { http, HttpResponse } from "msw";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { PensionFelt } from "@/lib/domain/pension";
import { manglerSamtykke } from "@/lib/fagsystemer/http";
import { hentPensionsordninger } from "@/lib/fagsystemer/pension/client";
import { PENSIONSSELSKAB, seedOrdninger } from "@/mocks/handlers/pension/fixtures";
import { server } from "@/mocks/node";
import { citizens } from "@/mocks/personas";

beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const alleFelter: PensionFelt[] = ["depotvaerdi", "forventetUdbetalingPrAar"];
const samtykke = (felter: PensionFelt[], gyldigTil = new Date(Date.now() + 86_400_000)) => ({
  id: "samtykke-pension-1",
  felter,
  gyldigTil,
});

/** The provider called directly, to see exactly what it sends back. */
async function soeg(body: unknown): Promise<{ status: number; json: unknown }> {
  const response = await fetch(`${testEnv.FAGSYSTEM_PENSION_URL}/ordninger/soeg`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  return { status: response.status, json: await response.json() };
}

describe("pension client against the pension provider's handlers", () => {
  it("maps Karen's life annuity", async () => {
    const result = await hentPensionsordninger(citizens.karen.cpr, samtykke(alleFelter));
    expect(result).toEqual({
      ok: true,
      data: {
        pensionsselskab: "Korsbæk Pension A/S",
        ordninger: [
          {
            ordningsnummer: "KP-4471-0193",
            type: "livrente",
            depotvaerdi: "286400.00",
            forventetUdbetalingPrAar: "31800.00",
            opgjort: "2026-09-30",
          },
        ],
      },
    });
  });

  it("gives Bent all three kinds of scheme, and Amir none", async () => {
    const bent = await hentPensionsordninger(citizens.bent.cpr, samtykke(alleFelter));
    expect(bent.ok && bent.data.ordninger.map((o) => o.type)).toEqual(["ratepension", "livrente", "aldersopsparing"]);
    const amir = await hentPensionsordninger(citizens.amir.cpr, samtykke(alleFelter));
    expect(amir.ok && amir.data.ordninger).toEqual([]);
  });

  it("releases only the amounts the samtykke names", async () => {
    const result = await hentPensionsordninger(citizens.ole.cpr, samtykke(["depotvaerdi"]));
    expect(result.ok && result.data.ordninger.map((o) => [o.depotvaerdi, o.forventetUdbetalingPrAar])).toEqual([
      ["512900.00", null],
      ["48300.00", null],
    ]);
    const raw = await soeg({ cprNummer: citizens.ole.cpr, samtykke: wire(samtykke(["depotvaerdi"])) });
    expect(raw.json).toEqual({
      pensionsselskab: PENSIONSSELSKAB,
      ordninger: [
        { ordningsnummer: "KP-4471-0188", type: "livrente", depotvaerdi: "512900.00", opgjort: "2026-09-30" },
        { ordningsnummer: "KP-5502-1207", type: "ratepension", depotvaerdi: "48300.00", opgjort: "2026-09-30" },
      ],
    });
  });

  it("drops amounts a misbehaving provider sends beyond the samtykke", async () => {
    const karens = seedOrdninger().filter((s) => s.cpr === citizens.karen.cpr).map((s) => s.ordning);
    server.use(
      http.post("*/pension/ordninger/soeg", () => HttpResponse.json({ pensionsselskab: PENSIONSSELSKAB, ordninger: karens })),
    );
    const result = await hentPensionsordninger(citizens.karen.cpr, samtykke(["forventetUdbetalingPrAar"]));
    expect(result.ok && result.data.ordninger[0]).toMatchObject({ depotvaerdi: null, forventetUdbetalingPrAar: "31800.00" });
  });
});

describe("the pension provider refuses without a valid samtykke, and says nothing about pensions", () => {
  it("refuses a search without samtykke", async () => {
    expect(await soeg({ cprNummer: citizens.karen.cpr })).toEqual({ status: 403, json: { fejl: "Samtykke mangler" } });
  });

  it("refuses an expired samtykke", async () => {
    const udloebet = samtykke(alleFelter, new Date(Date.now() - 1000));
    const result = await hentPensionsordninger(citizens.karen.cpr, udloebet);
    expect(result).toMatchObject({ ok: false, system: "pension", reason: "http", status: 403 });
    expect(manglerSamtykke(result)).toBe(true);
    expect(result).not.toHaveProperty("data");
    expect(await soeg({ cprNummer: citizens.karen.cpr, samtykke: wire(udloebet) })).toEqual({
      status: 403,
      json: { fejl: "Samtykket er udløbet" },
    });
  });

  it("refuses a samtykke that names no pension felt", async () => {
    const result = await hentPensionsordninger(citizens.karen.cpr, samtykke([]));
    expect(manglerSamtykke(result)).toBe(true);
    expect(result).not.toHaveProperty("data");
    expect(!result.ok && result.detail).not.toContain(citizens.karen.cpr);
  });

  it("rejects a malformed search as a bad request", async () => {
    expect((await soeg({ cprNummer: "12034439" })).status).toBe(400);
  });
});

describe("pension provider unavailable", () => {
  it("reports a 500 as unavailable, not as a missing samtykke", async () => {
    server.use(http.post("*/pension/ordninger/soeg", () => new HttpResponse(null, { status: 500 })));
    const result = await hentPensionsordninger(citizens.karen.cpr, samtykke(alleFelter));
    expect(result).toMatchObject({ ok: false, system: "pension", reason: "http", status: 500 });
    expect(manglerSamtykke(result)).toBe(false);
  });

  it("reports an answer that breaks the contract as invalid", async () => {
    server.use(
      http.post("*/pension/ordninger/soeg", () =>
        HttpResponse.json({ pensionsselskab: PENSIONSSELSKAB, ordninger: [{ type: "guldkantet" }] }),
      ),
    );
    const result = await hentPensionsordninger(citizens.karen.cpr, samtykke(alleFelter));
    expect(result).toMatchObject({ ok: false, system: "pension", reason: "invalid" });
  });
});

function wire(s: { id: string; felter: PensionFelt[]; gyldigTil: Date }) {
  return { ...s, gyldigTil: s.gyldigTil.toISOString() };
}
