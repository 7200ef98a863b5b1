import { testEnv } from "../support/test-env";
import { http, HttpResponse } from "msw";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { hentBreve, sendBrev } from "@/lib/fagsystemer/digitalpost/client";
import { digitalpostStore } from "@/mocks/handlers/digitalpost/store";
import { server } from "@/mocks/node";
import { citizens } from "@/mocks/personas";

beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(() => {
  server.resetHandlers();
  digitalpostStore.reset();
});
afterAll(() => server.close());

/** The admin reset every system gets between browser tests; between these tests only Digital Post is reset. */
function nulstil(): Promise<Response> {
  return fetch(new URL("/__admin/reset", testEnv.FAGSYSTEM_DIGITALPOST_URL), { method: "POST" });
}

const side1 = { side: 1, antal: 20 };
const fuldmagtBrev = {
  idempotensNoegle: "fuldmagt:7f3e0c1a:oprettet",
  modtagerCpr: citizens.karen.cpr,
  titel: "Du har givet Ole Jensen fuldmagt",
  tekst: "Ole Jensen kan nu se dine sager på dine vegne.",
  kategori: "Fuldmagt",
};

async function karensTitler(): Promise<string[]> {
  const result = await hentBreve(citizens.karen.cpr, side1);
  return result.ok ? result.data.breve.map((b) => b.titel) : [];
}

describe("Digital Post client against the Digital Post handlers", () => {
  it("lists Karen's letters newest first, from the kommune", async () => {
    const result = await hentBreve(citizens.karen.cpr, side1);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.data).toMatchObject({ side: 1, antal: 20, total: 3 });
    expect(result.data.breve.map((b) => b.titel)).toEqual([
      "Visitationen kommer på besøg",
      "Vi har modtaget din ansøgning om plejebolig",
      "Afgørelse om personligt tillæg",
    ]);
    expect(result.data.breve[0]).toMatchObject({ afsender: "Korsbæk Kommune", laest: false, kategori: null });
    expect(result.data.breve[2]).toMatchObject({ laest: true, kategori: "Afgørelse" });
    expect(JSON.stringify(result.data)).not.toContain(citizens.karen.cpr);
  });

  it("pages at the source", async () => {
    const result = await hentBreve(citizens.karen.cpr, { side: 2, antal: 2 });
    expect(result.ok && result.data).toMatchObject({ side: 2, antal: 2, total: 3 });
    expect(result.ok && result.data.breve.map((b) => b.titel)).toEqual(["Afgørelse om personligt tillæg"]);
    const storforbruger = await hentBreve(citizens.storforbruger.cpr, side1);
    expect(storforbruger.ok && storforbruger.data).toEqual({ breve: [], side: 1, antal: 20, total: 0 });
  });

  it("delivers a sent letter to the top of the inbox, unread", async () => {
    const kvittering = await sendBrev(fuldmagtBrev);
    expect(kvittering.ok).toBe(true);
    const result = await hentBreve(citizens.karen.cpr, side1);
    expect(result.ok && result.data.total).toBe(4);
    expect(result.ok && result.data.breve[0]).toMatchObject({
      id: kvittering.ok && kvittering.data.id,
      titel: fuldmagtBrev.titel,
      afsender: "Korsbæk Kommune",
      laest: false,
      kategori: "Fuldmagt",
    });
  });

  it("creates one letter when the same idempotensnøgle is sent twice", async () => {
    const foerste = await sendBrev(fuldmagtBrev);
    const anden = await sendBrev(fuldmagtBrev);
    expect(anden).toEqual(foerste);
    expect(await karensTitler()).toHaveLength(4);
  });

  it("creates one letter under a simultaneous double submit", async () => {
    const [a, b] = await Promise.all([sendBrev(fuldmagtBrev), sendBrev(fuldmagtBrev)]);
    expect(a.ok && a.data.id).toBe(b.ok && b.data.id);
    expect((await karensTitler()).filter((t) => t === fuldmagtBrev.titel)).toHaveLength(1);
  });

  it("refuses to reuse an idempotensnøgle for a different letter", async () => {
    await sendBrev(fuldmagtBrev);
    const result = await sendBrev({ ...fuldmagtBrev, titel: "Et helt andet brev" });
    expect(result).toMatchObject({ ok: false, system: "digitalpost", reason: "http", status: 409 });
    expect(await karensTitler()).not.toContain("Et helt andet brev");
  });

  it("sends letters with different keys as separate letters", async () => {
    await sendBrev(fuldmagtBrev);
    await sendBrev({ ...fuldmagtBrev, idempotensNoegle: "fuldmagt:7f3e0c1a:tilbagekaldt", titel: "Fuldmagten er tilbagekaldt" });
    expect(await karensTitler()).toHaveLength(5);
  });

  it("restores the seed on reset", async () => {
    await sendBrev(fuldmagtBrev);
    expect(await karensTitler()).toHaveLength(4);
    expect((await nulstil()).ok).toBe(true);
    expect(await karensTitler()).toEqual([
      "Visitationen kommer på besøg",
      "Vi har modtaget din ansøgning om plejebolig",
      "Afgørelse om personligt tillæg",
    ]);
  });

  it("rejects a letter without a recipient as a bad request", async () => {
    const response = await fetch(`${testEnv.FAGSYSTEM_DIGITALPOST_URL}/breve`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ idempotensNoegle: "x", titel: "Hej", tekst: "Hej" }),
    });
    expect(response.status).toBe(400);
  });
});

describe("Digital Post unavailable", () => {
  it("does not retry a send after a 500, and reports it as unavailable", async () => {
    let calls = 0;
    server.use(
      http.post("*/digitalpost/breve", () => {
        calls++;
        return new HttpResponse(null, { status: 500 });
      }),
    );
    const result = await sendBrev(fuldmagtBrev);
    expect(calls).toBe(1);
    expect(result).toMatchObject({ ok: false, system: "digitalpost", reason: "http", status: 500 });
  });

  it("reports an inbox that breaks the contract as invalid", async () => {
    server.use(http.post("*/digitalpost/breve/soeg", () => HttpResponse.json({ breve: [{ id: 1 }], side: 1 })));
    const result = await hentBreve(citizens.karen.cpr, side1);
    expect(result).toMatchObject({ ok: false, system: "digitalpost", reason: "invalid" });
  });
});
