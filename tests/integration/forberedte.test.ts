import { randomUUID } from "node:crypto";
import { addDays } from "date-fns";
import { desc, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { startHjaelp } from "@/lib/assistance/borger";
import { afvisForberedt, forbered, godkendForberedt, ventendeForBorger } from "@/lib/assistance/forberedte";
import { afslutSomMedarbejder, indtastKode } from "@/lib/assistance/medarbejder";
import { resolveSession, type RequestContext } from "@/lib/data/context";
import { createLoginSession } from "@/lib/data/login-sessions";
import { adgangslog, afvisninger, forberedteHandlinger, fuldmagter, rateLimits, rettelser } from "@/lib/db/schema";
import { idagIso } from "@/lib/fuldmagt/datoer";
import { nu } from "@/lib/klokke";
import { server } from "@/mocks/node";
import { citizens, staff } from "@/mocks/personas";
import { deterministicUuid } from "@/mocks/random";
import { backends, blockDatabase } from "../support/databases";
import { selfCtx, seedStaff, staffIdentity } from "../support/contexts";
import "../support/test-env";

/**
 * Prepared actions: a staff member makes a fuldmagt ready during Karen's assisted session; it
 * waits on Karen's forside; only Karen's own "Godkend" creates it, once.
 */
const oleFoedt = { navn: "Ole Jensen", dag: "5", maaned: "7", aar: "1942" };
const fuldmagtTilOle = () => ({ rolle: "giver", ...oleFoedt, privilegier: ["se:sager", "se:ydelser"], gyldigTil: idagIso(addDays(nu(), 60)) });

describe.each(backends())("prepared actions on %s", (_name, open) => {
  const { db } = blockDatabase(open, { server });
  beforeAll(() => seedStaff(db(), [{ p: staff.mette, enhed: "Borgerservice" }]));

  /** Karen makes a code (with or without prepare-permission), Mette enters it: Mette's request context, resolved again. */
  async function mettehjaelperKaren(maaForberede: boolean): Promise<RequestContext & { actor: { art: "medarbejder" } }> {
    const svar = await startHjaelp(await selfCtx(db(), citizens.karen), { omraader: ["sager"], maaForberede, varighed: 20 }, randomUUID());
    return bind(svar);
  }
  async function bind(svar: Awaited<ReturnType<typeof startHjaelp>>): Promise<RequestContext & { actor: { art: "medarbejder" } }> {
    if (!svar.ok) throw new Error(svar.fejl);
    const sid = await createLoginSession(db(), staffIdentity(staff.mette));
    const mette = (await resolveSession(db(), sid)) as RequestContext & { actor: { art: "medarbejder" } };
    const bundet = await indtastKode(mette, mette.actor, svar.kode.replace(" ", ""), randomUUID());
    if (!bundet.ok) throw new Error(bundet.fejl);
    return (await resolveSession(db(), sid)) as RequestContext & { actor: { art: "medarbejder" } };
  }
  const slut = (m: RequestContext & { actor: { art: "medarbejder" } }) =>
    afslutSomMedarbejder(m, m.actor, m.data!.basis.type === "assisteret" ? m.data!.basis.id : "");

  it("prepares once per form, waits on Karen's forside, and creates the fuldmagt only when Karen confirms", async () => {
    const mette = await mettehjaelperKaren(true);
    const noegle = randomUUID();
    const [a, b] = [await forbered(mette, mette.actor, "fuldmagt-anmodning", fuldmagtTilOle(), noegle), await forbered(mette, mette.actor, "fuldmagt-anmodning", fuldmagtTilOle(), noegle)];
    expect(a).toEqual({ ok: true, titel: "Fuldmagt til Ole Jensen" });
    expect(b).toEqual(a);
    const rows = await db().select().from(forberedteHandlinger);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ medarbejderNavn: "Mette Lund", medarbejderEnhed: "Borgerservice", art: "fuldmagt-anmodning", status: "afventer" });
    expect(await db().select().from(fuldmagter)).toHaveLength(0);
    await slut(mette);

    const karen = await selfCtx(db(), citizens.karen);
    const venter = await ventendeForBorger(karen);
    expect(venter).toMatchObject({ ok: true, data: [{ titel: "Fuldmagt til Ole Jensen", medarbejder: "Mette Lund" }] });
    const fakta = venter?.ok ? venter.data[0]!.fakta : [];
    expect(fakta).toContainEqual({ navn: "Fuldmægtig", vaerdi: "Ole Jensen, født 5. juli 1942" });
    expect(fakta).toContainEqual({ navn: "Fuldmægtigen må", vaerdi: "Se sager, Se ydelser og udbetalinger" });

    const id = rows[0]!.id;
    const [ja, igen] = await Promise.all([godkendForberedt(karen, id), godkendForberedt(karen, id)]);
    expect(ja.ok || igen.ok).toBe(true);
    const oprettet = await db().select().from(fuldmagter);
    expect(oprettet).toMatchObject([{ giverNavn: "Karen Jensen", fuldmaegtigNavn: "Ole Jensen", status: "aktiv", privilegier: ["se:sager", "se:ydelser"] }]);
    const [besvaret] = await db().select().from(forberedteHandlinger).where(eq(forberedteHandlinger.id, id));
    expect(besvaret).toMatchObject({ status: "godkendt", resultat: oprettet[0]!.id });
    expect(await godkendForberedt(karen, id)).toEqual({ ok: false, fejl: expect.stringContaining("venter ikke længere") });
    expect(await ventendeForBorger(karen)).toEqual({ ok: true, data: [] });
    await db().delete(fuldmagter);
  });

  it("checks what is prepared against CPR and the rules while the staff member is there", async () => {
    const mette = await mettehjaelperKaren(true);
    expect(await forbered(mette, mette.actor, "fuldmagt-anmodning", { ...fuldmagtTilOle(), navn: "Ole Jensenn" }, randomUUID())).toMatchObject({
      ok: false,
      fejl: { navn: expect.stringContaining("kan ikke finde en person") },
    });
    expect(await forbered(mette, mette.actor, "fuldmagt-anmodning", { ...fuldmagtTilOle(), privilegier: [] }, randomUUID())).toMatchObject({
      ok: false,
      fejl: { privilegier: expect.any(String) },
    });
    expect(await forbered(mette, mette.actor, "noget-andet", fuldmagtTilOle(), randomUUID())).toMatchObject({ ok: false });
    await slut(mette);
  });

  it("refuses preparing when Karen did not allow it, or after the help ended, and records it", async () => {
    const uden = await mettehjaelperKaren(false);
    expect(await forbered(uden, uden.actor, "fuldmagt-anmodning", fuldmagtTilOle(), randomUUID())).toEqual({
      ok: false,
      fejl: { _form: expect.stringContaining("har ikke givet lov") },
    });
    const [afvisning] = await db().select().from(afvisninger).where(eq(afvisninger.aarsag, "maa-ikke-forberede"));
    expect(afvisning).toMatchObject({ aktoer: "medarbejder Mette Lund" });
    await slut(uden);
    const efter = (await resolveSession(db(), uden.sessionId)) as typeof uden;
    expect(await forbered(efter, efter.actor, "fuldmagt-anmodning", fuldmagtTilOle(), randomUUID())).toMatchObject({ ok: false, fejl: { _form: expect.stringContaining("Hjælpen er slut") } });
  });

  it("keeps the record true when 'Godkend' and 'Afvis' are pressed at once in two tabs: approved exactly when the fuldmagt was made", async () => {
    const mette = await mettehjaelperKaren(true);
    await forbered(mette, mette.actor, "fuldmagt-anmodning", fuldmagtTilOle(), randomUUID());
    await slut(mette);
    const [row] = await db().select().from(forberedteHandlinger).where(eq(forberedteHandlinger.status, "afventer"));
    const karen = await selfCtx(db(), citizens.karen);
    await Promise.all([godkendForberedt(karen, row!.id), afvisForberedt(karen, row!.id)]);
    const [svar] = await db().select().from(forberedteHandlinger).where(eq(forberedteHandlinger.id, row!.id));
    const lavet = await db().select().from(fuldmagter);
    expect(svar!.status).toBe(lavet.length ? "godkendt" : "afvist");
    await db().delete(fuldmagter);
  });

  it("lets Karen decline: nothing is created, and only Karen herself can answer", async () => {
    const mette = await mettehjaelperKaren(true);
    await forbered(mette, mette.actor, "fuldmagt-anmodning", { ...fuldmagtTilOle(), rolle: "anmoder" }, randomUUID());
    expect((await ventendeForBorger(mette.data!))).toBeNull();
    const [row] = await db().select().from(forberedteHandlinger).where(eq(forberedteHandlinger.status, "afventer"));
    expect(await godkendForberedt(mette.data!, row!.id)).toEqual({ ok: false, fejl: expect.stringContaining("Kun personen selv") });
    await slut(mette);
    const karen = await selfCtx(db(), citizens.karen);
    expect((await ventendeForBorger(karen))?.ok && (await ventendeForBorger(karen))).toMatchObject({ data: [{ titel: "Anmodning til Ole Jensen om fuldmagt" }] });
    expect(await afvisForberedt(karen, row!.id)).toEqual({ ok: true });
    expect(await db().select().from(fuldmagter)).toHaveLength(0);
    expect(await afvisForberedt(karen, row!.id)).toMatchObject({ ok: false });
  });

  it("prepares a correction request beside Karen; only her own 'Godkend' sends it, in her name, once", async () => {
    const mette = await mettehjaelperKaren(true);
    const input = {
      art: "datum",
      noegle: randomUUID(),
      datum: deterministicUuid("datum:32.03.12-G01-7-25:0"),
      sag: deterministicUuid("sag:32.03.12-G01-7-25"),
      hvadErForkert: "Der står 415 kr.",
      rigtigVaerdi: "Det er 515 kr. om måneden",
      begrundelse: "Apoteket har sendt en ny opgørelse.",
    };
    expect(await forbered(mette, mette.actor, "rettelse-anmodning", { ...input, begrundelse: "" }, randomUUID())).toMatchObject({ ok: false, fejl: { begrundelse: expect.any(String) } });
    const klar = await forbered(mette, mette.actor, "rettelse-anmodning", input, input.noegle);
    expect(klar).toEqual({ ok: true, titel: "Anmodning om at rette »Dine medicinudgifter pr. måned efter tilskud«" });
    // Mette read the datum to prepare it: in Karen's log, on the basis of the help.
    const [laest] = await db().select().from(adgangslog).where(eq(adgangslog.grundlagType, "assisteret")).orderBy(desc(adgangslog.nr)).limit(1);
    expect(laest).toMatchObject({ aktoerNavn: "Mette Lund", objekt: "En oplysning i din afgørelse, til en anmodning om rettelse" });
    expect(await db().select().from(rettelser)).toHaveLength(0);
    await slut(mette);

    const karen = await selfCtx(db(), citizens.karen);
    const venter = await ventendeForBorger(karen);
    const vist = venter?.ok ? venter.data.find((v) => v.titel === "Anmodning om at rette »Dine medicinudgifter pr. måned efter tilskud«") : undefined;
    expect(vist?.fakta).toContainEqual({ navn: "Det rigtige", vaerdi: "Det er 515 kr. om måneden" });
    const [ja, igen] = await Promise.all([godkendForberedt(karen, vist!.id), godkendForberedt(karen, vist!.id)]);
    expect(ja.ok || igen.ok).toBe(true);
    const sendt = await db().select().from(rettelser);
    expect(sendt).toMatchObject([{ status: "modtaget", indsenderNavn: "Karen Jensen", subjektNavn: "Karen Jensen", rigtigVaerdi: "Det er 515 kr. om måneden" }]);
  });

  it("will not let staff prepare a new address for Bent, whose address is protected", async () => {
    // Mette has entered five codes in this file already: the per-staff limit is not what this test is about.
    await db().delete(rateLimits);
    const mette = await bind(await startHjaelp(await selfCtx(db(), citizens.bent), { omraader: ["oplysninger"], maaForberede: true, varighed: 20 }, randomUUID()));
    const adresse = { art: "adresse", noegle: randomUUID(), felt: "cpr.adresse", hvadErForkert: "Forkert", begrundelse: "Flyttet", vejnavn: "Ny Vej", husnr: "1", postnr: "4999", postdistrikt: "Korsbæk" };
    expect(await forbered(mette, mette.actor, "rettelse-anmodning", adresse, adresse.noegle)).toEqual({ ok: false, fejl: { _form: expect.stringContaining("beskyttet adresse") } });
    expect(await db().select().from(forberedteHandlinger).where(eq(forberedteHandlinger.borgerCpr, citizens.bent.cpr))).toHaveLength(0);
    await slut(mette);
  });
});
