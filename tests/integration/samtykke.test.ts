import { eq } from "drizzle-orm";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { nu } from "@/lib/klokke";
import type { Action } from "@/lib/access/actions";
import { authorize, type DenyReason } from "@/lib/access/policy";
import { givDelingssamtykke, mineDelingssamtykker, tilbagekaldDelingssamtykke } from "@/lib/data/samtykker";
import { brevUdbakke, fuldmagter, samtykker } from "@/lib/db/schema";
import { efterseSamtykker } from "@/lib/samtykke/store";
import { server } from "@/mocks/node";
import { citizens } from "@/mocks/personas";
import { deterministicUuid } from "@/mocks/random";
import { backends, blockDatabase } from "../support/databases";
import { actingCtx, selfCtx, thirdPartyCtx } from "../support/contexts";
import { delingsformular, registrerKlient } from "../support/deling";
import { testEnv } from "../support/test-env";

/**
 * The samtykke basis of the access policy, one case per outcome with the reason a refusal is
 * recorded with, and giving, revoking and lapsing a sharing samtykke with its letters.
 */
Object.assign(process.env, testEnv);

const now = nu().getTime();
const days = (n: number) => new Date(now + n * 86_400_000);
const om = (dage: number) => days(dage).toISOString().slice(0, 10);
const id = (k: string) => deterministicUuid(`samtykke-test:${k}`);
const bank = { navn: "Andelskassen", cvr: "12345678" };

