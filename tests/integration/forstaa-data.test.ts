import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DataContext } from "@/lib/data/access";
import { mineOplysninger, oekonomiFelter, personFelter } from "@/lib/data/oplysninger";
import { overblik } from "@/lib/data/overblik";
import { hentDokument, hentSag, soegSager } from "@/lib/data/sager";
import { naesteUdbetaling, soegUdbetalinger, soegYdelser } from "@/lib/data/ydelser";
import { oplysningerSvar, sagerSvar, sagSvar } from "@/lib/domain/api";
import { database, db } from "@/lib/db";
import { idag } from "@/lib/klokke";
import { openApiDokument } from "@/lib/openapi";
import { server } from "@/mocks/node";
import { citizens } from "@/mocks/personas";
import { deterministicUuid } from "@/mocks/random";
import { selfCtx } from "../support/contexts";
import { testEnv } from "../support/test-env";

Object.assign(process.env, testEnv, { PGLITE_DIR: "memory://" });

let karen: DataContext;
let storforbruger: DataContext;
const sagId = (nr: string) => deterministicUuid(`sag:${nr}`);
const SKJULT = sagId("27.45.04-G01-9-25");
const SKJULT_DOK = deterministicUuid("dok:27.45.04-G01-9-25:0");
const MEDICIN = sagId("32.03.12-G01-7-25");

beforeAll(async () => {
  server.listen({ onUnhandledRequest: "error" });
  await database().migrate();
  karen = await selfCtx(db(), citizens.karen);
  storforbruger = await selfCtx(db(), citizens.storforbruger);
});
afterAll(() => server.close());

/** Nothing a page or the API gets may mention the hidden sag, its document, or a CPR number. */
function expectClean(value: unknown) {
  const text = JSON.stringify(value);
  expect(text).not.toContain(SKJULT);
  expect(text).not.toContain(SKJULT_DOK);
  expect(text).not.toContain("Intern vurdering af boligsituation");
  expect(text).not.toContain("Internt notat om boligsituation");
  expect(text).not.toContain(citizens.karen.cpr);
}

describe("a sag marked 'Visning undtaget for borger' is absent everywhere", () => {
  it("from the sager list, with and without filters", async () => {
    for (const soegning of [{}, { status: ["opstaaet" as const] }, { kle: "27.45.04" }, { soegetekst: "bolig" }]) {
      const result = await soegSager(karen, 1, soegning);
      expect(result.ok).toBe(true);
      expectClean(result);
    }
    const alle = await soegSager(karen, 1);
    expect(alle.ok && alle.data.total).toBe(6);
  });

  it("from the detail and document reads, which answer 'not found'", async () => {
    expect(await hentSag(karen, SKJULT)).toEqual({ ok: true, data: null });
    expect(await hentDokument(karen, SKJULT, SKJULT_DOK)).toEqual({ ok: true, data: null });
  });

  it("from the forside, where it would otherwise be her newest open sag", async () => {
    const o = await overblik(karen);
    expect(o.sager?.ok && o.sager.data.aabne.sager.map((s) => s.titel)).toEqual(["Ansøgning om plejebolig"]);
    expectClean(o);
  });

  it("from ydelser, udbetalinger and Mine oplysninger", async () => {
    expectClean(await soegYdelser(karen, 1));
    expectClean(await soegUdbetalinger(karen, 1));
    expectClean(await naesteUdbetaling(karen));
    const o = await mineOplysninger(karen);
    expectClean(o);
    if (o.person.ok && o.afgjorte?.ok) expectClean([personFelter(o.person.data, o.afgjorte.data.sager), oekonomiFelter(o.afgjorte.data.sager)]);
  });
});

