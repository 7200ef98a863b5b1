import { randomUUID } from "node:crypto";
import { addDays } from "date-fns";
import { eq, sql } from "drizzle-orm";
import { http, HttpResponse } from "msw";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { laes, subjektNoegle } from "@/lib/data/access";
import { afvis, godkend, opretFuldmagt, registrerPapir, tilbagekald } from "@/lib/data/fuldmagt-handlinger";
import { enFuldmagt, mineFuldmagter } from "@/lib/data/fuldmagter";
import { adgangslog, afvisninger, brevUdbakke, fuldmagter } from "@/lib/db/schema";
import { hentBreve } from "@/lib/fagsystemer/digitalpost/client";
import { idagIso } from "@/lib/fuldmagt/datoer";
import { efterse } from "@/lib/fuldmagt/livscyklus";
import { nu } from "@/lib/klokke";
import { server } from "@/mocks/node";
import { citizens, staff } from "@/mocks/personas";
import { backends, blockDatabase } from "../support/databases";
import { actingCtx, selfCtx, seedStaff } from "../support/contexts";
import { testEnv } from "../support/test-env";

/**
 * Fuldmagt through the data layer, on PGlite and PostgreSQL: give, request → approve with less,
 * decline, revoke, paper, expiry, warning and death, each with its letters, each safe to repeat.
 */
Object.assign(process.env, testEnv);

// Dates are counted from the portal clock (lib/klokke.ts, fixed by MINE_DATA_NU in tests).
const om = (dage: number) => idagIso(addDays(nu(), dage));
const oleFoedt = { navn: "Ole Jensen", dag: "5", maaned: "7", aar: "1942" };
const karenFoedt = { navn: "karen  jensen", dag: "12", maaned: "3", aar: "1944" };
const giv = (over: Partial<Parameters<typeof opretFuldmagt>[1]> = {}) => ({
  ...oleFoedt,
  privilegier: ["se:sager" as const, "se:ydelser" as const],
  gyldigTil: om(60),
  noegle: randomUUID(),
  trin: "bekraeft" as const,
  ...over,
});

