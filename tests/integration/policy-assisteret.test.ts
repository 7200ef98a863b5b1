import { desc, eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Action } from "@/lib/access/actions";
import { authorize, type DenyReason } from "@/lib/access/policy";
import { laes, subjektNoegle, type DataContext } from "@/lib/data/access";
import { hentSag } from "@/lib/data/sager";
import { nu } from "@/lib/klokke";
import type { Database } from "@/lib/db/client";
import { adgangslog, afvisninger, assisteredeSessioner } from "@/lib/db/schema";
import { server } from "@/mocks/node";
import { citizens, PRIVILEGE, staff } from "@/mocks/personas";
import { deterministicUuid } from "@/mocks/random";
import { backends, blockDatabase } from "../support/databases";
import { assistingCtx, seedStaff, staffIdentity } from "../support/contexts";
import "../support/test-env";

/**
 * The access policy's assisted basis, one case per outcome, each asserting the reason a refusal
 * is recorded with. Contexts come through the resolver (a staff login session pointing at an
 * assisted session row), as a request builds them.
 */
// The policy's "now" is the portal clock (lib/klokke.ts, fixed by MINE_DATA_NU in tests).
const now = nu().getTime();
const minutes = (n: number) => new Date(now + n * 60_000);
const id = (name: string) => deterministicUuid(`policy-assisteret:${name}`);
const SOFIES = deterministicUuid("sag:32.24.04-G01-5-24");
const BENTS = deterministicUuid("sag:32.03.12-G01-3-26");
const ANDEN = { ...staff.mette, key: "anden", fornavn: "Anne", efternavn: "Andersen", uuid: deterministicUuid("policy-assisteret:anne") };

async function seed(db: Database["db"]) {
  await seedStaff(db, [
    { p: staff.mette, enhed: "Borgerservice" },
    { p: staff.jonas, enhed: "Ydelsesservice" },
    { p: ANDEN, enhed: "Borgerservice" },
  ]);
  const a = (key: string, over: Partial<typeof assisteredeSessioner.$inferInsert>) => ({
    id: id(key),
    borgerCpr: citizens.bent.cpr,
    borgerNavn: "Bent Holm",
    medarbejderId: staff.mette.uuid,
    omraader: ["se:sager", "se:oplysninger", "se:fuldmagter"],
    startet: minutes(-5),
    udloeber: minutes(15),
    varighedMinutter: 20,
    ...over,
  });
  await db.insert(assisteredeSessioner).values([
    a("aktiv", {}),
    a("venter", { medarbejderId: null, startet: null, udloeber: minutes(4), kodeUdloeber: minutes(4) }),
    a("anden", { medarbejderId: ANDEN.uuid }),
    a("af-borger", { afsluttet: minutes(-1), afsluttetAf: "borger" }),
    a("tiden-gik", { startet: minutes(-31), udloeber: minutes(-1) }),
    a("midt-i", {}),
  ]);
}

