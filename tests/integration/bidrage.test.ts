import { and, desc, eq, ne } from "drizzle-orm";
import { http, HttpResponse } from "msw";
import { beforeAll, describe, expect, it } from "vitest";
import { appendLogEntry } from "@/lib/access/log";
import { laes, subjektNoegle, type DataContext } from "@/lib/data/access";
import { resolveSession, type Medarbejder } from "@/lib/data/context";
import { eksportJson } from "@/lib/eksport/skriv";
import { minLog, spoergHvorfor } from "@/lib/data/log";
import { createLoginSession } from "@/lib/data/login-sessions";
import { hentSag } from "@/lib/data/sager";
import { adgangslog, afvisninger, brevUdbakke, fuldmagter, hentninger, rettelseHaendelser, rettelser, spoergsmaalBehandling } from "@/lib/db/schema";
import { eksportSkema } from "@/lib/eksport/skema";
import { verificer } from "@/lib/kvittering/jws";
import { hentBreve } from "@/lib/fagsystemer/digitalpost/client";
import { retGrundlagDatum } from "@/lib/fagsystemer/sdi/client";
import { anmodOmSamtykke, hentIgen, svarPaaSamtykke, tilbagekald } from "@/lib/hentesamtykke/store";
import { afgoer, forlaengFrist } from "@/lib/rettelser/afgoerelse";
import { anfaegtelser } from "@/lib/rettelser/anfaegtet";
import { bilagForSagsbehandler } from "@/lib/rettelser/bilag-adgang";
import { Afvist, gemKladde, hentKladde, sendKladde, sendLaestKladde } from "@/lib/rettelser/borger";
import { forlaengetFrist, fristFor } from "@/lib/rettelser/frist";
import { aabnRettelse } from "@/lib/rettelser/indbakke";
import { hentMaal, type Maal } from "@/lib/rettelser/maal";
import { pligtFor } from "@/lib/rettelser/pligt";
import { aabnSpoergsmaal, besvarSpoergsmaal, fordelSpoergsmaal, fordelVentendeSpoergsmaal } from "@/lib/rettelser/spoergsmaal";
import { aabnTilfoejelse, tilfoej } from "@/lib/rettelser/tilfoejelser";
import { nu } from "@/lib/klokke";
import { server } from "@/mocks/node";
import { sagsbehandlere } from "@/mocks/handlers/organisation/fixtures";
import { citizens, PRIVILEGE, staff, type StaffPersona } from "@/mocks/personas";
import { deterministicUuid } from "@/mocks/random";
import { backends, blockDatabase } from "../support/databases";
import { actingCtx, dutyCtx, seedStaff, selfCtx, staffIdentity } from "../support/contexts";
import { testEnv } from "../support/test-env";

/**
 * BIDRAGE in the data layer, on PGlite and PostgreSQL: correction requests routed to the
 * caseworker who owns the datum, the caseworker's scope (policy tests for every inbox read), the
 * decisions and their letters, a restart between the fagsystem call and the decision, a holder
 * filing for the giver, "Spørg hvorfor" answered, and a consent to fetch given and withdrawn.
 */
Object.assign(process.env, testEnv);

const sag = (nr: string) => deterministicUuid(`sag:${nr}`);
const SYGEDAGPENGE = sag("15.17.06-G01-44-25");
const JOBAFKLARING = sag("15.17.12-G01-8-25");
const MEDICIN = sag("32.03.12-G01-7-25");
const datum = (nr: string, i: number) => ({ art: "datum" as const, datumId: deterministicUuid(`datum:${nr}:${i}`), sagId: sag(nr) });
const SYG = "15.17.06-G01-44-25";
const lise: StaffPersona = { key: "lise", kind: "medarbejder", fornavn: "Lise", efternavn: "Andersen", uuid: sagsbehandlere.lise.uuid, rolle: "Sagsbehandler", privileges: [PRIVILEGE.sagsbehandler], description: "" };
const PNG = Buffer.from("89504e470d0a1a0a0000000d49484452", "hex");
const svar = (rigtigt: string) => ({ hvadErForkert: "Der står noget forkert.", rigtigVaerdi: rigtigt, rigtigAdresse: null, begrundelse: "Jeg har papir på det." });

