import { desc, eq, sql } from "drizzle-orm";
import { http, HttpResponse } from "msw";
import { beforeAll, describe, expect, it } from "vitest";
import type { Action } from "@/lib/access/actions";
import type { DenyReason } from "@/lib/access/policy";
import { laes, subjektNoegle, type DataContext } from "@/lib/data/access";
import { resolveSession } from "@/lib/data/context";
import { hentPerson } from "@/lib/fagsystemer/cpr/client";
import { nu } from "@/lib/klokke";
import { hentDokument, hentSag } from "@/lib/data/sager";
import type { Database } from "@/lib/db/client";
import { adgangslog, afvisninger, assisteredeSessioner, fuldmagter, samtykker } from "@/lib/db/schema";
import { server } from "@/mocks/node";
import { citizens, fullName, PRIVILEGE, staff } from "@/mocks/personas";
import { deterministicUuid } from "@/mocks/random";
import { backends, blockDatabase } from "../support/databases";
import { actingCtx, assistingCtx, dutyCtx, selfCtx, seedStaff, staffIdentity, thirdPartyCtx } from "../support/contexts";
import { testEnv } from "../support/test-env";

/**
 * The access policy, one case per kind of outcome, each asserting the *reason* a refusal is
 * recorded with. Every context is built the way a request builds it: a login session, the
 * "acting as" choice on it, and the resolver (tests/support/contexts.ts).
 */
Object.assign(process.env, testEnv);

// The policy's "now" is the portal clock (lib/klokke.ts, fixed by MINE_DATA_NU in tests).
const now = nu().getTime();
const days = (n: number) => new Date(now + n * 86_400_000);
const minutes = (n: number) => new Date(now + n * 60_000);
const id = (name: string) => deterministicUuid(`policy:${name}`);
const sag = (nr: string) => deterministicUuid(`sag:${nr}`);
const MEDICIN = sag("32.03.12-G01-7-25");
const PLEJEBOLIG = sag("27.45.04-G01-3-25");
const SKJULT = sag("27.45.04-G01-9-25");
const SOFIES = sag("32.24.04-G01-5-24");
const BENTS = sag("32.03.12-G01-3-26");
const SAMTALE = deterministicUuid("dok:27.45.04-G01-3-25:3");
const BENTS_BREV = deterministicUuid("dok:32.03.12-G01-3-26:0");
const bank = { navn: "Andelskassen", cvr: "99999999" };
const andenBank = { navn: "Anden Bank", cvr: "88888888" };

async function seed(db: Database["db"]) {
  await seedStaff(db, [
    { p: staff.mette, enhed: "Borgerservice" },
    { p: staff.jonas, enhed: "Ydelsesservice" },
  ]);
  const f = (key: string, over: Partial<typeof fuldmagter.$inferInsert>) => ({
    id: id(key),
    giverCpr: citizens.karen.cpr,
    giverNavn: "Karen Jensen",
    fuldmaegtigCpr: citizens.ole.cpr,
    fuldmaegtigNavn: "Ole Jensen",
    privilegier: ["se:sager", "se:ydelser", "kontakte:sagsbehandler"],
    status: "aktiv" as const,
    gyldigFra: days(-1),
    gyldigTil: days(30),
    ...over,
  });
  await db.insert(fuldmagter).values([
    f("aktiv", {}),
    f("udloebet", { gyldigFra: days(-60), gyldigTil: days(-1) }),
    f("tilbagekaldt", { status: "tilbagekaldt", tilbagekaldt: days(-2) }),
    // As the lifecycle sweep leaves them: ended, with the reason.
    f("ophoert-udloebet", { gyldigFra: days(-60), gyldigTil: days(-1), status: "ophoert", ophoert: days(-1), ophoerAarsag: "udloebet" }),
    f("ophoert-doed", { status: "ophoert", ophoert: days(-1), ophoerAarsag: "doed" }),
    f("anmodet", { giverCpr: citizens.amir.cpr, fuldmaegtigCpr: citizens.sofie.cpr, status: "anmodet" }),
    f("dokumenter", { privilegier: ["se:sager", "se:dokumenter", "se:oplysninger"] }),
    f("tilbagekaldes", {}),
  ]);
  const a = (key: string, cpr: string, over: Partial<typeof assisteredeSessioner.$inferInsert>) => ({
    id: id(key),
    borgerCpr: cpr,
    borgerNavn: "Bent Holm",
    medarbejderId: staff.mette.uuid,
    omraader: ["se:sager", "se:dokumenter", "se:oplysninger"],
    startet: minutes(-5),
    udloeber: minutes(25),
    ...over,
  });
  await db.insert(assisteredeSessioner).values([
    a("aktiv", citizens.bent.cpr, {}),
    a("afsluttet", citizens.bent.cpr, { afsluttet: minutes(-1) }),
    a("udloebet", citizens.bent.cpr, { startet: minutes(-70), udloeber: minutes(-10) }),
  ]);
  const s = (key: string, over: Partial<typeof samtykker.$inferInsert>) => ({
    id: id(key),
    borgerCpr: citizens.sofie.cpr,
    modtagerNavn: bank.navn,
    modtagerCvr: bank.cvr,
    data: ["se:ydelser"],
    formaal: "Kreditvurdering",
    gyldigFra: days(-1),
    gyldigTil: days(30),
    ...over,
  });
  await db.insert(samtykker).values([
    s("aktiv", {}),
    s("udloebet", { gyldigFra: days(-90), gyldigTil: days(-1) }),
    s("tilbagekaldt", { tilbagekaldt: days(-1) }),
  ]);
}

