import { and, eq, isNull, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { afslutSomBorger, fornyKode, hjaelpStatus, startHjaelp } from "@/lib/assistance/borger";
import { PR_KODE, PR_MEDARBEJDER } from "@/lib/assistance/begraensning";
import { kodeHash } from "@/lib/assistance/kode";
import { afslutSomMedarbejder, FORKERT_KODE, indtastKode, konsol } from "@/lib/assistance/medarbejder";
import type { HjaelpValg } from "@/lib/assistance/omraader";
import { afslutHjaelp, opretHjaelp } from "@/lib/assistance/store";
import { basisEnded } from "@/lib/data/guard";
import { resolveSession, type RequestContext } from "@/lib/data/context";
import { nu } from "@/lib/klokke";
import { createLoginSession } from "@/lib/data/login-sessions";
import { afvisninger, assisteredeSessioner, loginSessioner } from "@/lib/db/schema";
import { citizens, PRIVILEGE, staff, type CitizenPersona, type StaffPersona } from "@/mocks/personas";
import { deterministicUuid } from "@/mocks/random";
import { backends, blockDatabase } from "../support/databases";
import { citizenIdentity, seedStaff, selfCtx, staffIdentity } from "../support/contexts";
import "../support/test-env";

/**
 * The assisted session's rules, on both databases: the code (hashed, 5 minutes, single use, no
 * hint whether it exists), binding to one staff member at a time, the brute-force limits and
 * who they can lock out, idempotent double submits, and ending from either side.
 */

/** Borgerservice colleagues of Mette's, one per test, so one test's attempts never count in another. */
const kollega = (n: number, privileges: string[] = [PRIVILEGE.borgerservice]): StaffPersona => ({
  ...staff.mette,
  key: `kollega-${n}`,
  fornavn: "Kollega",
  efternavn: String(n),
  uuid: deterministicUuid(`kollega:${n}`),
  privileges,
});
const KOLLEGER = Array.from({ length: 40 }, (_, i) => kollega(i + 1));
const valg: HjaelpValg = { omraader: ["sager", "oplysninger"], maaForberede: false, varighed: 20 };
const MINUT = 60_000;
const noegle = () => crypto.randomUUID();

describe.each(backends())("assisted sessions on %s", (_name, open) => {
  const { db } = blockDatabase(open);
  beforeAll(async () => {
    await seedStaff(db(), [{ p: staff.mette, enhed: "Borgerservice" }, { p: staff.jonas, enhed: "Ydelsesservice" }, ...KOLLEGER.map((p) => ({ p, enhed: "Borgerservice" }))]);
  });

  async function staffRequest(p: StaffPersona): Promise<RequestContext & { actor: { art: "medarbejder" } }> {
    const ctx = await resolveSession(db(), await createLoginSession(db(), staffIdentity(p)));
    return ctx as RequestContext & { actor: { art: "medarbejder" } };
  }
  const indtast = (r: Awaited<ReturnType<typeof staffRequest>>, kode: string, now = nu(), key = noegle()) => indtastKode(r, r.actor, kode, key, now);
  async function kodeTil(p: CitizenPersona = citizens.bent, v = valg, now = nu()) {
    const svar = await startHjaelp(await selfCtx(db(), p), v, noegle(), now);
    if (!svar.ok) throw new Error(svar.fejl);
    return { ...svar, kode: svar.kode.replace(" ", ""), borgerCpr: p.cpr };
  }
  async function sidsteAfvisning() {
    const [row] = await db().select().from(afvisninger).orderBy(sql`${afvisninger.tidspunkt} desc, ${afvisninger.id} desc`).limit(1);
    return row;
  }

  it("gives the citizen a 6-digit code that is stored only as a keyed hash and lasts 5 minutes", async () => {
    const now = nu();
    const svar = await kodeTil(citizens.amir, valg, now);
    expect(svar.kode).toMatch(/^\d{6}$/);
    expect(new Date(svar.kodeUdloeber).getTime() - now.getTime()).toBe(5 * MINUT);
    const [row] = await db().select().from(assisteredeSessioner).where(eq(assisteredeSessioner.id, svar.id));
    expect(row!.kodeHash).toBe(kodeHash(svar.kode));
    expect(row!.kodeHash).not.toBe(svar.kode);
    expect(JSON.stringify(row)).not.toContain(svar.kode);
    expect(row).toMatchObject({ omraader: ["se:sager", "se:oplysninger"], varighedMinutter: 20, medarbejderId: null, startet: null });
    await afslutSomBorger(await selfCtx(db(), citizens.amir), svar.id);
  });

  it("binds the right code to the staff member's login session: the same citizen pages, in the granted scope, for the chosen time", async () => {
    const mette = await staffRequest(KOLLEGER[0]!);
    const { kode, id } = await kodeTil();
    const now = nu();
    expect(await indtast(mette, kode, now)).toEqual({ ok: true, borgerNavn: "Bent Holm" });
    const resolved = (await resolveSession(db(), mette.sessionId))!;
    expect(resolved.data).toMatchObject({ subject: { cpr: citizens.bent.cpr, navn: "Bent Holm" }, basis: { type: "assisteret", id } });
    expect(resolved.data!.until!.getTime() - now.getTime()).toBe(20 * MINUT);
    expect(await basisEnded(resolved.data!)).toBeNull();
    await afslutSomMedarbejder(mette, mette.actor, id);
  });

  it("tells the citizen's own session that staff help right now: not while the code waits, yes once bound, no after the end or the time", async () => {
    const bent = async (now = nu()) => (await resolveSession(db(), await createLoginSession(db(), citizenIdentity(citizens.bent)), new Date(), now))!.hjaelpIGang;
    const mette = await staffRequest(KOLLEGER[30]!);
    const { kode, id } = await kodeTil();
    expect(await bent()).toBe(false);
    await indtast(mette, kode);
    expect(await bent()).toBe(true);
    expect(await bent(new Date(nu().getTime() + 21 * MINUT))).toBe(false);
    expect((await resolveSession(db(), mette.sessionId))!.hjaelpIGang).toBe(false);
    await afslutSomMedarbejder(mette, mette.actor, id);
    expect(await bent()).toBe(false);
  });

  it("answers a wrong, a used, an expired and another staff member's code alike, and records each", async () => {
    const [a, b, c] = [await staffRequest(KOLLEGER[1]!), await staffRequest(KOLLEGER[2]!), await staffRequest(KOLLEGER[3]!)];
    const brugt = await kodeTil();
    expect((await indtast(a, brugt.kode)).ok).toBe(true);
    const udloebet = await kodeTil(citizens.sofie);
    const svar = [
      await indtast(b, brugt.kode), // used, and bound to another staff member
      await indtast(c, udloebet.kode, new Date(nu().getTime() + 6 * MINUT)), // expired
      await indtast(b, udloebet.kode === "000000" ? "000001" : "000000"), // wrong
    ];
    for (const s of svar) expect(s).toEqual({ ok: false, fejl: FORKERT_KODE });
    expect(await sidsteAfvisning()).toMatchObject({ aktoer: "medarbejder Kollega 3", handling: "handle:assistance", aarsag: "forkert-kode", subjektNoegle: "ingen" });
    await afslutSomMedarbejder(a, a.actor, brugt.id);
    await afslutSomBorger(await selfCtx(db(), citizens.sofie), udloebet.id);
  });

  it("lets one staff member help one citizen at a time, also from several tabs at once", async () => {
    const borgere = [citizens.bent, citizens.amir, citizens.sofie, citizens.ole, citizens.storforbruger];
    const faner = await Promise.all(borgere.map(() => staffRequest(KOLLEGER[4]!)));
    const koder = await Promise.all(borgere.map((b) => kodeTil(b)));
    const samtidig = await Promise.all(faner.map((fane, i) => indtast(fane, koder[i]!.kode)));
    expect(samtidig.filter((s) => s.ok)).toHaveLength(1);
    const mette = faner[samtidig.findIndex((s) => s.ok)]!;
    const bundet = koder[samtidig.findIndex((s) => s.ok)]!;
    const ledig = koder.find((k) => k !== bundet)!;
    expect(await indtast(mette, ledig.kode)).toEqual({ ok: false, fejl: expect.stringMatching(/^Du hjælper allerede .+\. Afslut den hjælp/) });
    expect(await sidsteAfvisning()).toMatchObject({ aarsag: "hjaelper-allerede" });
    // The refused code still works for a colleague: it was not used up.
    const kollega = await staffRequest(KOLLEGER[5]!);
    expect((await indtast(kollega, ledig.kode)).ok).toBe(true);
    await afslutSomMedarbejder(mette, mette.actor, bundet.id);
    await afslutSomMedarbejder(kollega, kollega.actor, ledig.id);
    for (const k of koder) if (k !== bundet && k !== ledig) await afslutHjaelp(db(), k.id, { af: "borger", borgerCpr: k.borgerCpr }, nu());
  });

  it("stops a staff member after 5 attempts, without locking out the citizen whose code is right", async () => {
    const angriber = await staffRequest(KOLLEGER[6]!);
    const offer = await kodeTil();
    const forkerte = ["111111", "222222", "333333", "444444", "555555"].filter((k) => k !== offer.kode);
    for (const k of forkerte.slice(0, PR_MEDARBEJDER.antal)) expect(await indtast(angriber, k)).toEqual({ ok: false, fejl: FORKERT_KODE });
    // Over the limit, even the right code is refused for this staff member – and it says so, without saying whether a code exists.
    const laast = await indtast(angriber, offer.kode);
    expect(laast).toEqual({ ok: false, fejl: expect.stringContaining("Du har prøvet for mange koder. Vent 15 minutter") });
    expect(await sidsteAfvisning()).toMatchObject({ aarsag: "for-mange-forsoeg" });
    // The citizen's code was not touched: the staff member actually helping uses it.
    const hjaelper = await staffRequest(KOLLEGER[7]!);
    expect(await indtast(hjaelper, offer.kode)).toEqual({ ok: true, borgerNavn: "Bent Holm" });
    // After the window the attacker may try again.
    const senere = new Date(nu().getTime() + PR_MEDARBEJDER.sekunder * 1000 + MINUT);
    expect(await indtast(angriber, "999999", senere)).toEqual({ ok: false, fejl: FORKERT_KODE });
    await afslutSomMedarbejder(hjaelper, hjaelper.actor, offer.id);
  });

  it("lets a staff member help one citizen after another at a busy desk: only wrong codes use up attempts", async () => {
    const skranke = await staffRequest(KOLLEGER[35]!);
    for (let i = 0; i < PR_MEDARBEJDER.antal + 2; i++) {
      const { kode, id } = await kodeTil(citizens.bent);
      expect(await indtast(skranke, kode), `borger nr. ${i + 1}`).toEqual({ ok: true, borgerNavn: "Bent Holm" });
      await afslutSomMedarbejder(skranke, skranke.actor, id);
    }
    // Wrong codes still count: the limit is reached after as many as before.
    for (let i = 0; i < PR_MEDARBEJDER.antal; i++) expect(await indtast(skranke, "000000")).toEqual({ ok: false, fejl: FORKERT_KODE });
    expect(await indtast(skranke, "000000")).toEqual({ ok: false, fejl: expect.stringContaining("Du har prøvet for mange koder") });
  });

  it("stops many accounts polling one value, and never hands that value to a citizen", async () => {
    const vaerdi = "424242";
    const konti = await Promise.all(KOLLEGER.slice(8, 8 + PR_KODE.antal + 1).map(staffRequest));
    for (const k of konti.slice(0, PR_KODE.antal)) expect(await indtast(k, vaerdi)).toEqual({ ok: false, fejl: FORKERT_KODE });
    expect(await indtast(konti[PR_KODE.antal]!, vaerdi)).toEqual({ ok: false, fejl: FORKERT_KODE });
    // The code generator happens to pick the polled value first: it is skipped.
    const valgt = ["424242", "171717"];
    const svar = await opretHjaelp(db(), { cpr: citizens.amir.cpr, navn: "Amir Hassan" }, valg, noegle(), nu(), () => valgt.shift()!);
    expect(svar).toMatchObject({ ok: true, kode: "171717" });
    const hjaelper = await staffRequest(KOLLEGER[20]!);
    expect((await indtast(hjaelper, "171717")).ok).toBe(true);
    if (svar.ok) await afslutSomMedarbejder(hjaelper, hjaelper.actor, svar.id);
  });

  it("refuses a staff member without the Borgerservice privilege, and records it", async () => {
    const jonas = await staffRequest(staff.jonas);
    const { kode, id } = await kodeTil();
    expect(await indtast(jonas, kode)).toEqual({ ok: false, fejl: expect.stringContaining("Du har ikke rettighed til at hjælpe borgere") });
    expect(await sidsteAfvisning()).toMatchObject({ aktoer: "medarbejder Jonas Møller", aarsag: "mangler-rettighed" });
    const [row] = await db().select().from(assisteredeSessioner).where(eq(assisteredeSessioner.id, id));
    expect(row!.medarbejderId).toBeNull();
    await afslutSomBorger(await selfCtx(db(), citizens.bent), id);
  });

  it("is idempotent under double submit: one session per form, one binding per code form", async () => {
    const bent = await selfCtx(db(), citizens.bent);
    const key = noegle();
    const [foerste, anden] = [await startHjaelp(bent, valg, key), await startHjaelp(bent, valg, key)];
    expect(foerste.ok && anden.ok && foerste.id === anden.id).toBe(true);
    const rows = await db().select().from(assisteredeSessioner).where(eq(assisteredeSessioner.oprettetNoegle, key));
    expect(rows).toHaveLength(1);
    // The page shows the second answer's code; the first one no longer works.
    const mette = await staffRequest(KOLLEGER[21]!);
    if (!foerste.ok || !anden.ok) throw new Error("ingen kode");
    const formKey = noegle();
    expect(await indtast(mette, anden.kode.replace(" ", ""), nu(), formKey)).toEqual({ ok: true, borgerNavn: "Bent Holm" });
    expect(await indtast(mette, anden.kode.replace(" ", ""), nu(), formKey)).toEqual({ ok: true, borgerNavn: "Bent Holm" });
    await afslutSomMedarbejder(mette, mette.actor, anden.id);
  });

  it("answers a burst of »Få en kode« at once – a double click, then two tabs – with one waiting session and one working code", async () => {
    // Two instances (or PostgreSQL connections) take the requests at the same moment.
    const karen = await selfCtx(db(), citizens.karen);
    const venter = () => db().select().from(assisteredeSessioner).where(and(eq(assisteredeSessioner.borgerCpr, citizens.karen.cpr), isNull(assisteredeSessioner.afsluttet)));
    const klikNoegle = noegle();
    const klik = await Promise.all(Array.from({ length: 4 }, () => startHjaelp(karen, valg, klikNoegle)));
    expect(klik.every((x) => x.ok)).toBe(true);
    expect(new Set(klik.map((x) => x.ok && x.id)).size).toBe(1);
    expect(await venter()).toHaveLength(1);
    const faner = await Promise.all([startHjaelp(karen, valg, noegle()), startHjaelp(karen, valg, noegle())]);
    expect(faner.every((x) => x.ok)).toBe(true);
    expect(await venter()).toHaveLength(1);
    // One colleague per code, so the per-staff attempt limit does not decide.
    const virker: { id: string; hjaelper: Awaited<ReturnType<typeof staffRequest>> }[] = [];
    for (const [i, x] of [...klik, ...faner].entries()) {
      const hjaelper = await staffRequest(KOLLEGER[24 + i]!);
      if (x.ok && (await indtast(hjaelper, x.kode.replace(" ", ""))).ok) virker.push({ id: x.id, hjaelper });
    }
    expect(virker).toHaveLength(1);
    await afslutSomMedarbejder(virker[0]!.hjaelper, virker[0]!.hjaelper.actor, virker[0]!.id);
  });

  it("replaces a waiting code with a new one, and refuses a new code while help is in progress", async () => {
    const gammel = await kodeTil(citizens.sofie);
    const ny = await fornyKode(await selfCtx(db(), citizens.sofie), gammel.id);
    expect(ny.ok).toBe(true);
    const mette = await staffRequest(KOLLEGER[22]!);
    expect(await indtast(mette, gammel.kode)).toEqual({ ok: false, fejl: FORKERT_KODE });
    if (!ny.ok) throw new Error("ingen ny kode");
    expect((await indtast(mette, ny.kode.replace(" ", ""))).ok).toBe(true);
    expect(await startHjaelp(await selfCtx(db(), citizens.sofie), valg, noegle())).toEqual({ ok: false, fejl: expect.stringContaining("En medarbejder hjælper dig allerede") });
    await afslutSomMedarbejder(mette, mette.actor, gammel.id);
  });

  it("ends from either side, once; the staff member's next request finds the basis ended", async () => {
    const mette = await staffRequest(KOLLEGER[23]!);
    const { kode, id } = await kodeTil();
    await indtast(mette, kode);
    const bent = await selfCtx(db(), citizens.bent);
    expect(await afslutSomBorger(bent, id)).toEqual({ ok: true });
    expect(await basisEnded((await resolveSession(db(), mette.sessionId))!.data!)).toBe("tilbagekaldt");
    expect(await afslutSomBorger(bent, id)).toEqual({ ok: false, fejl: expect.stringContaining("allerede afsluttet") });
    expect(await sidsteAfvisning()).toMatchObject({ aktoer: "borger Bent Holm", aarsag: "allerede-afsluttet" });
    expect(await afslutSomMedarbejder(mette, mette.actor, id)).toMatchObject({ ok: false });
    // The staff member's own ending takes the login session off the help.
    const ny = await kodeTil();
    await indtast(mette, ny.kode);
    expect(await afslutSomMedarbejder(mette, mette.actor, ny.id)).toEqual({ ok: true, borgerNavn: "Bent Holm" });
    const [login] = await db().select().from(loginSessioner).where(eq(loginSessioner.id, mette.sessionId));
    expect(login!.assisteretId).toBeNull();
  });

  it("runs out by itself after the chosen time", async () => {
    const mette = await staffRequest(KOLLEGER[24]!);
    const start = new Date(nu().getTime() - 25 * MINUT);
    const svar = await startHjaelp(await selfCtx(db(), citizens.amir), { ...valg, varighed: 20 }, noegle(), start);
    if (!svar.ok) throw new Error(svar.fejl);
    expect((await indtast(mette, svar.kode.replace(" ", ""), new Date(start.getTime() + MINUT))).ok).toBe(true);
    expect(await basisEnded((await resolveSession(db(), mette.sessionId))!.data!)).toBe("udloebet");
    // The citizen can ask for help again at once; the old session is closed as run out.
    expect((await startHjaelp(await selfCtx(db(), citizens.amir), valg, noegle())).ok).toBe(true);
    const [gammel] = await db().select().from(assisteredeSessioner).where(eq(assisteredeSessioner.id, svar.id));
    expect(gammel).toMatchObject({ afsluttetAf: "udloebet" });
    expect(gammel!.afsluttet!.getTime()).toBe(gammel!.udloeber.getTime());
    const status = await hjaelpStatus(await selfCtx(db(), citizens.amir));
    expect(status.ok && status.data.tilstand).toBe("venter");
  });

  it("lets only the person themself ask for help", async () => {
    const karen = await resolveSession(db(), await createLoginSession(db(), citizenIdentity(citizens.karen)));
    const ctx = { ...karen!.data!, basis: { type: "fuldmagt" as const, id: deterministicUuid("x"), fuldmagt: null } };
    expect(await startHjaelp(ctx, valg, noegle())).toEqual({ ok: false, fejl: expect.stringContaining("Kun personen selv") });
    expect(await sidsteAfvisning()).toMatchObject({ aarsag: "kun-selv" });
  });

  it("keeps the staff member's history to names and times", async () => {
    const mette = await staffRequest(KOLLEGER[25]!);
    const { kode, id } = await kodeTil(citizens.bent, { ...valg, omraader: ["ydelser"] });
    await indtast(mette, kode);
    await afslutSomMedarbejder(mette, mette.actor, id);
    const k = await konsol(mette, mette.actor);
    expect(k.historik).toHaveLength(1);
    expect(Object.keys(k.historik[0]!).sort()).toEqual(["borgerNavn", "hvorfor", "id", "slut", "startet"]);
    expect(k.historik[0]).toMatchObject({ borgerNavn: "Bent Holm", hvorfor: "du afsluttede" });
    expect(JSON.stringify(k)).not.toContain(citizens.bent.cpr);
  });
});
