import "../support/test-env";
import { http, HttpResponse } from "msw";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { soegBorgersSager } from "@/lib/fagsystemer/sdi/client";
import { sagSoegeresultatWire } from "@/lib/fagsystemer/sdi/wire";
import { seedSager } from "@/mocks/handlers/sdi/fixtures";
import { server } from "@/mocks/node";
import { citizens } from "@/mocks/personas";

beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

describe("SDI client against the SDI handlers", () => {
  it("returns Karen's visible sager, open ones first, without the hidden sag", async () => {
    const result = await soegBorgersSager(citizens.karen.cpr, { side: 1, antal: 20 });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.data.total).toBe(4);
    const titles = result.data.sager.map((s) => s.titel);
    expect(titles).not.toContain("Intern vurdering af boligsituation");
    expect(result.data.sager[0]).toMatchObject({ titel: "Ansøgning om plejebolig", status: "oplyst" });
    expect(result.data.sager.at(-1)).toMatchObject({ titel: "Personligt tillæg til briller", status: "afsluttet" });
  });

  it("pages at the source: the Storforbruger's first page holds 20 of 2,000", async () => {
    const result = await soegBorgersSager(citizens.storforbruger.cpr, { side: 3, antal: 20 });
    expect(result.ok && result.data).toMatchObject({ total: 2000, side: 3 });
    expect(result.ok && result.data.sager).toHaveLength(20);
  });

  it("drops a hidden sag even if the index ignores the filter", async () => {
    server.use(
      http.post("*/sdi/sager/soeg", () => {
        const karens = seedSager().filter((s) => s.partCpr === citizens.karen.cpr).map((s) => s.sag);
        return HttpResponse.json(sagSoegeresultatWire.parse({ sager: karens, side: 1, antal: 20, total: karens.length }));
      }),
    );
    const result = await soegBorgersSager(citizens.karen.cpr, { side: 1, antal: 20 });
    expect(result.ok && result.data.sager.map((s) => s.titel)).not.toContain("Intern vurdering af boligsituation");
  });

  it("rejects a malformed answer with a clear, typed error instead of crashing", async () => {
    server.use(
      http.post("*/sdi/sager/soeg", () =>
        HttpResponse.json({ sager: [{ uuid: "ikke-en-uuid", titel: 42 }], side: 1, antal: 20, total: 1 }),
      ),
    );
    const result = await soegBorgersSager(citizens.karen.cpr, { side: 1, antal: 20 });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result).toMatchObject({ system: "sdi", reason: "invalid" });
    expect(result.detail).toMatch(/does not match the contract \(sager\.0\.uuid/);
    expect(result.detail).not.toContain(citizens.karen.cpr);
  });

  it("reports a body that is not JSON as invalid", async () => {
    server.use(http.post("*/sdi/sager/soeg", () => new HttpResponse("<html>fejl</html>", { status: 200 })));
    const result = await soegBorgersSager(citizens.karen.cpr, { side: 1, antal: 20 });
    expect(result).toMatchObject({ ok: false, reason: "invalid" });
  });

  it("retries a read once after a 503 and then succeeds", async () => {
    let calls = 0;
    server.use(
      http.post("*/sdi/sager/soeg", () => {
        calls++;
        return calls === 1 ? new HttpResponse(null, { status: 503 }) : undefined;
      }),
    );
    const result = await soegBorgersSager(citizens.karen.cpr, { side: 1, antal: 20 });
    expect(calls).toBe(2);
    expect(result.ok).toBe(true);
  });

  it("gives up within the timeout when the system hangs", async () => {
    server.use(http.post("*/sdi/sager/soeg", () => new Promise<never>(() => {})));
    const started = Date.now();
    const result = await soegBorgersSager(citizens.karen.cpr, { side: 1, antal: 20 });
    expect(result).toMatchObject({ ok: false, reason: "timeout" });
    expect(Date.now() - started).toBeLessThan(1500);
  });
});