describe.each(backends())("the access policy on %s", (_name, open) => {
  const { db } = blockDatabase(open, { server });
  beforeAll(() => seed(db()));

  async function logCount(cpr: string): Promise<number> {
    const [row] = await db().select({ n: sql<number>`count(*)::int` }).from(adgangslog).where(eq(adgangslog.subjektNoegle, subjektNoegle(cpr)));
    return row!.n;
  }

  async function lastRefusal() {
    const [row] = await db().select().from(afvisninger).orderBy(desc(afvisninger.tidspunkt), desc(afvisninger.id)).limit(1);
    return row;
  }

  type Case = { name: string; ctx: () => Promise<DataContext>; action: Action; sagId?: string; expect: "tilladt" | DenyReason };
  const cases: Case[] = [
    // Self
    { name: "Karen reads her own sager", ctx: () => selfCtx(db(), citizens.karen), action: "se:sager", expect: "tilladt" },
    { name: "Karen reads her own log", ctx: () => selfCtx(db(), citizens.karen), action: "se:log", expect: "tilladt" },
    // Fuldmagt
    { name: "Ole reads Karen's sager under her fuldmagt", ctx: () => actingCtx(db(), citizens.ole, id("aktiv")), action: "se:sager", expect: "tilladt" },
    { name: "Ole reads documents the fuldmagt does not cover", ctx: () => actingCtx(db(), citizens.ole, id("aktiv")), action: "se:dokumenter", expect: "uden-for-omfang" },
    { name: "Ole reads Karen's log", ctx: () => actingCtx(db(), citizens.ole, id("aktiv")), action: "se:log", expect: "kun-selv" },
    { name: "Ole passes the fuldmagt on", ctx: () => actingCtx(db(), citizens.ole, id("aktiv")), action: "handle:fuldmagt", expect: "kun-selv" },
    { name: "Ole starts an assisted session for Karen", ctx: () => actingCtx(db(), citizens.ole, id("aktiv")), action: "handle:assistance", expect: "kun-selv" },
    { name: "Ole gives samtykke in Karen's name", ctx: () => actingCtx(db(), citizens.ole, id("aktiv")), action: "handle:samtykke", expect: "kun-selv" },
    { name: "Ole under an expired fuldmagt", ctx: () => actingCtx(db(), citizens.ole, id("udloebet")), action: "se:sager", expect: "udloebet" },
    { name: "Ole after the sweep ended his expired fuldmagt", ctx: () => actingCtx(db(), citizens.ole, id("ophoert-udloebet")), action: "se:sager", expect: "udloebet" },
    { name: "Ole after the sweep ended it at Karen's death", ctx: () => actingCtx(db(), citizens.ole, id("ophoert-doed")), action: "se:sager", expect: "giver-doed" },
    { name: "Ole under a revoked fuldmagt", ctx: () => actingCtx(db(), citizens.ole, id("tilbagekaldt")), action: "se:sager", expect: "tilbagekaldt" },
    { name: "Sofie under a request Amir has not approved", ctx: () => actingCtx(db(), citizens.sofie, id("anmodet")), action: "se:sager", expect: "ikke-aktiv" },
    { name: "Amir under a fuldmagt given to Ole", ctx: () => actingCtx(db(), citizens.amir, id("aktiv")), action: "se:sager", expect: "forkert-person" },
    // Assisted session
    { name: "Mette reads Bent's sager in his assisted session", ctx: () => assistingCtx(db(), staffIdentity(staff.mette), id("aktiv")), action: "se:sager", expect: "tilladt" },
    { name: "Mette reads an area Bent did not grant", ctx: () => assistingCtx(db(), staffIdentity(staff.mette), id("aktiv")), action: "se:ydelser", expect: "uden-for-omfang" },
    { name: "Mette after Bent ended the session", ctx: () => assistingCtx(db(), staffIdentity(staff.mette), id("afsluttet")), action: "se:sager", expect: "tilbagekaldt" },
    { name: "Mette after the session ran out", ctx: () => assistingCtx(db(), staffIdentity(staff.mette), id("udloebet")), action: "se:sager", expect: "udloebet" },
    { name: "Jonas (no borgerservice privilege) in Mette's session", ctx: () => assistingCtx(db(), staffIdentity(staff.jonas), id("aktiv")), action: "se:sager", expect: "mangler-rettighed" },
    { name: "Mette's identity without the privilege", ctx: () => assistingCtx(db(), staffIdentity(staff.mette, [PRIVILEGE.betroetMedarbejder]), id("aktiv")), action: "se:sager", expect: "mangler-rettighed" },
    // Caseworker duty
    { name: "Jonas reads the sag he handles", ctx: () => dutyCtx(db(), staffIdentity(staff.jonas), citizens.karen, MEDICIN), action: "se:sager", sagId: MEDICIN, expect: "tilladt" },
    { name: "Jonas reads another of Karen's sager on that duty", ctx: () => dutyCtx(db(), staffIdentity(staff.jonas), citizens.karen, MEDICIN), action: "se:sager", sagId: PLEJEBOLIG, expect: "anden-sag" },
    { name: "Jonas reads Karen's whole list on that duty", ctx: () => dutyCtx(db(), staffIdentity(staff.jonas), citizens.karen, MEDICIN), action: "se:sager", expect: "anden-sag" },
    { name: "Jonas reads Karen's ydelser on that duty", ctx: () => dutyCtx(db(), staffIdentity(staff.jonas), citizens.karen, MEDICIN), action: "se:ydelser", sagId: MEDICIN, expect: "uden-for-omfang" },
    { name: "Jonas claims duty on a sag Lise handles", ctx: () => dutyCtx(db(), staffIdentity(staff.jonas), citizens.karen, PLEJEBOLIG), action: "se:sager", sagId: PLEJEBOLIG, expect: "forkert-person" },
    { name: "Jonas claims duty on Karen for Sofie's sag", ctx: () => dutyCtx(db(), staffIdentity(staff.jonas), citizens.karen, SOFIES), action: "se:sager", sagId: SOFIES, expect: "forkert-person" },
    { name: "Mette (no caseworker privilege) claims duty", ctx: () => dutyCtx(db(), staffIdentity(staff.mette), citizens.karen, MEDICIN), action: "se:sager", sagId: MEDICIN, expect: "mangler-rettighed" },
    // Samtykke
    { name: "the bank reads Sofie's ydelser under her samtykke", ctx: () => thirdPartyCtx(db(), bank, id("aktiv")), action: "se:ydelser", expect: "tilladt" },
    { name: "the bank reads sager the samtykke does not name", ctx: () => thirdPartyCtx(db(), bank, id("aktiv")), action: "se:sager", expect: "uden-for-omfang" },
    { name: "the bank after the samtykke lapsed", ctx: () => thirdPartyCtx(db(), bank, id("udloebet")), action: "se:ydelser", expect: "udloebet" },
    { name: "the bank after Sofie revoked it", ctx: () => thirdPartyCtx(db(), bank, id("tilbagekaldt")), action: "se:ydelser", expect: "tilbagekaldt" },
    { name: "another bank presents Andelskassen's samtykke", ctx: () => thirdPartyCtx(db(), andenBank, id("aktiv")), action: "se:ydelser", expect: "forkert-person" },
  ];

  it.each(cases)("$name: $expect", async (c) => {
    const ctx = await c.ctx();
    const before = await logCount(ctx.subject.cpr);
    const result = await laes(ctx, { action: c.action, objekt: c.name, sagId: c.sagId }, async () => ({ ok: true as const, data: "DATA" }));
    const after = await logCount(ctx.subject.cpr);
    if (c.expect === "tilladt") {
      expect(result).toEqual({ ok: true, data: "DATA" });
      expect(after - before, "one log entry for anyone but the person").toBe(ctx.basis.type === "self" ? 0 : 1);
    } else {
      expect(result).toEqual({ ok: false, reason: "ikke-fundet" });
      expect(after - before).toBe(0);
      expect(await lastRefusal()).toMatchObject({ handling: c.action, grundlag: ctx.basis.type, aarsag: c.expect });
    }
  });

  it("re-checks the fuldmagt on every request: revoked between two requests, the second is refused", async () => {
    const first = await actingCtx(db(), citizens.ole, id("tilbagekaldes"));
    expect(await laes(first, { action: "se:sager", objekt: "x" }, async () => ({ ok: true as const, data: 1 }))).toEqual({ ok: true, data: 1 });
    await db().update(fuldmagter).set({ status: "tilbagekaldt", tilbagekaldt: nu() }).where(eq(fuldmagter.id, id("tilbagekaldes")));
    const next = (await resolveSession(db(), first.sessionId))!.data!;
    expect(await laes(next, { action: "se:sager", objekt: "x" }, async () => ({ ok: true as const, data: 1 }))).toEqual({ ok: false, reason: "ikke-fundet" });
    expect(await lastRefusal()).toMatchObject({ aarsag: "tilbagekaldt" });
  });

  it("ends a fuldmagt when CPR says the giver has died", async () => {
    server.use(
      http.post("*/cpr/person/opslag", () =>
        HttpResponse.json({
          person: {
            cprNummer: citizens.karen.cpr,
            navn: { fornavn: "Karen", mellemnavn: null, efternavn: "Jensen" },
            status: "doed",
            adresse: { vejnavn: "Algade", husnr: "12", etage: null, doer: null, postnr: "4999", postdistrikt: "Korsbæk", kommunekode: "0999" },
            navneOgAdressebeskyttelse: false,
            civilstand: "gift",
            aegtefaelle: null,
            adresseRettelser: [],
          },
        }),
      ),
    );
    try {
      const ctx = await actingCtx(db(), citizens.ole, id("aktiv"));
      expect(await laes(ctx, { action: "se:sager", objekt: "x" }, async () => ({ ok: true as const, data: 1 }))).toEqual({ ok: false, reason: "ikke-fundet" });
      expect(await lastRefusal()).toMatchObject({ aarsag: "giver-doed" });
    } finally {
      server.resetHandlers();
    }
  });

  it("records a citizen guessing someone else's sag id, and a sag hidden from citizens, as refusals", async () => {
    const karen = await selfCtx(db(), citizens.karen);
    expect(await hentSag(karen, SOFIES)).toEqual({ ok: true, data: null });
    expect(await lastRefusal()).toMatchObject({ handling: "se:sager", grundlag: "self", aarsag: "ikke-part", subjektNoegle: subjektNoegle(citizens.karen.cpr) });
    expect(await hentSag(karen, SKJULT)).toEqual({ ok: true, data: null });
    expect(await lastRefusal()).toMatchObject({ aarsag: "skjult-for-borger" });
  });

  it("hides a document marked not for representatives from a holder, logs the hiding, and still shows it to Karen", async () => {
    const ole = await actingCtx(db(), citizens.ole, id("dokumenter"));
    const forOle = await hentSag(ole, PLEJEBOLIG);
    expect(forOle.ok && forOle.data?.sag.dokumenter.map((d) => d.titel)).not.toContain("Notat om samtale med Karen alene");
    const [entry] = await db().select().from(adgangslog).where(eq(adgangslog.subjektNoegle, subjektNoegle(citizens.karen.cpr))).orderBy(desc(adgangslog.nr)).limit(1);
    expect(entry!.objekt).toMatch(/1 skjult, fordi det ikke er til fuldmægtige/);
    expect(await hentDokument(ole, PLEJEBOLIG, SAMTALE)).toEqual({ ok: true, data: null });
    expect(await lastRefusal()).toMatchObject({ handling: "se:dokumenter", aarsag: "ikke-til-fuldmaegtig" });

    const karen = await selfCtx(db(), citizens.karen);
    const own = await hentSag(karen, PLEJEBOLIG);
    expect(own.ok && own.data?.sag.dokumenter.find((d) => d.titel === "Notat om samtale med Karen alene")).toMatchObject({ skjultForFuldmaegtige: true });
  });

  it("hides Bent's protected address from the staff member helping him, in CPR data and in a letter", async () => {
    const mette = await assistingCtx(db(), staffIdentity(staff.mette), id("aktiv"));
    const person = await laes(mette, { action: "se:oplysninger", objekt: "x" }, (grant) => hentPerson(citizens.bent.cpr, grant.skjulBeskyttet));
    expect(person.ok && person.data).toMatchObject({ navn: "Bent Holm", adresse: null, adressebeskyttet: true });
    const brev = await hentDokument(mette, BENTS, BENTS_BREV);
    expect(brev.ok && brev.data?.tekst).toContain("[beskyttet adresse]");
    expect(JSON.stringify(brev)).not.toContain("Skovbrynet");

    const bent = await selfCtx(db(), citizens.bent);
    const own = await hentDokument(bent, BENTS, BENTS_BREV);
    expect(own.ok && own.data?.tekst).toContain("Skovbrynet 4, 4999 Korsbæk");
  });

  it("writes who, on what basis and what into the log, without a CPR number", async () => {
    const ole = await actingCtx(db(), citizens.ole, id("aktiv"));
    await laes(ole, { action: "se:ydelser", objekt: "Udbetalinger 2026" }, async () => ({ ok: true as const, data: 1 }));
    const [entry] = await db().select().from(adgangslog).where(eq(adgangslog.objekt, "Udbetalinger 2026"));
    expect(entry).toMatchObject({
      aktoerNavn: fullName(citizens.ole),
      aktoerRolle: "Fuldmægtig",
      grundlagType: "fuldmagt",
      grundlagId: id("aktiv"),
      kategori: "se:ydelser",
      subjektNoegle: subjektNoegle(citizens.karen.cpr),
    });
    expect(JSON.stringify(entry)).not.toContain(citizens.karen.cpr);
    expect(JSON.stringify(entry)).not.toContain(citizens.ole.cpr);
  });

  it("returns nothing when the access log cannot be written", async () => {
    const mette = await assistingCtx(db(), staffIdentity(staff.mette), id("aktiv"));
    let fetched = false;
    await db().execute(sql`alter table adgangslog rename to adgangslog_utilgaengelig`);
    try {
      const result = await laes(mette, { action: "se:sager", objekt: "x" }, async () => {
        fetched = true;
        return { ok: true as const, data: "HEMMELIGT" };
      });
      expect(fetched).toBe(true);
      expect(result).toEqual({ ok: false, reason: "log-fejl" });
      expect(JSON.stringify(result)).not.toContain("HEMMELIGT");
    } finally {
      await db().execute(sql`alter table adgangslog_utilgaengelig rename to adgangslog`);
    }
  });
});
