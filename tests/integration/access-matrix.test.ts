import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ACTIONS, type Action } from "@/lib/access/actions";
import type { Basis, PolicyActor } from "@/lib/access/policy";
import { laes, subjektNoegle, type DataContext } from "@/lib/data/access";
import { database, db } from "@/lib/db";
import { adgangslog, assisteredeSessioner, fuldmagter, samtykker } from "@/lib/db/schema";
import { server } from "@/mocks/node";
import { citizens, fullName, PRIVILEGE, staff } from "@/mocks/personas";
import { deterministicUuid } from "@/mocks/random";
import { testEnv } from "../support/test-env";

/**
 * The authorisation matrix: every actor × subject × basis × action. The few combinations that
 * must be allowed are listed by hand below; every other combination must be refused. Each case
 * also checks the access log: one entry for an allowed read by someone else, none otherwise.
 */
Object.assign(process.env, testEnv, { PGLITE_DIR: "memory://" });

const now = Date.now();
const days = (n: number) => new Date(now + n * 86_400_000);
const minutes = (n: number) => new Date(now + n * 60_000);

const borger = (p: (typeof citizens)[keyof typeof citizens]): PolicyActor => ({ art: "borger", navn: fullName(p), cpr: p.cpr });
const medarbejder = (p: (typeof staff)[keyof typeof staff], enhed: string): PolicyActor => ({
  art: "medarbejder",
  navn: fullName(p),
  medarbejderId: p.uuid,
  enhed,
  privilegier: [...p.privileges],
});

const actors = {
  karen: borger(citizens.karen),
  ole: borger(citizens.ole),
  amir: borger(citizens.amir),
  sofie: borger(citizens.sofie),
  bent: borger(citizens.bent),
  mette: medarbejder(staff.mette, "Borgerservice"),
  jonas: medarbejder(staff.jonas, "Ydelsesservice"),
  // Jonas's identity without the caseworker privilege: the privilege, not the name, grants access.
  jonasUdenRettighed: { ...medarbejder(staff.jonas, "Ydelsesservice"), privilegier: [PRIVILEGE.borgerservice] } as PolicyActor,
  bank: { art: "tredjepart", navn: "Korsbæk Sparekasse", cvr: "99999999" } as PolicyActor,
  andenBank: { art: "tredjepart", navn: "Anden Bank", cvr: "88888888" } as PolicyActor,
};
type ActorKey = keyof typeof actors;

const subjects = { karen: citizens.karen.cpr, ole: citizens.ole.cpr, amir: citizens.amir.cpr, sofie: citizens.sofie.cpr, bent: citizens.bent.cpr };
type SubjectKey = keyof typeof subjects;

const id = (name: string) => deterministicUuid(`matrix:${name}`);
const sag = (nr: string) => deterministicUuid(`sag:${nr}`);

const bases = {
  self: { type: "self" },
  fuldmagtAktiv: { type: "fuldmagt", id: id("F1") },
  fuldmagtUdloebet: { type: "fuldmagt", id: id("F2") },
  fuldmagtTilbagekaldt: { type: "fuldmagt", id: id("F3") },
  fuldmagtAnmodet: { type: "fuldmagt", id: id("F4") },
  fuldmagtFindesIkke: { type: "fuldmagt", id: id("F-ukendt") },
  assisteretAktiv: { type: "assisteret", id: id("A1") },
  assisteretAfsluttet: { type: "assisteret", id: id("A2") },
  assisteretUdloebet: { type: "assisteret", id: id("A3") },
  samtykkeAktiv: { type: "samtykke", id: id("S1") },
  samtykkeUdloebet: { type: "samtykke", id: id("S2") },
  samtykkeTilbagekaldt: { type: "samtykke", id: id("S3") },
  sagKarensTillaeg: { type: "sagsbehandler", sagId: sag("32.03.12-G01-7-25") },
  sagKarensPlejebolig: { type: "sagsbehandler", sagId: sag("27.45.04-G01-3-25") },
  sagSofiesKontanthjaelp: { type: "sagsbehandler", sagId: sag("32.24.04-G01-5-24") },
  sagSkjult: { type: "sagsbehandler", sagId: sag("27.45.04-G01-9-25") },
} satisfies Record<string, Basis>;
type BasisKey = keyof typeof bases;

type Allowed = { actor: ActorKey; subject: SubjectKey; basis: BasisKey; actions: readonly Action[] };
const allowed: Allowed[] = [
  ...(["karen", "ole", "amir", "sofie", "bent"] as const).map((p) => ({ actor: p, subject: p, basis: "self" as const, actions: ACTIONS })),
  { actor: "ole", subject: "karen", basis: "fuldmagtAktiv", actions: ["se:sager", "se:ydelser", "kontakte:sagsbehandler"] },
  { actor: "mette", subject: "bent", basis: "assisteretAktiv", actions: ["se:sager", "se:oplysninger"] },
  { actor: "bank", subject: "sofie", basis: "samtykkeAktiv", actions: ["se:ydelser"] },
  { actor: "jonas", subject: "karen", basis: "sagKarensTillaeg", actions: ["se:sager", "se:dokumenter"] },
  { actor: "jonas", subject: "sofie", basis: "sagSofiesKontanthjaelp", actions: ["se:sager", "se:dokumenter"] },
];