describe.each(backends())("the assisted basis in the access policy on %s", (_name, open) => {
  const { db } = blockDatabase(open, { server });
  beforeAll(() => seed(db()));

  const mette = (session: string, privilegier?: string[]) => assistingCtx(db(), staffIdentity(staff.mette, privilegier), id(session));
  const logCount = async () =>
    (await db().select({ n: sql<number>`count(*)::int` }).from(adgangslog).where(eq(adgangslog.subjektNoegle, subjektNoegle(citizens.bent.cpr))))[0]!.n;
  const lastRefusal = async () => (await db().select().from(afvisninger).orderBy(desc(afvisninger.tidspunkt), desc(afvisninger.id)).limit(1))[0];

  type Case = { name: string; ctx: () => Promise<DataContext>; action: Action; expect: "tilladt" | DenyReason };
  const cases: Case[] = [
    { name: "an area Bent granted", ctx: () => mette("aktiv"), action: "se:oplysninger", expect: "tilladt" },
    { name: "fuldmagter, when Bent granted them", ctx: () => mette("aktiv"), action: "se:fuldmagter", expect: "tilladt" },
    { name: "an area Bent did not grant", ctx: () => mette("aktiv"), action: "se:dokumenter", expect: "uden-for-omfang" },
    { name: "Bent's log (never an area)", ctx: () => mette("aktiv"), action: "se:log", expect: "uden-for-omfang" },
    { name: "Bent's letters (never an area)", ctx: () => mette("aktiv"), action: "se:post", expect: "uden-for-omfang" },
    { name: "a correction in Bent's name (staff only prepare)", ctx: () => mette("aktiv"), action: "handle:rettelse", expect: "uden-for-omfang" },
    { name: "a fuldmagt in Bent's name", ctx: () => mette("aktiv"), action: "handle:fuldmagt", expect: "uden-for-omfang" },
    { name: "a new assisted session in Bent's name", ctx: () => mette("aktiv"), action: "handle:assistance", expect: "uden-for-omfang" },
    { name: "a code nobody has entered yet", ctx: () => mette("venter"), action: "se:sager", expect: "forkert-person" },
    { name: "a session bound to another staff member", ctx: () => mette("anden"), action: "se:sager", expect: "forkert-person" },
    { name: "after Bent ended it", ctx: () => mette("af-borger"), action: "se:sager", expect: "tilbagekaldt" },
    { name: "after the time ran out", ctx: () => mette("tiden-gik"), action: "se:sager", expect: "udloebet" },
    { name: "Mette without the Borgerservice privilege", ctx: () => mette("aktiv", [PRIVILEGE.betroetMedarbejder]), action: "se:sager", expect: "mangler-rettighed" },
  ];

  it.each(cases)("$name: $expect", async (c) => {
    const ctx = await c.ctx();
    const before = await logCount();
    const result = await laes(ctx, { action: c.action, objekt: c.name }, async () => ({ ok: true as const, data: "DATA" }));
    if (c.expect === "tilladt") {
      expect(result).toEqual({ ok: true, data: "DATA" });
      expect(await logCount()).toBe(before + 1);
    } else {
      expect(result).toEqual({ ok: false, reason: "ikke-fundet" });
      expect(await logCount()).toBe(before);
      expect(await lastRefusal()).toMatchObject({ handling: c.action, grundlag: "assisteret", aarsag: c.expect, subjektNoegle: subjektNoegle(citizens.bent.cpr) });
    }
  });

  it("allows with the protected address hidden, and nothing held back as 'not for representatives'", async () => {
    const ctx = await mette("aktiv");
    const decision = authorize({ actor: ctx.actor, subjectCpr: ctx.subject.cpr, basis: ctx.basis, action: "se:sager" }, nu());
    expect(decision).toEqual({ allow: true, self: false, grundlag: { type: "assisteret", id: id("aktiv") }, skjulBeskyttet: true, skjulForRepraesentant: false });
  });

  it("logs each read with the session as basis, in Bent's words", async () => {
    const ctx = await mette("aktiv");
    await laes(ctx, { action: "se:sager", objekt: "Oversigten over sager" }, async () => ({ ok: true as const, data: 1 }));
    const [entry] = await db().select().from(adgangslog).where(eq(adgangslog.subjektNoegle, subjektNoegle(citizens.bent.cpr))).orderBy(desc(adgangslog.nr)).limit(1);
    expect(entry).toMatchObject({
      aktoerNavn: "Mette Lund",
      aktoerOrganisation: "Korsbæk Kommune, Borgerservice",
      grundlagType: "assisteret",
      grundlagId: id("aktiv"),
      kategori: "se:sager",
      formaal: "Du fik hjælp af Borgerservice",
    });
  });

  it("refuses a read the citizen ended while the fagsystem answered: nothing shown, nothing logged, refusal recorded", async () => {
    const ctx = await mette("midt-i");
    const before = await logCount();
    const result = await laes(ctx, { action: "se:sager", objekt: "midt i" }, async () => {
      // Bent presses "Afslut hjælp" while SDI is still answering.
      await db().update(assisteredeSessioner).set({ afsluttet: nu(), afsluttetAf: "borger" }).where(eq(assisteredeSessioner.id, id("midt-i")));
      return { ok: true as const, data: "HEMMELIGT" };
    });
    expect(result).toEqual({ ok: false, reason: "ikke-fundet" });
    expect(JSON.stringify(result)).not.toContain("HEMMELIGT");
    expect(await logCount()).toBe(before);
    expect(await lastRefusal()).toMatchObject({ handling: "se:sager", grundlag: "assisteret", aarsag: "tilbagekaldt" });
  });

  it("records a staff member trying another citizen's sag during Bent's session, and shows nothing", async () => {
    const ctx = await mette("aktiv");
    expect(await hentSag(ctx, SOFIES)).toEqual({ ok: true, data: null });
    expect(await lastRefusal()).toMatchObject({ handling: "se:sager", grundlag: "assisteret", aarsag: "ikke-part", subjektNoegle: subjektNoegle(citizens.bent.cpr) });
    const own = await hentSag(ctx, BENTS);
    expect(own.ok && own.data?.sag.titel).toBeTruthy();
  });
});
