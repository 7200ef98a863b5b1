import "../support/test-env";
import { http, HttpResponse } from "msw";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { hentPerson } from "@/lib/fagsystemer/cpr/client";
import { hentBreve } from "@/lib/fagsystemer/digitalpost/client";
import { hentIndkomst } from "@/lib/fagsystemer/eindkomst/client";
import { hentEmne } from "@/lib/fagsystemer/klassifikation/client";
import { hentSagsbehandler } from "@/lib/fagsystemer/organisation/client";
import { hentPensionsordninger } from "@/lib/fagsystemer/pension/client";
import { soegBorgersSager } from "@/lib/fagsystemer/sdi/client";
import { soegEffektueringer } from "@/lib/fagsystemer/ydelsesindeks/client";
import { sagsbehandlere } from "@/mocks/handlers/organisation/fixtures";
import { clearFaults, faultSchema, setFault } from "@/mocks/faults";
import { server } from "@/mocks/node";
import { citizens } from "@/mocks/personas";

beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
// A fake clock: a hang or a slow answer is waited out in simulated time, not in real seconds.
beforeEach(() => vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "Date"] }));
afterEach(() => {
  vi.useRealTimers();
  clearFaults();
  server.resetHandlers();
});
afterAll(() => server.close());

/** Runs a call while the fake clock moves 2 s ahead; answers with the result and the simulated time it took. */
async function timed(call: () => Promise<{ ok: boolean }>): Promise<{ result: { ok: boolean }; ms: number }> {
  const started = Date.now();
  let ms = Number.NaN;
  const pending = call().then((result) => ((ms = Date.now() - started), result));
  await vi.advanceTimersByTimeAsync(2000);
  return { result: await pending, ms };
}

const gyldigTil = new Date(Date.now() + 86_400_000);

/** One read per fagsystem: every one must degrade the same way. */
const calls = {
  sdi: () => soegBorgersSager(citizens.karen.cpr, { side: 1, antal: 5 }),
  cpr: () => hentPerson(citizens.karen.cpr, false),
  ydelsesindeks: () => soegEffektueringer(citizens.karen.cpr, { side: 1, antal: 5 }),
  organisation: () => hentSagsbehandler(sagsbehandlere.jonas.uuid),
  klassifikation: () => hentEmne("32.03.12"),
  eindkomst: () => hentIndkomst(citizens.amir.cpr, { fra: "2025-01", til: "2025-02", felter: ["loenindkomst"] }, { id: "s1", felter: ["loenindkomst"], gyldigTil }),
  pension: () => hentPensionsordninger(citizens.karen.cpr, { id: "s2", felter: ["depotvaerdi"], gyldigTil }),
  digitalpost: () => hentBreve(citizens.karen.cpr, { side: 1, antal: 5 }),
};

// FAGSYSTEM_TIMEOUT_MS is 1000 in tests.
describe.each(Object.entries(calls))("faults on %s give a typed unavailable result", (system, call) => {
  it.each([
    ["a 100% error rate", { errorRate: 1 }, "http"],
    ["a hang", { timeout: true }, "timeout"],
    ["latency beyond the timeout", { latencyMs: 1500 }, "timeout"],
    ["a malformed body", { malformed: true }, "invalid"],
  ])("%s", async (_label, fault, reason) => {
    setFault(system, faultSchema.parse(fault));
    const { result, ms } = await timed(call);
    expect(result).toMatchObject({ ok: false, system, reason });
    // The whole call, retries included, stays within FAGSYSTEM_TIMEOUT_MS (1000 in tests).
    expect(ms).toBeLessThanOrEqual(1000);
  });

  it("answers normally with latency inside the timeout", async () => {
    setFault(system, faultSchema.parse({ latencyMs: 150 }));
    const { result, ms } = await timed(call);
    expect(result.ok).toBe(true);
    expect(ms).toBeGreaterThanOrEqual(150);
  });
});

describe("an answer far larger than any page of data", () => {
  it("is refused as a broken system, not read into memory", async () => {
    const stor = JSON.stringify({ sager: [], fyld: "x".repeat(6 * 1024 * 1024) });
    server.use(http.post("*/sdi/sager/soeg", () => new HttpResponse(stor, { headers: { "content-type": "application/json" } })));
    const { result } = await timed(calls.sdi);
    expect(result).toMatchObject({ ok: false, system: "sdi", reason: "invalid", detail: expect.stringContaining("larger than") });
  });
});