describe.each(backends())("samtykke on %s", (_name, open) => {
  const { db } = blockDatabase(open, { server });

  beforeAll(async () => {
    await registrerKlient(db(), "andelskassen", bank.navn, bank.cvr);
    const s = (key: string, over: Partial<typeof samtykker.$inferInsert>) => ({
      id: id(key),
      borgerCpr: citizens.sofie.cpr,
      borgerNavn: "Sofie Nielsen",
      modtagerNavn: bank.navn,
      modtagerCvr: bank.cvr,
      data: ["se:ydelser"],
      omfang: [{ kategori: "udbetalinger", aar: 2024 }],
      formaal: "kreditvurdering",
      gyldigFra: days(-1),
      gyldigTil: days(30),
      ...over,
    });
    await db().insert(samtykker).values([
      s("aktiv", {}),
      s("udloebet", { gyldigFra: days(-60), gyldigTil: days(-1) }),
      s("tilbagekaldt", { tilbagekaldt: days(-1) }),
      s("brugt", { engangs: true, forbrugt: days(-1), forbrugtAf: "token-1" }),
      s("fremtid", { gyldigFra: days(2) }),
    ]);
    await db().insert(fuldmagter).values({
      id: id("fuldmagt"),
      giverCpr: citizens.karen.cpr,
      giverNavn: "Karen Jensen",
      fuldmaegtigCpr: citizens.ole.cpr,
      fuldmaegtigNavn: "Ole Jensen",
      privilegier: ["se:sager", "handle:eksport"],
      status: "aktiv",
      gyldigFra: days(-1),
      gyldigTil: days(30),
    });
  });
  beforeEach(() => db().delete(brevUdbakke));

  const decide = (ctx: Awaited<ReturnType<typeof thirdPartyCtx>>, action: Action): "tilladt" | DenyReason => {
    const d = authorize({ actor: ctx.actor, subjectCpr: ctx.subject.cpr, basis: ctx.basis, action }, nu());
    return d.allow ? "tilladt" : d.reason;
  };

  it.each<{ name: string; key: string; who?: typeof bank; token?: string; action: Action; expect: "tilladt" | DenyReason }>([
    { name: "the bank reads Sofie's ydelser under her samtykke", key: "aktiv", action: "se:ydelser", expect: "tilladt" },
    { name: "the bank reads sager the samtykke does not name", key: "aktiv", action: "se:sager", expect: "uden-for-omfang" },
    { name: "the bank reads her CPR data when only payments are named", key: "aktiv", action: "se:oplysninger", expect: "uden-for-omfang" },
    { name: "the bank after the period ended", key: "udloebet", action: "se:ydelser", expect: "udloebet" },
    { name: "the bank before the period starts", key: "fremtid", action: "se:ydelser", expect: "udloebet" },
    { name: "the bank after Sofie revoked", key: "tilbagekaldt", action: "se:ydelser", expect: "tilbagekaldt" },
    { name: "another bank with Andelskassen's samtykke", key: "aktiv", who: { navn: "Anden Bank", cvr: "87654321" }, action: "se:ydelser", expect: "forkert-person" },
    { name: "a one-time samtykke with a later token", key: "brugt", token: "token-2", action: "se:ydelser", expect: "brugt" },
    { name: "a one-time samtykke without a token", key: "brugt", action: "se:ydelser", expect: "brugt" },
    { name: "a one-time samtykke with the token that used it", key: "brugt", token: "token-1", action: "se:ydelser", expect: "tilladt" },
  ])("$name: $expect", async (c) => {
    const ctx = await thirdPartyCtx(db(), c.who ?? bank, id(c.key), c.token);
    expect(decide(ctx, c.action)).toBe(c.expect);
  });

  it("only the person gives samtykke: Ole acting for Karen is refused with kun-selv, Sofie herself is allowed", async () => {
    const ole = await actingCtx(db(), citizens.ole, id("fuldmagt"));
    expect(authorize({ actor: ole.actor, subjectCpr: ole.subject.cpr, basis: ole.basis, action: "handle:samtykke" })).toEqual({ allow: false, reason: "kun-selv" });
    const sofie = await selfCtx(db(), citizens.sofie);
    expect(authorize({ actor: sofie.actor, subjectCpr: sofie.subject.cpr, basis: sofie.basis, action: "handle:samtykke" }).allow).toBe(true);
  });

  const input = (over: Partial<Parameters<typeof givDelingssamtykke>[1]> = {}) => delingsformular(om(20), { kategorier: ["udbetalinger"], ...over });

  it("refuses a period over 90 days, no end, a past end, a missing year and an unknown recipient, on their fields", async () => {
    const sofie = await selfCtx(db(), citizens.sofie);
    const fejl = async (over: Partial<ReturnType<typeof input>>) => {
      const r = await givDelingssamtykke(sofie, input(over));
      return r.ok ? {} : r.fejl;
    };
    expect(await fejl({ gyldigTil: om(95) })).toHaveProperty("gyldigTil", expect.stringContaining("højst gælde i 90 dage"));
    expect(await fejl({ gyldigTil: "" })).toHaveProperty("gyldigTil", "Vælg, hvornår samtykket skal slutte");
    expect(await fejl({ gyldigTil: om(-2) })).toHaveProperty("gyldigTil", "Slutdatoen skal ligge efter i dag.");
    expect(await fejl({ aar: "" })).toHaveProperty("aar", "Vælg, hvilket år udbetalingerne skal være fra");
    expect(await fejl({ modtager: "ukendt" })).toHaveProperty("modtager");
  });

  it("'Tjek dine svar' first; then one samtykke and one letter, even when submitted twice; revoking writes a letter once", async () => {
    const sofie = await selfCtx(db(), citizens.sofie);
    expect(await givDelingssamtykke(sofie, input({ trin: "tjek" }))).toMatchObject({
      ok: true,
      trin: "tjek",
      opsummering: { modtager: "Andelskassen", omfang: ["Udbetalinger fra kommunen i 2024"], engangs: false },
    });
    const i = input();
    const [a, b] = await Promise.all([givDelingssamtykke(sofie, i), givDelingssamtykke(sofie, i)]);
    expect(a.ok && b.ok && a.trin === "oprettet" && b.trin === "oprettet" && a.id === b.id).toBe(true);
    const nyId = a.ok && a.trin === "oprettet" ? a.id : "";
    expect(await db().select().from(samtykker).where(eq(samtykker.formNoegle, i.noegle))).toHaveLength(1);
    const [row] = await db().select().from(samtykker).where(eq(samtykker.id, nyId));
    expect(row).toMatchObject({ data: ["se:ydelser"], omfang: [{ kategori: "udbetalinger", aar: 2024 }], engangs: false, borgerNavn: "Sofie Nielsen" });
    expect(await tilbagekaldDelingssamtykke(sofie, nyId)).toEqual({ ok: true, id: nyId });
    expect(await tilbagekaldDelingssamtykke(sofie, nyId)).toMatchObject({ ok: false, fejl: expect.stringContaining("allerede") });
    const breve = await db().select().from(brevUdbakke).where(eq(brevUdbakke.modtagerCpr, citizens.sofie.cpr));
    expect(breve.map((x) => x.titel).sort()).toEqual(["Dit samtykke til Andelskassen er trukket tilbage", "Du har givet Andelskassen samtykke"]);
    for (const brev of breve) expect(brev.tekst).not.toMatch(/https?:|www\./);
    expect(breve.find((x) => x.titel.startsWith("Du har givet"))!.tekst).toContain("din fødselsdato, ikke dit CPR-nummer");
  });

  it("someone else cannot revoke Sofie's samtykke; a lapse writes its letter once; the list splits current from ended", async () => {
    const amir = await selfCtx(db(), citizens.amir);
    expect(await tilbagekaldDelingssamtykke(amir, id("aktiv"))).toMatchObject({ ok: false, fejl: "Vi kunne ikke finde samtykket." });
    await efterseSamtykker(db(), new Date());
    await efterseSamtykker(db(), new Date());
    const breve = await db().select().from(brevUdbakke).where(eq(brevUdbakke.noegle, `samtykke:${id("udloebet")}:udloebet`));
    expect(breve).toHaveLength(1);
    const liste = await mineDelingssamtykker(await selfCtx(db(), citizens.sofie));
    if (!liste.ok) throw new Error("listen kunne ikke læses");
    expect(liste.data.aktive.map((s) => s.id)).toContain(id("aktiv"));
    expect(liste.data.tidligere.map((s) => [s.id, s.status])).toEqual(expect.arrayContaining([[id("tilbagekaldt"), "tilbagekaldt"], [id("udloebet"), "udloebet"], [id("brugt"), "brugt"]]));
  });
});