describe("mapping for the pages and the API", () => {
  it("a decided sag comes with its contact person, topic explanation and the data the decision rests on", async () => {
    const result = await hentSag(karen, MEDICIN);
    if (!result.ok || !result.data) throw new Error("sagen blev ikke fundet");
    const { sag, emne, kontakt } = result.data;
    expect(kontakt).toEqual({ ok: true, data: expect.objectContaining({ navn: "Jonas Møller", enhed: "Ydelsesservice" }) });
    expect(emne.ok && emne.data?.forklaring).toMatch(/personligt tillæg/i);
    expect(sag.tidslinje.map((t) => t.status)).toEqual(["opstaaet", "oplyst", "afgjort"]);
    expect(sag.afgoerelse?.grundlag.map((g) => [g.betegnelse, g.kilde])).toContainEqual(["Din formue", "Oplyst af dig i ansøgningen"]);
    // The API body is the same data through the same schema, without internal ids.
    const body = sagSvar.parse({ sag, emne: emne.ok ? emne.data : null, kontakt: kontakt.ok ? kontakt.data : null });
    expect(body.sag).not.toHaveProperty("kontaktpersonId");
    expectClean(body);
  });

  it("a document is only returned with the sag it belongs to", async () => {
    const dok = deterministicUuid("dok:32.03.12-G01-7-25:1");
    const result = await hentDokument(karen, MEDICIN, dok);
    expect(result.ok && result.data?.tekst).toMatch(/415,00 kr\./);
    expect(await hentDokument(karen, sagId("27.36.04-G01-21-24"), dok)).toEqual({ ok: true, data: null });
  });

  it("Mine oplysninger says where each field comes from and which sager use it", async () => {
    const o = await mineOplysninger(karen);
    if (!o.person.ok || !o.afgjorte?.ok) throw new Error("oplysningerne kunne ikke hentes");
    const felter = personFelter(o.person.data, o.afgjorte.data.sager);
    const adresse = felter.find((f) => f.felt === "Adresse")!;
    expect(adresse).toMatchObject({ noegle: "cpr.adresse", vaerdi: "Algade 12, 4999 Korsbæk", kilde: expect.stringContaining("CPR") });
    expect(adresse.brugesI.map((s) => s.titel)).toEqual(["Omsorgstandpleje"]);
    expect(felter.find((f) => f.felt === "Civilstand")!.brugesI).toEqual([]);
    expect(felter.find((f) => f.felt === "Fødselsdato")!.vaerdi).toBe("12. marts 1944");
    const oekonomi = oekonomiFelter(o.afgjorte.data.sager);
    expect(oekonomi.map((f) => f.vaerdi)).toEqual(expect.arrayContaining(["415,00 kr.", "12.400,00 kr."]));
    expect(oekonomi.every((f) => f.datumId && f.sagId)).toBe(true);
    expect(oplysningerSvar.safeParse({ person: felter, oekonomi, soegteSager: o.afgjorte.data.sager.length }).success).toBe(true);
  });

  it("names each register one way, and dates each value of a datum registered more than once", async () => {
    const o = await mineOplysninger(karen);
    const tandpleje = await hentSag(karen, sagId("29.15.12-G01-11-24"));
    if (!o.person.ok || !o.afgjorte?.ok || !tandpleje.ok || !tandpleje.data) throw new Error("oplysningerne kunne ikke hentes");
    const kilder = [
      ...personFelter(o.person.data, o.afgjorte.data.sager).map((f) => f.kilde),
      ...tandpleje.data.sag.afgoerelse!.grundlag.map((g) => g.kilde),
    ];
    const cpr = kilder.filter((k) => /cpr|folkeregist|personregist/i.test(k));
    expect(cpr).toHaveLength(7);
    expect(new Set(cpr)).toEqual(new Set(["Folkeregisteret (CPR)"]));

    const formue = oekonomiFelter(o.afgjorte.data.sager).filter((f) => f.felt === "Din formue");
    expect(formue.map((f) => [f.vaerdi, f.dato]).sort()).toEqual([
      ["12.400,00 kr.", "2025-02-11"],
      ["14.100,00 kr.", "2023-05-22"],
    ]);
  });

  it("the Storforbruger gets one page, never everything", async () => {
    const sager = await soegSager(storforbruger, 2);
    expect(sager.ok && [sager.data.sager.length, sager.data.total, sager.data.side]).toEqual([20, 2000, 2]);
    expect(sagerSvar.safeParse(sager.ok && sager.data).success).toBe(true);
    const udbetalinger = await soegUdbetalinger(storforbruger, 1);
    expect(udbetalinger.ok && udbetalinger.data.udbetalinger.length).toBe(20);
    expect(udbetalinger.ok && udbetalinger.data.total).toBeGreaterThan(10_000);
  });

  it("the next udbetaling is the earliest planned one, by the clock the portal shares with the Ydelsesindeks", async () => {
    const forventet = async () => {
      const alle = await soegUdbetalinger(karen, 1);
      if (!alle.ok) throw new Error("udbetalingerne kunne ikke hentes");
      // The source decides what is paid; the portal decides what is "next". Both must use the same today.
      for (const u of alle.data.udbetalinger) expect(u.status, u.dato).toBe(u.dato > idag() ? "planlagt" : "udbetalt");
      const planlagte = alle.data.udbetalinger.filter((u) => u.status === "planlagt");
      const tidligst = planlagte.map((u) => u.dato).sort()[0];
      return { tidligst, ider: planlagte.filter((u) => u.dato === tidligst).map((u) => u.id) };
    };
    const naeste = async () => {
      const r = await naesteUdbetaling(karen);
      if (!r.ok || !r.data) throw new Error("ingen næste udbetaling");
      return r.data;
    };

    const nu = await forventet();
    expect(nu.tidligst).toBe("2026-11-30");
    expect(await naeste()).toMatchObject({ dato: nu.tidligst, status: "planlagt", id: expect.toBeOneOf(nu.ider) });

    // On the payment day itself the payment is paid, and the next one is a month later – for both.
    process.env.MINE_DATA_NU = "2026-11-30T12:00:00+01:00";
    try {
      const senere = await forventet();
      expect(senere.tidligst).toBe("2026-12-31");
      expect(await naeste()).toMatchObject({ dato: "2026-12-31", status: "planlagt", id: expect.toBeOneOf(senere.ider) });
    } finally {
      process.env.MINE_DATA_NU = testEnv.MINE_DATA_NU;
    }
  });

  it("the OpenAPI document describes every /api/v1 path with schemas from zod", () => {
    const doc = openApiDokument();
    expect(Object.keys(doc.paths)).toEqual(["/sager", "/sager/{id}", "/sager/{id}/dokumenter/{dokumentId}", "/ydelser", "/udbetalinger", "/oplysninger", "/deling/token", "/deling/person", "/deling/udbetalinger", "/deling/bevillinger", "/deling/samtykker/{id}"]);
    expect(doc.components.schemas.Sag).toMatchObject({ type: "object", required: expect.arrayContaining(["sag", "emne", "kontakt"]) });
    expect(JSON.stringify(doc)).not.toMatch(/"\$schema"|"\$id"/);
  });
});
