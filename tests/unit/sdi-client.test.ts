import "../support/test-env";
import { http, HttpResponse } from "msw";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { erUdelukket, hentBorgersDokument, hentBorgersSag, retGrundlagDatum, soegBorgersSager } from "@/lib/fagsystemer/sdi/client";
import { sagSoegeresultatWire } from "@/lib/fagsystemer/sdi/wire";
import { afgoerelseUdfaldForklaring, afgoerelseUdfaldTekst } from "@/lib/domain/sag";
import { AMIRS_FORKERTE_INDKOMST, seedSager } from "@/mocks/handlers/sdi/fixtures";
import { sagsbehandlere } from "@/mocks/handlers/organisation/fixtures";
import { server } from "@/mocks/node";
import { citizens } from "@/mocks/personas";
import { deterministicUuid } from "@/mocks/random";

beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(async () => {
  server.resetHandlers();
  await fetch("http://fagsystemer.test/__admin/reset", { method: "POST" });
});
afterAll(() => server.close());

const sagId = (nr: string) => deterministicUuid(`sag:${nr}`);
const HIDDEN = sagId("27.45.04-G01-9-25");
const page = { side: 1, antal: 20 };

async function sag(cpr: string, nr: string) {
  const result = await hentBorgersSag(cpr, sagId(nr));
  if (!result.ok || !result.data || erUdelukket(result.data)) throw new Error(`sag ${nr} blev ikke fundet`);
  return result.data;
}

describe("SDI client: what a decision is and who a sag waits for", () => {
  it("calls sygedagpenge that stop after the maximum period an ending, not a refusal", async () => {
    const afgoerelse = (await sag(citizens.amir.cpr, "15.17.06-G01-44-25")).afgoerelse;
    expect(afgoerelse?.udfald).toBe("ophoer");
    expect(afgoerelseUdfaldTekst[afgoerelse!.udfald]).toBe("Ydelsen stopper");
    expect(afgoerelseUdfaldForklaring.ophoer).toMatch(/ikke et afslag/);
  });

  it("says when a sag waits for the citizen, or for the kommune, and until when – in the list and the detail", async () => {
    const bent = await soegBorgersSager(citizens.bent.cpr, page);
    expect(bent.ok && bent.data.sager[0]!.venter).toEqual({ hvem: "dig", hvad: expect.stringMatching(/^Send din seneste årsopgørelse for varme/), frist: "2026-11-30" });
    expect((await sag(citizens.karen.cpr, "27.45.04-G01-3-25")).venter).toMatchObject({ hvem: "kommunen", frist: "2026-12-15" });
    expect((await sag(citizens.karen.cpr, "32.03.12-G01-7-25")).venter).toBeNull();
  });
});

describe("SDI client: searching sager", () => {
  it("returns Karen's visible sager, open ones first, without the hidden sag", async () => {
    const result = await soegBorgersSager(citizens.karen.cpr, page);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.data.total).toBe(6);
    expect(result.data.sager.map((s) => s.id)).not.toContain(HIDDEN);
    expect(result.data.sager[0]).toMatchObject({ titel: "Ansøgning om plejebolig", status: "oplyst" });
    expect(result.data.sager.at(-1)).toMatchObject({ titel: "Personligt tillæg til briller", status: "afsluttet" });
  });

  it("filters by status, topic and title at the source", async () => {
    const open = await soegBorgersSager(citizens.karen.cpr, { ...page, status: ["opstaaet", "oplyst"] });
    expect(open.ok && open.data.sager.map((s) => s.titel)).toEqual(["Ansøgning om plejebolig"]);
    const topic = await soegBorgersSager(citizens.karen.cpr, { ...page, kle: "32.03.12" });
    expect(topic.ok && topic.data.total).toBe(2);
    const search = await soegBorgersSager(citizens.karen.cpr, { ...page, soegetekst: "TANDPLEJE" });
    expect(search.ok && search.data.sager.map((s) => s.titel)).toEqual(["Omsorgstandpleje"]);
  });

  it("pages the Storforbruger's 2,000 sager completely and stably", async () => {
    const ids = new Set<string>();
    for (let side = 1; side <= 20; side++) {
      const result = await soegBorgersSager(citizens.storforbruger.cpr, { side, antal: 100 });
      if (!result.ok) throw new Error(result.detail);
      expect(result.data.total).toBe(2000);
      expect(result.data.sager).toHaveLength(100);
      for (const sag of result.data.sager) ids.add(sag.id);
    }
    expect(ids.size).toBe(2000);
    const again = await soegBorgersSager(citizens.storforbruger.cpr, { side: 7, antal: 100 });
    const first = await soegBorgersSager(citizens.storforbruger.cpr, { side: 7, antal: 100 });
    expect(again.ok && again.data.sager.map((s) => s.id)).toEqual(first.ok && first.data.sager.map((s) => s.id));
  });

  it("drops a hidden sag even if the index ignores the filter", async () => {
    server.use(
      http.post("*/sdi/sager/soeg", () => {
        const karens = seedSager().filter((s) => s.partCpr === citizens.karen.cpr).map((s) => s.sag);
        return HttpResponse.json(sagSoegeresultatWire.parse({ sager: karens, side: 1, antal: 20, total: karens.length }));
      }),
    );
    const result = await soegBorgersSager(citizens.karen.cpr, page);
    expect(result.ok && result.data.sager.map((s) => s.id)).not.toContain(HIDDEN);
  });
});