function expectation(actor: ActorKey, subject: SubjectKey, basis: BasisKey, action: Action) {
  return allowed.some((a) => a.actor === actor && a.subject === subject && a.basis === basis && a.actions.includes(action));
}

async function logCount(cpr: string): Promise<number> {
  const [row] = await db().select({ n: sql<number>`count(*)::int` }).from(adgangslog).where(sql`${adgangslog.subjektNoegle} = ${subjektNoegle(cpr)}`);
  return row!.n;
}

beforeAll(async () => {
  server.listen({ onUnhandledRequest: "error" });
  await database().migrate();
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
  await db().insert(fuldmagter).values([
    f("F1", {}),
    f("F2", { gyldigFra: days(-60), gyldigTil: days(-1), privilegier: [...ACTIONS] }),
    f("F3", { status: "tilbagekaldt", tilbagekaldt: days(-2), privilegier: [...ACTIONS] }),
    f("F4", { giverCpr: citizens.amir.cpr, fuldmaegtigCpr: citizens.sofie.cpr, status: "anmodet", privilegier: [...ACTIONS] }),
  ]);
  const a = (key: string, cpr: string, over: Partial<typeof assisteredeSessioner.$inferInsert>) => ({
    id: id(key),
    borgerCpr: cpr,
    borgerNavn: "x",
    medarbejderId: staff.mette.uuid,
    omraader: ["se:sager", "se:oplysninger"],
    startet: minutes(-5),
    udloeber: minutes(25),
    ...over,
  });
  await db().insert(assisteredeSessioner).values([
    a("A1", citizens.bent.cpr, {}),
    a("A2", citizens.karen.cpr, { afsluttet: minutes(-1), omraader: [...ACTIONS] }),
    a("A3", citizens.amir.cpr, { startet: minutes(-70), udloeber: minutes(-10), omraader: [...ACTIONS] }),
  ]);
  const s = (key: string, over: Partial<typeof samtykker.$inferInsert>) => ({
    id: id(key),
    borgerCpr: citizens.sofie.cpr,
    modtagerNavn: "Korsbæk Sparekasse",
    modtagerCvr: "99999999",
    data: ["se:ydelser"],
    formaal: "Kreditvurdering",
    gyldigFra: days(-1),
    gyldigTil: days(30),
    ...over,
  });
  await db().insert(samtykker).values([
    s("S1", {}),
    s("S2", { gyldigFra: days(-90), gyldigTil: days(-1), data: [...ACTIONS] }),
    s("S3", { tilbagekaldt: days(-1), data: [...ACTIONS] }),
  ]);
});
afterAll(() => server.close());

const cases = (Object.keys(actors) as ActorKey[]).flatMap((actor) =>
  (Object.keys(bases) as BasisKey[]).flatMap((basis) => (Object.keys(subjects) as SubjectKey[]).map((subject) => ({ actor, basis, subject }))),
);

describe(`authorisation matrix: ${cases.length * ACTIONS.length} cases`, () => {
  it.each(cases)("$actor reads $subject's data on basis $basis", async ({ actor, basis, subject }) => {
    const ctx: DataContext = { actor: actors[actor], subjectCpr: subjects[subject], basis: bases[basis] };
    for (const action of ACTIONS) {
      const before = await logCount(subjects[subject]);
      const result = await laes(ctx, { action, objekt: "matrix" }, async () => ({ ok: true as const, data: "DATA" }));
      const after = await logCount(subjects[subject]);
      const label = `${actor} → ${subject} via ${basis}: ${action}`;
      if (expectation(actor, subject, basis, action)) {
        expect(result, label).toEqual({ ok: true, data: "DATA" });
        expect(after - before, `${label}: log entries`).toBe(basis === "self" ? 0 : 1);
      } else {
        expect(result, label).toEqual({ ok: false, reason: "ikke-fundet" });
        expect(after - before, `${label}: log entries`).toBe(0);
      }
    }
  });

  it("writes who, on what basis and what into the log for a read by someone else", async () => {
    const ctx: DataContext = { actor: actors.ole, subjectCpr: citizens.karen.cpr, basis: bases.fuldmagtAktiv };
    await laes(ctx, { action: "se:ydelser", objekt: "Udbetalinger 2026" }, async () => ({ ok: true as const, data: 1 }));
    const [entry] = await db().select().from(adgangslog).where(sql`${adgangslog.objekt} = 'Udbetalinger 2026'`);
    expect(entry).toMatchObject({
      aktoerNavn: "Ole Jensen",
      aktoerRolle: "Fuldmægtig",
      grundlagType: "fuldmagt",
      grundlagId: id("F1"),
      kategori: "se:ydelser",
      subjektNoegle: subjektNoegle(citizens.karen.cpr),
    });
    expect(JSON.stringify(entry)).not.toContain(citizens.karen.cpr);
    expect(JSON.stringify(entry)).not.toContain(citizens.ole.cpr);
  });

  it("returns nothing when the access log cannot be written", async () => {
    const ctx: DataContext = { actor: actors.mette, subjectCpr: citizens.bent.cpr, basis: bases.assisteretAktiv };
    let fetched = false;
    await db().execute(sql`alter table adgangslog rename to adgangslog_utilgaengelig`);
    try {
      const result = await laes(ctx, { action: "se:sager", objekt: "x" }, async () => {
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