describe.each(backends())("BIDRAGE on %s", (_name, open) => {
  const { db } = blockDatabase(open, { server });
  let amir: DataContext;
  let jonas: Medarbejder;
  let liseM: Medarbejder;
  let mette: Medarbejder;
  const id = (k: string) => deterministicUuid(`bidrage-test:${k}`);

  async function medarbejder(p: StaffPersona): Promise<Medarbejder> {
    const ctx = await resolveSession(db(), await createLoginSession(db(), staffIdentity(p)));
    return ctx!.actor as Medarbejder;
  }

  async function vis(ctx: DataContext, maal: Maal) {
    const visning = await hentMaal(ctx, maal);
    if (!visning.ok || !visning.data) throw new Error("oplysningen blev ikke fundet");
    return visning.data;
  }
  async function send(ctx: DataContext, maal: Maal, rigtigt: string, noegle = crypto.randomUUID()) {
    const kladde = await gemKladde(ctx, await vis(ctx, maal), svar(rigtigt), noegle);
    const sendt = await sendKladde(ctx, kladde);
    if (!sendt.ok) throw new Error(`ikke sendt: ${sendt.reason}`);
    return kladde;
  }
  const row = async (rid: string) => (await db().select().from(rettelser).where(eq(rettelser.id, rid)))[0]!;
  const sidsteAfvisning = async () => (await db().select().from(afvisninger).orderBy(desc(afvisninger.tidspunkt), desc(afvisninger.id)).limit(1))[0];
  const log = (cpr: string) => db().select().from(adgangslog).where(eq(adgangslog.subjektNoegle, subjektNoegle(cpr))).orderBy(desc(adgangslog.nr));
  const grundlag = async (ctx: DataContext, sagId: string, datumId: string) => {
    const s = await hentSag(ctx, sagId);
    return s.ok ? s.data!.sag.afgoerelse!.grundlag.find((g) => g.id === datumId)! : null;
  };

  beforeAll(async () => {
    await fetch("http://fagsystemer.test/__admin/reset", { method: "POST" });
    await seedStaff(db(), [
      { p: staff.mette, enhed: "Borgerservice" },
      { p: staff.jonas, enhed: "Ydelsesservice" },
      { p: lise, enhed: "Visitation og Hjælpemidler" },
    ]);
    const f = { giverCpr: citizens.karen.cpr, giverNavn: "Karen Jensen", fuldmaegtigCpr: citizens.ole.cpr, fuldmaegtigNavn: "Ole Jensen", status: "aktiv" as const, gyldigFra: new Date(nu().getTime() - 86_400_000), gyldigTil: new Date(nu().getTime() + 30 * 86_400_000) };
    await db().insert(fuldmagter).values([
      { ...f, id: id("rettelse"), privilegier: ["se:sager", "handle:rettelse"] },
      { ...f, id: id("kun-se"), privilegier: ["se:sager"] },
    ]);
    amir = await selfCtx(db(), citizens.amir);
    [jonas, liseM, mette] = await Promise.all([medarbejder(staff.jonas), medarbejder(lise), medarbejder(staff.mette)]);
  });

  it("routes Amir's income to Jonas on the sygedagpenge sag with a one-month deadline, once, and marks it 'anfægtet'", async () => {
    const noegle = crypto.randomUUID();
    const indkomst = datum(SYG, 2);
    const visning = await vis(amir, indkomst);
    expect(visning).toMatchObject({ betegnelse: "Din indkomst før sygdom", vaerdi: "27.350,00 kr. pr. måned", sagTitel: "Sygedagpenge" });
    const kladde = await gemKladde(amir, visning, svar("33.850,00 kr. pr. måned"), noegle);
    expect(await gemKladde(amir, visning, svar("33.850,00 kr. pr. måned"), noegle), "the same form render saves one draft").toBe(kladde);
    const foerste = await sendKladde(amir, kladde);
    const anden = await sendKladde(amir, kladde);
    expect(anden).toEqual(foerste);
    const r = await row(kladde);
    expect(r).toMatchObject({ status: "modtaget", ansvarligId: staff.jonas.uuid, ansvarligNavn: "Jonas Møller", sagId: SYGEDAGPENGE, indsenderNavn: "Amir Hassan", fuldmagtId: null });
    expect(r.frist).toEqual(fristFor(r.modtaget!));
    expect(await db().select().from(rettelseHaendelser).where(eq(rettelseHaendelser.rettelseId, kladde))).toHaveLength(1);
    await expect(send(amir, indkomst, "noget andet")).rejects.toThrow(/allerede en åben anmodning/);

    expect((await grundlag(amir, SYGEDAGPENGE, indkomst.datumId))?.anfaegtet).toMatchObject({ status: "anfaegtet", rettelseId: kladde });
    const [brev] = await db().select().from(brevUdbakke).where(eq(brevUdbakke.noegle, `rettelse:${kladde}:modtaget`));
    expect(brev?.sendt).not.toBeNull();
    const post = await hentBreve(citizens.amir.cpr, { side: 1, antal: 50 });
    expect(post.ok && post.data.breve.filter((b) => b.titel.startsWith("Vi har modtaget din anmodning om rettelse"))).toHaveLength(1);
  });

  it("answers a send of a draft read before another send took it with the same receipt, as the other half of a double click on another instance must", async () => {
    const sofie = await selfCtx(db(), citizens.sofie);
    const kladde = await gemKladde(sofie, await vis(sofie, datum("32.24.04-G01-5-24", 0)), svar("3.000,00 kr."), crypto.randomUUID());
    const laestFoer = (await hentKladde(sofie, kladde))!;
    const foerste = await sendKladde(sofie, kladde);
    expect(foerste).toMatchObject({ ok: true, data: { id: kladde } });
    expect(await sendLaestKladde(sofie, laestFoer)).toEqual(foerste);
    expect(await Promise.all(Array.from({ length: 4 }, () => sendKladde(sofie, kladde)))).toEqual(Array(4).fill(foerste));
    expect(await db().select().from(rettelseHaendelser).where(eq(rettelseHaendelser.rettelseId, kladde))).toHaveLength(1);
  });

  it("lets one of two drafts for the same datum sent at once through, and tells the other in Danish", async () => {
    const sofie = await selfCtx(db(), citizens.sofie);
    const visning = await vis(sofie, datum("32.24.04-G01-5-24", 1));
    const [a, b] = [await gemKladde(sofie, visning, svar("3.000,00 kr."), crypto.randomUUID()), await gemKladde(sofie, visning, svar("3.100,00 kr."), crypto.randomUUID())];
    const svarene = await Promise.allSettled([sendKladde(sofie, a), sendKladde(sofie, b)]);
    expect(svarene.filter((x) => x.status === "fulfilled").map((x) => x.value)).toEqual([expect.objectContaining({ ok: true })]);
    const afvist = svarene.find((x) => x.status === "rejected");
    expect(afvist?.reason).toBeInstanceOf(Afvist);
    expect((afvist?.reason as Error).message).toMatch(/^Du har allerede en åben anmodning om at rette denne oplysning \(R-\d+\)\.$/);
  });

  it("routes a CPR address to the caseworker of the decision that rests on it", async () => {
    const rid = await send(amir, { art: "felt", felt: "cpr.adresse" }, "");
    expect(await row(rid)).toMatchObject({ ansvarligId: staff.jonas.uuid, sagId: SYGEDAGPENGE, felt: "cpr.adresse" });
    expect((await anfaegtelser(citizens.amir.cpr)).get("cpr.adresse")).toMatchObject({ status: "anfaegtet" });
  });

  it("lets Jonas open it under his duty for that sag only, logged in Amir's log first; nobody else gets in", async () => {
    const [r] = await db().select().from(rettelser).where(and(eq(rettelser.maal, `datum:${datum(SYG, 2).datumId}`), ne(rettelser.status, "kladde")));
    const aabnet = await aabnRettelse(jonas, r!.id);
    expect(aabnet.ok && aabnet.data?.nuvaerende).toBe("27.350,00 kr. pr. måned");
    const [entry] = await log(citizens.amir.cpr);
    expect(entry).toMatchObject({ aktoerNavn: "Jonas Møller", aktoerRolle: "Sagsbehandler", grundlagType: "sagsbehandler", grundlagId: SYGEDAGPENGE, kategori: "se:sager" });
    expect(entry!.objekt).toMatch(/^Din anmodning R-\d{5} om at rette »Din indkomst før sygdom«$/);
    expect(JSON.stringify(entry)).not.toContain(citizens.amir.cpr);
    expect((await row(r!.id)).status).toBe("under-behandling");

    expect(await aabnRettelse(liseM, r!.id), "not routed to Lise").toEqual({ ok: true, data: null });
    await db().update(rettelser).set({ ansvarligId: lise.uuid }).where(eq(rettelser.id, r!.id));
    expect(await aabnRettelse(liseM, r!.id), "routed to Lise, but she does not handle the sag").toEqual({ ok: true, data: null });
    expect(await sidsteAfvisning()).toMatchObject({ handling: "se:sager", grundlag: "sagsbehandler", aarsag: "forkert-person" });
    await db().update(rettelser).set({ ansvarligId: staff.jonas.uuid, sagId: JOBAFKLARING }).where(eq(rettelser.id, r!.id));
    expect(await aabnRettelse(jonas, r!.id), "pointed at Amir's jobafklaring, which Rasmus handles").toEqual({ ok: true, data: null });
    expect(await sidsteAfvisning()).toMatchObject({ aarsag: "forkert-person" });
    await db().update(rettelser).set({ sagId: SYGEDAGPENGE }).where(eq(rettelser.id, r!.id));

    const duty = await dutyCtx(db(), staffIdentity(staff.jonas), citizens.amir, SYGEDAGPENGE);
    const data = async () => ({ ok: true as const, data: "DATA" });
    expect(await laes(duty, { action: "se:sager", objekt: "x", sagId: JOBAFKLARING }, data)).toEqual({ ok: false, reason: "ikke-fundet" });
    expect(await sidsteAfvisning()).toMatchObject({ aarsag: "anden-sag" });
    expect(await laes(duty, { action: "se:sager", objekt: "x" }, data)).toEqual({ ok: false, reason: "ikke-fundet" });
    expect(await sidsteAfvisning()).toMatchObject({ aarsag: "anden-sag" });
    expect(await pligtFor(mette, { cpr: citizens.amir.cpr, navn: "Amir Hassan" }, SYGEDAGPENGE)).toBeNull();
    expect(await sidsteAfvisning()).toMatchObject({ aarsag: "mangler-rettighed" });
    await expect(afgoer(liseM, r!.id, { type: "afslag", begrundelse: "x" }, crypto.randomUUID())).rejects.toThrow(Afvist);
  });

  it("accepts: the fagsystem marks the old value wrong and adds the new one; a double submit decides once; a decided request stays decided", async () => {
    const [r] = await db().select().from(rettelser).where(and(eq(rettelser.maal, `datum:${datum(SYG, 2).datumId}`), ne(rettelser.status, "kladde")));
    const noegle = crypto.randomUUID();
    const beslutning = { type: "rettet" as const, begrundelse: "eIndkomst viser 33.850,00 kr.", nyVaerdi: "33.850,00 kr. pr. måned", adresse: null };
    await afgoer(jonas, r!.id, beslutning, noegle);
    await afgoer(jonas, r!.id, beslutning, noegle);
    await expect(afgoer(jonas, r!.id, { type: "afslag", begrundelse: "nej" }, crypto.randomUUID())).rejects.toThrow(/allerede afgjort/);
    expect((await row(r!.id)).status).toBe("rettet");
    const d = await grundlag(amir, SYGEDAGPENGE, datum(SYG, 2).datumId);
    expect(d).toMatchObject({ vaerdi: "33.850,00 kr. pr. måned", anfaegtet: null });
    expect(d!.tidligereVaerdier).toEqual([expect.objectContaining({ vaerdi: "27.350,00 kr. pr. måned", begrundelse: "eIndkomst viser 33.850,00 kr.", anmodetAf: "Amir Hassan" })]);
    const [brev] = await db().select().from(brevUdbakke).where(eq(brevUdbakke.noegle, `rettelse:${r!.id}:afgoerelse`));
    expect(brev).toMatchObject({ titel: "Vi har rettet oplysningen »Din indkomst før sygdom«" });
    expect(brev!.tekst).toContain("Før stod der: 27.350,00 kr. pr. måned\nNu står der: 33.850,00 kr. pr. måned");
  });

  it("finishes a decision cut short after the fagsystem call without correcting twice", async () => {
    const uger = datum(SYG, 1);
    const rid = await send(amir, uger, "20 uger");
    await aabnRettelse(jonas, rid);
    // The crash: the decision was recorded and SDI corrected, but the server died before the rest.
    await db().update(rettelser).set({ beslutning: { type: "rettet", begrundelse: "Rettet efter lønsedler.", nyVaerdi: "20 uger", adresse: null, af: "Jonas Møller" } }).where(eq(rettelser.id, rid));
    expect((await retGrundlagDatum(uger.datumId, { nyVaerdi: "20 uger", begrundelse: "Rettet efter lønsedler." })).ok).toBe(true);
    await afgoer(jonas, rid, { type: "rettet", begrundelse: "Rettet efter lønsedler.", nyVaerdi: "20 uger", adresse: null }, crypto.randomUUID());
    expect((await row(rid)).status).toBe("rettet");
    expect((await grundlag(amir, SYGEDAGPENGE, uger.datumId))!.tidligereVaerdier).toHaveLength(1);
  });

  it("extends the deadline once within the first month, refuses later, and a refusal tells where to complain", async () => {
    const sygemeldt = datum(SYG, 0);
    const rid = await send(amir, sygemeldt, "24. februar 2025");
    await forlaengFrist(jonas, rid, "Vi venter på lønsedler.", crypto.randomUUID());
    const r = await row(rid);
    expect(r.fristForlaenget).toEqual(forlaengetFrist(r.modtaget!));
    await expect(forlaengFrist(jonas, rid, "igen", crypto.randomUUID())).rejects.toThrow(/allerede forlænget/);
    const [frist] = await db().select().from(brevUdbakke).where(eq(brevUdbakke.noegle, `rettelse:${rid}:frist`));
    expect(frist!.tekst).toContain("Vi venter på lønsedler.");

    const [adresse] = await db().select().from(rettelser).where(and(eq(rettelser.maal, "cpr.adresse"), eq(rettelser.subjektCpr, citizens.amir.cpr)));
    await db().update(rettelser).set({ modtaget: new Date(nu().getTime() - 40 * 86_400_000) }).where(eq(rettelser.id, adresse!.id));
    await expect(forlaengFrist(jonas, adresse!.id, "for sent", crypto.randomUUID())).rejects.toThrow(/inden for den første måned/);
    await afgoer(jonas, adresse!.id, { type: "indsigelse-noteret", begrundelse: "CPR har 2. th fra flytteanmeldelsen." }, crypto.randomUUID());
    expect((await anfaegtelser(citizens.amir.cpr)).get("cpr.adresse")).toMatchObject({ status: "indsigelse-noteret" });

    await afgoer(jonas, rid, { type: "afslag", begrundelse: "Lægeattesten siger 17. februar." }, crypto.randomUUID());
    const [afslag] = await db().select().from(brevUdbakke).where(eq(brevUdbakke.noegle, `rettelse:${rid}:afgoerelse`));
    expect(afslag!.tekst).toContain("Lægeattesten siger 17. februar.");
    expect(afslag!.tekst).toContain("klage til Datatilsynet");
    expect(afslag!.tekst).not.toMatch(/https?:|www\./);
    expect((await grundlag(amir, SYGEDAGPENGE, sygemeldt.datumId))!.anfaegtet).toBeNull();
  });

  it("stores and passes on 'Ole Jensen for Karen Jensen' when a holder with handle:rettelse files, and refuses a holder without it", async () => {
    const ole = await actingCtx(db(), citizens.ole, id("rettelse"));
    const formue = datum("32.03.12-G01-7-25", 1);
    const rid = await send(ole, formue, "10.400,00 kr.");
    const r = await row(rid);
    expect(r).toMatchObject({ indsenderNavn: "Ole Jensen", subjektNavn: "Karen Jensen", fuldmagtId: id("rettelse"), ansvarligId: staff.jonas.uuid, sagId: MEDICIN });
    const [entry] = await log(citizens.karen.cpr);
    expect(entry).toMatchObject({ aktoerNavn: "Ole Jensen", grundlagType: "fuldmagt", kategori: "handle:rettelse" });
    const [kvittering] = await db().select().from(brevUdbakke).where(eq(brevUdbakke.noegle, `rettelse:${rid}:modtaget`));
    expect(kvittering!.tekst).toContain(`sendt af Ole Jensen for Karen Jensen (fuldmagt ${id("rettelse").slice(0, 8)})`);

    await afgoer(jonas, rid, { type: "rettet", begrundelse: "Kontoudtog viser 10.400 kr.", nyVaerdi: "10.400,00 kr.", adresse: null }, crypto.randomUUID());
    const d = await grundlag(await selfCtx(db(), citizens.karen), MEDICIN, formue.datumId);
    expect(d!.tidligereVaerdier[0]!.anmodetAf).toBe(`Ole Jensen for Karen Jensen (fuldmagt ${id("rettelse").slice(0, 8)})`);

    const kunSe = await actingCtx(db(), citizens.ole, id("kun-se"));
    const kladde = await gemKladde(kunSe, await vis(kunSe, datum("32.03.12-G01-7-25", 0)), svar("400 kr."), crypto.randomUUID());
    expect(await sendKladde(kunSe, kladde)).toEqual({ ok: false, reason: "ikke-fundet" });
    expect(await sidsteAfvisning()).toMatchObject({ handling: "handle:rettelse", grundlag: "fuldmagt", aarsag: "uden-for-omfang" });
    expect((await row(kladde)).status).toBe("kladde");
  });

  it("routes Karen's 'Spørg hvorfor' to the sag's caseworker, logs his opening it, and shows his answer beside the entry", async () => {
    const karen = await selfCtx(db(), citizens.karen);
    const post = await appendLogEntry(db(), {
      subjektNoegle: subjektNoegle(citizens.karen.cpr),
      tidspunkt: new Date("2026-11-03T12:40:00Z"),
      aktoerNavn: "Jonas Møller",
      aktoerOrganisation: "Korsbæk Kommune, Ydelsesservice",
      aktoerRolle: "Sagsbehandler",
      grundlagType: "sagsbehandler",
      grundlagId: MEDICIN,
      kategori: "se:sager",
      objekt: "Personligt tillæg til medicin",
      formaal: "Behandling af din sag",
    });
    expect((await spoergHvorfor(karen, { logpostId: post.id, tekst: "Hvorfor?" })).ok).toBe(true);
    // SDI is down when she asks: the question is kept, and routed once SDI answers again.
    server.use(http.get("*/sdi/sager/:uuid", () => new HttpResponse(null, { status: 503 })));
    await fordelSpoergsmaal(karen, post.id);
    server.resetHandlers();
    expect(await aabnSpoergsmaal(jonas, post.id)).toEqual({ ok: true, data: null });
    await fordelVentendeSpoergsmaal();
    expect(await aabnSpoergsmaal(liseM, post.id)).toEqual({ ok: true, data: null });
    const aabnet = await aabnSpoergsmaal(jonas, post.id);
    expect(aabnet.ok && aabnet.data?.tekst).toBe("Hvorfor?");
    const [entry] = await log(citizens.karen.cpr);
    expect(entry).toMatchObject({ aktoerNavn: "Jonas Møller", grundlagId: MEDICIN, objekt: "Dit spørgsmål om, hvem der har set dine data" });
    await besvarSpoergsmaal(jonas, post.id, "Jeg tjekkede din medicinudgift.");
    await besvarSpoergsmaal(jonas, post.id, "Et andet svar");
    const mit = await minLog(karen, { side: 1 });
    expect(mit.ok && mit.data.spurgt.get(post.id)).toMatchObject({ status: "besvaret", svar: "Jeg tjekkede din medicinudgift.", besvaretAf: "Jonas Møller" });
  });

  it("answers at once why Ole saw Karen's sager: the fuldmagt she gave, until when, and where to revoke it; no caseworker gets the question", async () => {
    const karen = await selfCtx(db(), citizens.karen);
    const post = await appendLogEntry(db(), {
      subjektNoegle: subjektNoegle(citizens.karen.cpr),
      tidspunkt: nu(),
      aktoerNavn: "Ole Jensen",
      aktoerOrganisation: "Privatperson",
      aktoerRolle: "Fuldmægtig",
      grundlagType: "fuldmagt",
      grundlagId: id("kun-se"),
      kategori: "se:sager",
      objekt: "Oversigten over sager",
      formaal: "Din fuldmægtig hjælper dig",
    });
    expect((await spoergHvorfor(karen, { logpostId: post.id, tekst: "Hvorfor?" })).ok).toBe(true);
    await fordelSpoergsmaal(karen, post.id);
    const mit = await minLog(karen, { side: 1 });
    const svar = mit.ok ? mit.data.spurgt.get(post.id) : undefined;
    expect(svar).toMatchObject({ status: "besvaret", besvaretAf: "Mine Data" });
    expect(svar?.svar).toMatch(/^Ole Jensen kunne se det, fordi du har givet Ole Jensen fuldmagt .*\. Fuldmagten gælder til og med .*»Fuldmagter«\.$/);
    const [b] = await db().select().from(spoergsmaalBehandling).where(eq(spoergsmaalBehandling.spoergsmaalId, post.id));
    expect(b?.ansvarligId).toBeNull();
  });

  it("fetches with consent, keeps a receipt, and fetches nothing more once the consent is withdrawn; a holder cannot consent", async () => {
    const rid = await send(amir, datum(SYG, 3), "Stationsvej 7B, 2. tv, 4999 Korsbæk");
    const anmodning = { kilde: "eindkomst" as const, felter: ["loenindkomst"], periodeFra: "2025-01", periodeTil: "2025-01", formaal: "At kontrollere din indkomst", opbevaring: "sag-5-aar" as const };
    const noegle = crypto.randomUUID();
    const sid = await anmodOmSamtykke(jonas, rid, anmodning, noegle);
    expect(await anmodOmSamtykke(jonas, rid, anmodning, noegle)).toBe(sid);
    await expect(anmodOmSamtykke(liseM, rid, anmodning, crypto.randomUUID())).rejects.toThrow(Afvist);
    let kald = 0;
    const tael = ({ request }: { request: Request }) => void (request.url.includes("/eindkomst/") && kald++);
    server.events.on("request:start", tael);
    try {
      expect(await svarPaaSamtykke(amir, sid, true)).toEqual({ hentet: true });
      expect(await svarPaaSamtykke(amir, sid, true), "a double click's second »Ja« is not told the source failed").toEqual({ hentet: null });
      const [h] = await db().select().from(hentninger).where(eq(hentninger.samtykkeId, sid));
      expect(JSON.stringify(h!.resultat)).toContain("33850.00");
      await tilbagekald(amir, sid);
      const foer = kald;
      await expect(hentIgen(jonas, sid, crypto.randomUUID())).rejects.toThrow(/trak samtykket tilbage/);
      expect(kald, "no call to eIndkomst after the withdrawal").toBe(foer);
      expect(await db().select().from(hentninger).where(eq(hentninger.samtykkeId, sid))).toHaveLength(1);
    } finally {
      server.events.removeListener("request:start", tael);
    }
    const titler = (await db().select().from(brevUdbakke).where(eq(brevUdbakke.modtagerCpr, citizens.amir.cpr))).map((b) => b.titel);
    expect(titler).toEqual(expect.arrayContaining(["Kvittering: Du har givet samtykke til at hente oplysninger", "Kvittering: Du har trukket dit samtykke tilbage"]));

    const [oles] = await db().select().from(rettelser).where(eq(rettelser.indsenderNavn, "Ole Jensen"));
    const karens = await anmodOmSamtykke(jonas, oles!.id, { ...anmodning, kilde: "pension", felter: ["depotvaerdi"], periodeFra: null, periodeTil: null }, crypto.randomUUID());
    await expect(svarPaaSamtykke(await actingCtx(db(), citizens.ole, id("rettelse")), karens, true)).rejects.toThrow(/Kun personen selv/);

    // Amir's copy of his data (GDPR art. 15(3)) holds the request with its history, and the consent with its fetch.
    let json = "";
    for await (const del of eksportJson(amir)) json += del;
    const kopi = JSON.parse(json);
    expect(eksportSkema().safeParse(kopi).success).toBe(true);
    const anmodningen = kopi.sektioner.rettelser.elementer.find((r: { id: string }) => r.id === rid);
    expect(anmodningen).toMatchObject({ rigtigVaerdi: "Stationsvej 7B, 2. tv, 4999 Korsbæk", status: "modtaget", indsendtAf: "Amir Hassan" });
    expect(anmodningen.historik[0].hvad).toBe("Anmodningen er modtaget (sendt af Amir Hassan)");
    const hentesamtykke = kopi.sektioner.hentesamtykker.elementer.find((h: { id: string }) => h.id === sid);
    expect(hentesamtykke).toMatchObject({ kilde: "eIndkomst", status: "tilbagekaldt", hentet: [expect.any(String)] });
    // Its signed DPV receipt: requested by Jonas, given and withdrawn by Amir, the kommune fetching from eIndkomst.
    const kvittering = (await verificer(hentesamtykke.kvittering)) as Record<string, Record<string, unknown>>;
    const record = kvittering["dpv:hasRecordOfActivity"] as Record<string, unknown>;
    expect((record["dpv:hasConsentStatus"] as { "@type": string[] }[]).map((h) => h["@type"][0])).toEqual(["dpv:ConsentRequested", "dpv:ConsentGiven", "dpv:ConsentWithdrawn"]);
    expect(record["dpv:hasProcess"]).toMatchObject({ "dpv:hasDataSource": { "dpv:hasName": "eIndkomst" } });
    expect(JSON.stringify(kvittering)).not.toContain(citizens.amir.cpr);
  });

  it("puts the citizen's own addition on the sag, routed to its caseworker, once; opening it and its document is logged", async () => {
    const fil = { filnavn: "februar.png", mime: "image/png" as const, stoerrelse: PNG.length, sha256: "x", indhold: PNG };
    const noegle = crypto.randomUUID();
    const a = await tilfoej(amir, SYGEDAGPENGE, "Ny lønseddel.", fil, noegle);
    const b = await tilfoej(amir, SYGEDAGPENGE, "Ny lønseddel.", fil, noegle);
    expect(a).toEqual(b);
    const tid = (a as { ok: true; data: string }).data;
    const aabnet = await aabnTilfoejelse(jonas, tid);
    expect(aabnet.ok && aabnet.data).toMatchObject({ tekst: "Ny lønseddel.", af: "Amir Hassan", bilag: [expect.objectContaining({ filnavn: "februar.png" })] });
    const bilagId = (aabnet as { ok: true; data: { bilag: { id: string }[] } }).data.bilag[0]!.id;
    const hentet = await bilagForSagsbehandler(jonas, bilagId);
    expect(hentet.ok && hentet.data?.indhold.equals(PNG)).toBe(true);
    const [entry] = await log(citizens.amir.cpr);
    expect(entry).toMatchObject({ kategori: "se:dokumenter", grundlagId: SYGEDAGPENGE });
    expect(await bilagForSagsbehandler(liseM, bilagId)).toEqual({ ok: true, data: null });
    expect(await tilfoej(amir, MEDICIN, "Ikke min sag.", null, crypto.randomUUID())).toEqual({ ok: false, reason: "ikke-fundet" });
  });

  it("never writes a CPR number into the access log", async () => {
    const alle = await db().select().from(adgangslog);
    for (const p of Object.values(citizens)) expect(JSON.stringify(alle)).not.toContain(p.cpr);
  });
});