describe.each(backends())("fuldmagt on %s", (_name, open) => {
  const { db } = blockDatabase(open, { server });
  beforeAll(() => seedStaff(db(), [{ p: staff.mette, enhed: "Borgerservice" }]));
  beforeEach(async () => {
    await db().delete(fuldmagter);
    await fetch("http://fagsystemer.test/__admin/reset", { method: "POST" });
  });

  const breve = async (cpr: string) => {
    const result = await hentBreve(cpr, { side: 1, antal: 50 });
    // The Digital Post mock also holds seeded letters about sager; only the fuldmagt letters count here.
    return result.ok ? result.data.breve.filter((b) => b.kategori === "Fuldmagt") : [];
  };

  it("Karen gives Ole a fuldmagt: 'Tjek dine svar' first, then one fuldmagt and one letter each, even when submitted twice", async () => {
    const karen = await selfCtx(db(), citizens.karen);
    const tjek = await opretFuldmagt(karen, giv({ trin: "tjek" }), "giver");
    expect(tjek).toMatchObject({ ok: true, data: { trin: "tjek", opsummering: { fuldmaegtig: { navn: "Ole Jensen", foedselsdato: "1942-07-05" } } } });
    expect(await db().select().from(fuldmagter)).toHaveLength(0);

    const input = giv();
    const [a, b] = await Promise.all([opretFuldmagt(karen, input, "giver"), opretFuldmagt(karen, input, "giver")]);
    expect(a.ok && b.ok && a.data.trin === "oprettet" && b.data.trin === "oprettet" && a.data.id === b.data.id).toBe(true);
    const rows = await db().select().from(fuldmagter);
    expect(rows).toMatchObject([{ status: "aktiv", giverNavn: "Karen Jensen", fuldmaegtigNavn: "Ole Jensen", privilegier: ["se:sager", "se:ydelser"] }]);
    const tilKaren = await breve(citizens.karen.cpr);
    const tilOle = await breve(citizens.ole.cpr);
    expect(tilKaren.map((x) => x.titel)).toEqual(["Du har givet Ole Jensen fuldmagt"]);
    expect(tilOle.map((x) => x.titel)).toEqual(["Karen Jensen har givet dig fuldmagt"]);
    for (const brev of [...tilKaren, ...tilOle]) expect(brev.tekst).not.toMatch(/https?:|www\.|\.dk\//);
  });

  it("refuses an unknown person, oneself, an empty scope and an end past five years, storing nothing", async () => {
    const karen = await selfCtx(db(), citizens.karen);
    const fejl = async (over: Partial<ReturnType<typeof giv>>) => {
      const r = await opretFuldmagt(karen, giv(over), "giver");
      return r.ok ? {} : r.fejl;
    };
    expect(await fejl({ navn: "Ole Jensen", dag: "6" })).toHaveProperty("navn", expect.stringContaining("Vi kan ikke finde"));
    expect(await fejl({ ...karenFoedt })).toHaveProperty("navn", "Du kan ikke give fuldmagt til dig selv.");
    expect(await fejl({ privilegier: [] })).toHaveProperty("privilegier", "Vælg mindst én ting fra listen.");
    expect(await fejl({ gyldigTil: om(6 * 365) })).toHaveProperty("gyldigTil", expect.stringContaining("højst gælde i 5 år"));
    expect(await fejl({ gyldigTil: om(-1) })).toHaveProperty("gyldigTil", "Slutdatoen skal ligge efter i dag.");
    expect(await fejl({ dag: "31", maaned: "2" })).toHaveProperty("dag", expect.stringContaining("Datoen findes ikke"));
    expect(await db().select().from(fuldmagter)).toHaveLength(0);
  });

  it("Ole asks, Karen approves with fewer privileges and a shorter period; a second answer changes nothing", async () => {
    const ole = await selfCtx(db(), citizens.ole);
    const karen = await selfCtx(db(), citizens.karen);
    const anmodet = await opretFuldmagt(ole, { ...giv(), ...karenFoedt, privilegier: ["se:sager", "se:ydelser", "se:dokumenter"], gyldigTil: om(90) }, "anmoder");
    if (!anmodet.ok || anmodet.data.trin !== "oprettet") throw new Error("anmodningen blev ikke oprettet");
    const id = anmodet.data.id;
    expect((await breve(citizens.karen.cpr)).map((x) => x.titel)).toEqual(["Ole Jensen beder om fuldmagt"]);

    expect(await godkend(karen, { fuldmagtId: id, privilegier: ["se:sager", "handle:eksport"], gyldigTil: om(30) })).toMatchObject({ ok: false, fejl: { privilegier: expect.stringContaining("ikke flere") } });
    expect(await godkend(karen, { fuldmagtId: id, privilegier: ["se:sager"], gyldigTil: om(120) })).toMatchObject({ ok: false, fejl: { gyldigTil: expect.stringContaining("kortere periode") } });
    expect(await godkend(karen, { fuldmagtId: id, privilegier: ["se:sager"], gyldigTil: om(30) })).toEqual({ ok: true, data: { id } });
    expect(await godkend(karen, { fuldmagtId: id, privilegier: ["se:sager"], gyldigTil: om(30) })).toMatchObject({ ok: false, fejl: { _form: expect.stringContaining("allerede godkendt") } });
    expect(await afvis(karen, id)).toMatchObject({ ok: false });
    const [row] = await db().select().from(fuldmagter).where(eq(fuldmagter.id, id));
    expect(row).toMatchObject({ status: "aktiv", privilegier: ["se:sager"], anmodetPrivilegier: ["se:sager", "se:ydelser", "se:dokumenter"] });
    expect((await breve(citizens.ole.cpr)).map((x) => x.titel)).toContain("Karen Jensen har givet dig fuldmagt");

    // Ole acts under it: sager yes, dokumenter no.
    const forKaren = await actingCtx(db(), citizens.ole, id);
    expect(await laes(forKaren, { action: "se:sager", objekt: "x" }, async () => ({ ok: true as const, data: 1 }))).toEqual({ ok: true, data: 1 });
    expect(await laes(forKaren, { action: "se:dokumenter", objekt: "x" }, async () => ({ ok: true as const, data: 1 }))).toEqual({ ok: false, reason: "ikke-fundet" });
  });

  it("a declined request cannot be approved afterwards, and someone else's fuldmagt cannot be answered or revoked", async () => {
    const ole = await selfCtx(db(), citizens.ole);
    const karen = await selfCtx(db(), citizens.karen);
    const amir = await selfCtx(db(), citizens.amir);
    const r = await opretFuldmagt(ole, { ...giv(), ...karenFoedt }, "anmoder");
    const id = r.ok && r.data.trin === "oprettet" ? r.data.id : "";
    expect(await afvis(amir, id)).toMatchObject({ ok: false, fejl: { _form: expect.stringContaining("Vi kunne ikke finde fuldmagten") } });
    expect(await tilbagekald(amir, id)).toMatchObject({ ok: false });
    const refusals = await db().select().from(afvisninger).where(eq(afvisninger.aarsag, "forkert-person"));
    expect(refusals.filter((x) => x.handling === "handle:fuldmagt").length).toBeGreaterThanOrEqual(2);
    // Ole cannot answer his own request as if he were the giver.
    expect(await godkend(ole, { fuldmagtId: id, privilegier: ["se:sager"], gyldigTil: om(30) })).toMatchObject({ ok: false });
    expect(await afvis(karen, id)).toEqual({ ok: true, data: { id } });
    expect(await godkend(karen, { fuldmagtId: id, privilegier: ["se:sager"], gyldigTil: om(30) })).toMatchObject({ ok: false, fejl: { _form: expect.stringContaining("allerede afvist") } });
    expect((await breve(citizens.ole.cpr)).map((x) => x.titel)).toContain("Karen Jensen har sagt nej til din anmodning");
  });

  it("either party revokes at once, revoking twice changes nothing, and the holder's next request is refused", async () => {
    const karen = await selfCtx(db(), citizens.karen);
    const r = await opretFuldmagt(karen, giv(), "giver");
    const id = r.ok && r.data.trin === "oprettet" ? r.data.id : "";
    const forKaren = await actingCtx(db(), citizens.ole, id);
    const ole = await selfCtx(db(), citizens.ole);
    expect(await tilbagekald(ole, id)).toEqual({ ok: true, data: { id } });
    expect(await tilbagekald(karen, id)).toMatchObject({ ok: false, fejl: { _form: expect.stringContaining("allerede ophævet") } });
    const [row] = await db().select().from(fuldmagter).where(eq(fuldmagter.id, id));
    expect(row).toMatchObject({ status: "tilbagekaldt", tilbagekaldtAf: "fuldmaegtig" });
    const again = await actingCtx(db(), citizens.ole, id);
    expect(again.basis.type === "fuldmagt" && again.basis.fuldmagt?.status).toBe("tilbagekaldt");
    expect(await laes(again, { action: "se:sager", objekt: "x" }, async () => ({ ok: true as const, data: 1 }))).toEqual({ ok: false, reason: "ikke-fundet" });
    expect(forKaren.sessionId).not.toBe(again.sessionId);
    expect((await breve(citizens.karen.cpr)).map((x) => x.titel)).toContain("Fuldmagten til Ole Jensen er ophævet");
  });

  it("a betroet medarbejder registers a paper fuldmagt, shown as such, with an entry in the giver's log", async () => {
    const mette = { art: "medarbejder" as const, navn: "Mette Lund", medarbejderId: staff.mette.uuid, enhed: "Borgerservice", privilegier: [...staff.mette.privileges] };
    const r = await registrerPapir(mette, {
      giverNavn: "Amir Hassan",
      giverDag: "14",
      giverMaaned: "9",
      giverAar: "1992",
      navn: "Sofie Nielsen",
      dag: "22",
      maaned: "3",
      aar: "2000",
      privilegier: ["se:sager"],
      gyldigFra: om(0),
      gyldigTil: om(365),
      papirReference: "J.nr. 2026-4411, underskrevet 1. december 2026",
      noegle: randomUUID(),
      trin: "bekraeft",
    });
    if (!r.ok || r.data.trin !== "oprettet") throw new Error("papirfuldmagten blev ikke registreret");
    const amir = await selfCtx(db(), citizens.amir);
    const vist = await enFuldmagt(amir, r.data.id);
    expect(vist.ok && vist.data).toMatchObject({ oprindelse: "papir", registreretAfNavn: "Mette Lund", papirReference: expect.stringContaining("J.nr. 2026-4411") });
    const alle = await mineFuldmagter(amir);
    expect(alle.ok && alle.data.givne.map((f) => f.fuldmaegtigNavn)).toEqual(["Sofie Nielsen"]);
    expect((await breve(citizens.sofie.cpr)).map((x) => x.titel)).toEqual(["Fuldmagt fra Amir Hassan er registreret"]);
    const [entry] = await db().select().from(adgangslog).where(eq(adgangslog.grundlagId, r.data.id));
    expect(entry).toMatchObject({ aktoerNavn: "Mette Lund", aktoerRolle: "Betroet medarbejder", subjektNoegle: subjektNoegle(citizens.amir.cpr), objekt: "Registrerede din fuldmagt på papir til Sofie Nielsen" });
  });

  it("warns once 30 days before the end, ends at the end date, and ends when the giver dies – with letters, never renewing", async () => {
    const karen = await selfCtx(db(), citizens.karen);
    const r = await opretFuldmagt(karen, giv({ gyldigTil: om(20) }), "giver");
    const id = r.ok && r.data.trin === "oprettet" ? r.data.id : "";
    await efterse(db(), nu());
    await efterse(db(), nu());
    expect((await breve(citizens.karen.cpr)).filter((x) => x.titel.includes("udløber"))).toHaveLength(1);
    expect((await breve(citizens.ole.cpr)).filter((x) => x.titel.includes("udløber"))).toHaveLength(1);

    await efterse(db(), addDays(nu(), 22));
    const [udloebet] = await db().select().from(fuldmagter).where(eq(fuldmagter.id, id));
    expect(udloebet).toMatchObject({ status: "ophoert", ophoerAarsag: "udloebet" });
    expect((await breve(citizens.ole.cpr)).map((x) => x.titel)).toContain("Fuldmagten fra Karen Jensen er udløbet");
    expect(await db().select().from(fuldmagter)).toHaveLength(1);

    const igen = await opretFuldmagt(karen, giv(), "giver");
    const id2 = igen.ok && igen.data.trin === "oprettet" ? igen.data.id : "";
    await fetch("http://fagsystemer.test/cpr/__admin/status", { method: "POST", body: JSON.stringify({ cprNummer: citizens.karen.cpr, status: "doed" }) });
    await efterse(db(), nu());
    const [doed] = await db().select().from(fuldmagter).where(eq(fuldmagter.id, id2));
    expect(doed).toMatchObject({ status: "ophoert", ophoerAarsag: "doed" });
    expect((await breve(citizens.ole.cpr)).map((x) => x.titel)).toContain("Fuldmagten fra Karen Jensen er ophørt");
  });

  it("a look at one's fuldmagter brings them up to date by itself: warned once, ended past its end and shown as ended in the same read", async () => {
    const karen = await selfCtx(db(), citizens.karen);
    const ole = await selfCtx(db(), citizens.ole);
    const r = await opretFuldmagt(karen, giv({ gyldigTil: om(20) }), "giver");
    const id = r.ok && r.data.trin === "oprettet" ? r.data.id : "";
    const foer = await mineFuldmagter(ole);
    await mineFuldmagter(ole);
    expect(foer.ok && foer.data.modtagne.map((f) => [f.id, f.udloeberSnart])).toEqual([[id, true]]);
    expect((await breve(citizens.ole.cpr)).filter((x) => x.titel.includes("udløber"))).toHaveLength(1);

    await db().update(fuldmagter).set({ gyldigTil: addDays(nu(), -1) }).where(eq(fuldmagter.id, id));
    const efter = await mineFuldmagter(ole);
    expect(efter.ok && efter.data.modtagne).toEqual([]);
    expect(efter.ok && efter.data.tidligere.map((f) => [f.id, f.status, f.ophoerAarsag])).toEqual([[id, "ophoert", "udloebet"]]);
    expect((await breve(citizens.ole.cpr)).map((x) => x.titel)).toContain("Fuldmagten fra Karen Jensen er udløbet");
  });

  it("keeps letters in the outbox while Digital Post is down, and sends each once when it is back", async () => {
    server.use(http.post("*/digitalpost/breve", () => HttpResponse.json({ fejl: "nede" }, { status: 503 })));
    const karen = await selfCtx(db(), citizens.karen);
    const r = await opretFuldmagt(karen, giv(), "giver");
    expect(r.ok).toBe(true);
    expect(await db().select().from(brevUdbakke).where(eq(brevUdbakke.kategori, "Fuldmagt"))).not.toHaveLength(0);
    server.resetHandlers();
    // A refused letter waits 10 s before its next try (lib/post/udbakke.ts); here that time has passed.
    await db().update(brevUdbakke).set({ sendesTil: sql`now() - interval '1 second'` }).where(eq(brevUdbakke.kategori, "Fuldmagt"));
    await efterse(db(), nu());
    await efterse(db(), nu());
    expect((await breve(citizens.ole.cpr)).map((x) => x.titel)).toEqual(["Karen Jensen har givet dig fuldmagt"]);
  });
});