describe("SDI client: one sag and its documents", () => {
  it("gives Karen her sag with timeline, contact person and documents in plain words", async () => {
    const result = await hentBorgersSag(citizens.karen.cpr, sagId("27.45.04-G01-3-25"));
    expect(result.ok).toBe(true);
    const sag = result.ok && !erUdelukket(result.data) ? result.data : null;
    expect(sag).toMatchObject({
      titel: "Ansøgning om plejebolig",
      status: "oplyst",
      kontaktpersonId: sagsbehandlere.lise.uuid,
      afgoerelse: null,
      tidslinje: [
        { status: "opstaaet", fra: "2025-09-02", til: "2025-10-14" },
        { status: "oplyst", fra: "2025-10-14", til: null },
      ],
    });
    expect(sag?.dokumenter.map((d) => d.type)).toEqual(["Brev til kommunen", "Brev fra kommunen", "Notat", "Notat"]);
    expect(sag?.dokumenter.map((d) => d.skjultForFuldmaegtige)).toEqual([false, false, false, true]);
  });

  it("carries the decision and every datum it rests on, with source and legal basis", async () => {
    const result = await hentBorgersSag(citizens.karen.cpr, sagId("32.03.12-G01-7-25"));
    const afgoerelse = result.ok && result.data && !erUdelukket(result.data) ? result.data.afgoerelse : null;
    expect(afgoerelse).toMatchObject({ udfald: "bevilget", dato: "2025-02-11", hjemmel: expect.stringContaining("§ 14") });
    expect(afgoerelse?.grundlag).toHaveLength(3);
    for (const datum of afgoerelse?.grundlag ?? []) {
      expect(datum.vaerdi).not.toBe("");
      expect(datum.kilde).not.toBe("");
      expect(datum.hjemmel).not.toBe("");
    }
  });

  it("excludes a hidden sag and someone else's sag with the reason, and finds no unknown or malformed id", async () => {
    expect(await hentBorgersSag(citizens.karen.cpr, HIDDEN)).toEqual({ ok: true, data: { udelukket: "skjult-for-borger" } });
    expect(await hentBorgersSag(citizens.karen.cpr, sagId("29.15.12-G01-12-24"))).toEqual({ ok: true, data: { udelukket: "ikke-part" } });
    for (const id of [deterministicUuid("ingen"), "../../etc/passwd"]) {
      expect(await hentBorgersSag(citizens.karen.cpr, id)).toEqual({ ok: true, data: null });
    }
  });

  it("returns a document's readable content only to a part, and never a hidden sag's documents", async () => {
    const kvittering = deterministicUuid("dok:27.45.04-G01-3-25:1");
    const own = await hentBorgersDokument(citizens.karen.cpr, kvittering);
    expect(own.ok && own.data).toMatchObject({ titel: "Kvittering for din ansøgning", type: "Brev fra kommunen" });
    expect(own.ok && own.data && !erUdelukket(own.data) && own.data.tekst).toContain("Vi har modtaget din ansøgning");
    expect(await hentBorgersDokument(citizens.ole.cpr, kvittering)).toEqual({ ok: true, data: { udelukket: "ikke-part" } });
    expect(await hentBorgersDokument(citizens.karen.cpr, deterministicUuid("dok:27.45.04-G01-9-25:0"))).toEqual({ ok: true, data: { udelukket: "skjult-for-borger" } });
  });
});

