import { testEnv } from "../support/test-env";
import { http, HttpResponse } from "msw";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { visEmne } from "@/lib/domain/emne";
import { hentEmne, hentEmner } from "@/lib/fagsystemer/klassifikation/client";
import { handlingsfacetter, kle } from "@/mocks/handlers/klassifikation/fixtures";
import { seedSager } from "@/mocks/handlers/sdi/fixtures";
import { server } from "@/mocks/node";

beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const base = testEnv.FAGSYSTEM_KLASSIFIKATION_URL;

/** Counts the calls to one endpoint and lets them through to the real handler. */
function taelKald(method: "get" | "post", path: string): { antal: number; noegler: string[][] } {
  const kald = { antal: 0, noegler: [] as string[][] };
  server.use(
    http[method](path, async ({ request }) => {
      kald.antal++;
      if (method === "post") kald.noegler.push(((await request.clone().json()) as { noegler: string[] }).noegler);
      return undefined;
    }),
  );
  return kald;
}

describe("Klassifikation client against the Klassifikation handlers", () => {
  const seedEmner = new Map(seedSager().map(({ sag }) => [sag.primaerKlasse.kle, sag.primaerKlasse.titel]));

  it("explains every emne the SDI seed uses, one by one", async () => {
    expect(seedEmner.size).toBeGreaterThan(0);
    for (const [nr, titel] of seedEmner) {
      const result = await hentEmne(nr);
      expect(result.ok, nr).toBe(true);
      if (!result.ok || !result.data) throw new Error(`${nr} did not resolve`);
      expect(result.data).toMatchObject({ kle: nr, titel });
      expect(result.data.forklaring.length, nr).toBeGreaterThan(20);
    }
  });

  it("resolves a whole sager list in one bulk call, ignoring duplicates, unknown and malformed numbers", async () => {
    const kald = taelKald("post", "*/klassifikation/klasser/opslag");
    const nrs = [...seedEmner.keys()];
    const result = await hentEmner([...nrs, ...nrs, "99.99.99", "ikke-et-nummer"]);
    expect(kald.antal).toBe(1);
    expect(kald.noegler[0]).not.toContain("ikke-et-nummer");
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect([...result.data.keys()].sort()).toEqual([...nrs].sort());
    expect(result.data.get(kle.personligtTillaeg.kle)).toEqual({
      kle: "32.03.12",
      titel: "Personligt tillæg",
      forklaring: kle.personligtTillaeg.borgerforklaring,
    });
    expect(result.data.has("99.99.99")).toBe(false);
  });

  it("splits more than 100 numbers into several calls and merges the answers", async () => {
    const kald = taelKald("post", "*/klassifikation/klasser/opslag");
    const tocifret = (n: number) => String(n).padStart(2, "0");
    const ukendte = Array.from({ length: 150 }, (_, i) => `98.${tocifret(Math.floor(i / 100))}.${tocifret(i % 100)}`);
    const result = await hentEmner([...ukendte, kle.hjemmehjaelp.kle]);
    expect(kald.antal).toBe(2);
    expect(kald.noegler.every((n) => n.length <= 100)).toBe(true);
    expect(result.ok && [...result.data.keys()]).toEqual([kle.hjemmehjaelp.kle]);
  });

  it("makes no call at all for an empty list", async () => {
    const kald = taelKald("post", "*/klassifikation/klasser/opslag");
    const result = await hentEmner([]);
    expect(kald.antal).toBe(0);
    expect(result.ok && result.data.size).toBe(0);
  });

  it("answers null for an unknown number, and does not ask about a malformed one", async () => {
    const kald = taelKald("get", "*/klassifikation/klasser/:noegle");
    expect(await hentEmne("99.99.99")).toEqual({ ok: true, data: null });
    expect(await hentEmne("32.03")).toEqual({ ok: true, data: null });
    expect(kald.antal).toBe(1);
  });

  it("serves a 404 JSON body for an unknown Klasse and the G01 facet as a handlingsfacet", async () => {
    const ukendt = await fetch(`${base}/klasser/99.99.99`);
    expect(ukendt.status).toBe(404);
    expect(await ukendt.json()).toEqual({ fejl: "Klassen findes ikke" });
    const facet = await fetch(`${base}/klasser/G01`);
    expect(await facet.json()).toMatchObject({
      klasse: { brugervendtNoegle: "G01", titel: "Generelle sager", facet: "KLE-Handlingsfacetter" },
    });
  });

  it("rejects a malformed answer with a typed error instead of crashing", async () => {
    server.use(
      http.post("*/klassifikation/klasser/opslag", () =>
        HttpResponse.json({ klasser: [{ brugervendtNoegle: 42, titel: "" }], ukendte: [] }),
      ),
      http.get("*/klassifikation/klasser/:noegle", () => HttpResponse.json({ klasse: { titel: 7 } })),
    );
    const bulk = await hentEmner([kle.plejebolig.kle]);
    expect(bulk).toMatchObject({ ok: false, system: "klassifikation", reason: "invalid", retriable: false });
    if (!bulk.ok) expect(bulk.detail).toMatch(/does not match the contract \(klasser\.0\./);
    expect(await hentEmne(kle.plejebolig.kle)).toMatchObject({ ok: false, system: "klassifikation", reason: "invalid" });
  });

  it("reports a server error as unavailable, not as an unknown emne", async () => {
    server.use(http.get("*/klassifikation/klasser/:noegle", () => new HttpResponse(null, { status: 500 })));
    expect(await hentEmne(kle.plejebolig.kle)).toMatchObject({ ok: false, reason: "http", status: 500 });
  });
});

describe("KLE fixtures", () => {
  it("names a source and a citizen explanation for every emne and facet", () => {
    for (const [key, e] of [...Object.entries(kle), ...Object.entries(handlingsfacetter)]) {
      expect(e.kilde.trim(), key).not.toBe("");
      expect(e.borgerforklaring.trim(), key).not.toBe("");
    }
  });
});

describe("visEmne", () => {
  it("leads with the title and keeps the number as secondary info", () => {
    expect(visEmne({ kle: "32.03.12", titel: "Personligt tillæg" })).toEqual({
      titel: "Personligt tillæg",
      sekundaer: "Emnenummer 32.03.12",
    });
  });

  it("never shows the bare number as the title, even without one", () => {
    const visning = visEmne({ kle: "32.03.12", titel: "  " });
    expect(visning.titel).toBe("Sagens emne");
    expect(visning.titel).not.toContain("32.03.12");
  });
});