describe("SDI client: corrections change the data without deleting it", () => {
  it("marks Amir's wrong income as wrong, shows the new value, and a reset restores the seed", async () => {
    const sygedagpenge = sagId("15.17.06-G01-44-25");
    const before = await hentBorgersSag(citizens.amir.cpr, sygedagpenge);
    const sagAf = (r: typeof before) => (r.ok && r.data && !erUdelukket(r.data) ? r.data : null);
    const datum = sagAf(before)?.afgoerelse?.grundlag.find((d) => d.vaerdi === AMIRS_FORKERTE_INDKOMST);
    expect(datum).toBeDefined();

    const rettet = await retGrundlagDatum(datum!.id, { nyVaerdi: "31.450,00 kr. pr. måned", begrundelse: "Lønsedler viser en anden løn" });
    expect(rettet.ok && rettet.data).toMatchObject({
      vaerdi: "31.450,00 kr. pr. måned",
      tidligereVaerdier: [{ vaerdi: AMIRS_FORKERTE_INDKOMST, begrundelse: "Lønsedler viser en anden løn" }],
    });
    const after = await hentBorgersSag(citizens.amir.cpr, sygedagpenge);
    expect(sagAf(after)?.afgoerelse?.grundlag.find((d) => d.id === datum!.id)?.tidligereVaerdier).toHaveLength(1);

    await fetch("http://fagsystemer.test/__admin/reset", { method: "POST" });
    const reset = await hentBorgersSag(citizens.amir.cpr, sygedagpenge);
    expect(sagAf(reset)?.afgoerelse?.grundlag.find((d) => d.id === datum!.id)?.vaerdi).toBe(AMIRS_FORKERTE_INDKOMST);
  });
});

describe("SDI client: broken answers", () => {
  it("rejects a malformed answer with a clear, typed error instead of crashing", async () => {
    server.use(
      http.post("*/sdi/sager/soeg", () =>
        HttpResponse.json({ sager: [{ uuid: "ikke-en-uuid", titel: 42 }], side: 1, antal: 20, total: 1 }),
      ),
    );
    const result = await soegBorgersSager(citizens.karen.cpr, page);
    expect(result).toMatchObject({ ok: false, system: "sdi", reason: "invalid" });
    expect(!result.ok && result.detail).toMatch(/does not match the contract \(sager\.0\.uuid/);
    expect(!result.ok && result.detail).not.toContain(citizens.karen.cpr);
  });

  it("reports a body that is not JSON as invalid", async () => {
    server.use(http.post("*/sdi/sager/soeg", () => new HttpResponse("<html>fejl</html>", { status: 200 })));
    expect(await soegBorgersSager(citizens.karen.cpr, page)).toMatchObject({ ok: false, reason: "invalid" });
  });

  it("retries a read once after a 503 and then succeeds", async () => {
    let calls = 0;
    server.use(
      http.post("*/sdi/sager/soeg", () => {
        calls++;
        return calls === 1 ? new HttpResponse(null, { status: 503 }) : undefined;
      }),
    );
    const result = await soegBorgersSager(citizens.karen.cpr, page);
    expect(calls).toBe(2);
    expect(result.ok).toBe(true);
  });

  it("does not retry a correction (not idempotent)", async () => {
    let calls = 0;
    server.use(
      http.post("*/sdi/data/:id/rettelse", () => {
        calls++;
        return new HttpResponse(null, { status: 503 });
      }),
    );
    const result = await retGrundlagDatum(deterministicUuid("x"), { nyVaerdi: "a", begrundelse: "b" });
    expect(result).toMatchObject({ ok: false, reason: "http", status: 503 });
    expect(calls).toBe(1);
  });
});
