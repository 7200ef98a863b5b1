import { readFileSync } from "node:fs";
import { sql } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { appendLogEntry, logForSubject, pseudonym, logOverblik, verifyChains, type NewLogEntry } from "@/lib/access/log";
import { writeLogEntry } from "@/lib/access/log-batch";
import type { Db } from "@/lib/db/client";
import { adgangslog, spoergsmaal } from "@/lib/db/schema";
import { backends, blockDatabase } from "../support/databases";

const karen = pseudonym("test-secret-test-secret-test-secret-42", "1203443996");
const sofie = pseudonym("test-secret-test-secret-test-secret-42", "2203004998");

function entry(subjektNoegle: string, n: number): NewLogEntry {
  return {
    subjektNoegle,
    tidspunkt: new Date(Date.UTC(2026, 9, 14, 8, n)),
    aktoerNavn: "Mette Lund",
    aktoerOrganisation: "Korsbæk Kommune, Borgerservice",
    aktoerRolle: "Medarbejder",
    grundlagType: "assisteret",
    grundlagId: "5f0c1f7a-0000-4000-8000-000000000001",
    kategori: "se:sager",
    objekt: `Opslag ${n}`,
    formaal: "Du fik hjælp af Borgerservice",
  };
}

describe.each(backends())("the access log's hash chain on %s", (_name, open) => {
  // One migrated database for the block; each test starts from the same two five-entry chains.
  const { db } = blockDatabase(open);
  beforeEach(async () => {
    await db().execute(sql`delete from adgangslog`);
    await db().execute(sql`delete from adgangslog_hoved`);
    for (let n = 1; n <= 5; n++) {
      await appendLogEntry(db(), entry(karen, n));
      await appendLogEntry(db(), entry(sofie, n));
    }
  });

  it("is intact after normal appends, numbered per person", async () => {
    expect(await verifyChains(db())).toEqual({ entries: 10, subjects: 2, broken: null });
  });

  it("never holds a CPR number", async () => {
    const rows = await db().execute(sql`select * from adgangslog`);
    expect(JSON.stringify(rows)).not.toMatch(/1203443996|2203004998/);
  });

  it("detects an edited entry", async () => {
    await db().execute(sql`update adgangslog set objekt = 'Intet at se her' where subjekt_noegle = ${karen} and nr = 3`);
    const { broken } = await verifyChains(db());
    expect(broken).toMatchObject({ subjektNoegle: karen, nr: 3, problem: expect.stringContaining("ændret") });
  });

  it("detects an edited time or actor as well as an edited object", async () => {
    await db().execute(sql`update adgangslog set aktoer_navn = 'En anden' where subjekt_noegle = ${sofie} and nr = 2`);
    expect((await verifyChains(db())).broken).toMatchObject({ subjektNoegle: sofie, nr: 2 });
  });

  it("detects a deleted entry in the middle", async () => {
    await db().execute(sql`delete from adgangslog where subjekt_noegle = ${karen} and nr = 2`);
    expect((await verifyChains(db())).broken).toMatchObject({ subjektNoegle: karen, nr: 3, problem: expect.stringContaining("mangler") });
  });

  it("detects a deleted last entry", async () => {
    await db().execute(sql`delete from adgangslog where subjekt_noegle = ${sofie} and nr = 5`);
    expect((await verifyChains(db())).broken).toMatchObject({ subjektNoegle: sofie, problem: expect.stringContaining("slettet") });
  });

  it("detects reordered entries", async () => {
    await db().execute(sql`update adgangslog set nr = 100 where subjekt_noegle = ${karen} and nr = 2`);
    await db().execute(sql`update adgangslog set nr = 2 where subjekt_noegle = ${karen} and nr = 4`);
    await db().execute(sql`update adgangslog set nr = 4 where subjekt_noegle = ${karen} and nr = 100`);
    expect((await verifyChains(db())).broken).toMatchObject({ subjektNoegle: karen, nr: 2 });
  });

  it("keeps the chain whole when entries for one person are appended concurrently", async () => {
    await Promise.all(Array.from({ length: 10 }, (_, i) => appendLogEntry(db(), entry(karen, 10 + i))));
    expect(await verifyChains(db())).toMatchObject({ entries: 20, broken: null });
  });

  it("has every entry committed by the time its write answers, also when many for one person arrive at once", async () => {
    const committed = await Promise.all(
      Array.from({ length: 40 }, async (_, i) => {
        const e = entry(i % 2 ? karen : sofie, 20 + i);
        await writeLogEntry(db(), e);
        const rows = await db().select({ nr: adgangslog.nr }).from(adgangslog).where(sql`${adgangslog.objekt} = ${e.objekt}`);
        return rows.length;
      }),
    );
    expect(committed).toEqual(Array(40).fill(1));
    expect(await verifyChains(db())).toMatchObject({ entries: 50, subjects: 2, broken: null });
  });

  it("fails every read waiting on a write that could not be made, and writes the next one", async () => {
    const down = Object.create(db(), { transaction: { value: () => Promise.reject(new Error("databasen svarer ikke")) } }) as Db;
    const results = await Promise.allSettled([0, 1, 2].map((i) => writeLogEntry(down, entry(karen, 30 + i))));
    expect(results.map((r) => r.status)).toEqual(["rejected", "rejected", "rejected"]);
    await writeLogEntry(db(), entry(karen, 40));
    expect(await verifyChains(db())).toMatchObject({ entries: 11, broken: null });
  });

  it("keeps one chain when another instance appends for the same person in between", async () => {
    // A second handle on the same database knows nothing of the first one's last head, like a second portal process.
    const other = Object.create(db()) as Db;
    await writeLogEntry(db(), entry(karen, 50));
    await Promise.all([51, 52, 53].map((n) => writeLogEntry(other, entry(karen, n))));
    await writeLogEntry(db(), entry(karen, 54));
    await Promise.all([55, 56].flatMap((n) => [writeLogEntry(db(), entry(karen, n)), writeLogEntry(other, entry(karen, n + 10))]));
    expect(await verifyChains(db())).toMatchObject({ entries: 19, subjects: 2, broken: null });
    const nrs = await db().select({ nr: adgangslog.nr }).from(adgangslog).where(sql`${adgangslog.subjektNoegle} = ${karen}`);
    expect(nrs.map((r) => r.nr).sort((a, b) => a - b)).toEqual(Array.from({ length: 14 }, (_, i) => i + 1));
  });

  it("pages a person's log newest first with the right total, also filtered and past the end", async () => {
    await appendLogEntry(db(), { ...entry(karen, 6), aktoerNavn: "Ole Jensen", kategori: "se:ydelser" });
    const side1 = await logForSubject(db(), karen, {}, { side: 1, antal: 4 });
    expect(side1.poster.map((p) => p.objekt)).toEqual(["Opslag 6", "Opslag 5", "Opslag 4", "Opslag 3"]);
    expect(side1).toMatchObject({ total: 6, aktoerer: ["Mette Lund", "Ole Jensen"], kategorier: ["se:sager", "se:ydelser"] });
    expect((await logForSubject(db(), karen, {}, { side: 2, antal: 4 })).poster.map((p) => p.objekt)).toEqual(["Opslag 2", "Opslag 1"]);
    expect(await logForSubject(db(), karen, {}, { side: 3, antal: 4 })).toMatchObject({ poster: [], total: 6 });
    const ole = await logForSubject(db(), karen, { aktoer: "Ole Jensen" }, { side: 1, antal: 4 });
    expect(ole).toMatchObject({ total: 1, aktoerer: ["Mette Lund", "Ole Jensen"] });
    expect(await logForSubject(db(), pseudonym("test-secret-test-secret-test-secret-42", "0101010101"), {}, { side: 1, antal: 4 })).toEqual({
      poster: [],
      total: 0,
      aktoerer: [],
      kategorier: [],
    });
    const seneste = await logOverblik(db(), sofie, 3);
    expect(seneste).toMatchObject({ total: 5, ventende: 0 });
    expect(seneste.poster.map((p) => p.objekt)).toEqual(["Opslag 5", "Opslag 4", "Opslag 3"]);
    // Sofie asks about two entries; one is answered. Karen's question is not hers.
    const frist = new Date("2026-12-31T00:00:00Z");
    const [p1, p2] = seneste.poster;
    await db().insert(spoergsmaal).values([
      { logpostId: p1!.id, subjektNoegle: sofie, tekst: "Hvorfor?", frist },
      { logpostId: p2!.id, subjektNoegle: sofie, tekst: "Og hvorfor her?", frist, status: "besvaret" },
      { logpostId: p1!.id, subjektNoegle: karen, tekst: "Ikke Sofies", frist },
    ]);
    expect(await logOverblik(db(), sofie, 3)).toMatchObject({ total: 5, ventende: 1 });
  });

  it("keeps the total and the filter choices right when two instances append, and the migration rebuilds them", async () => {
    const other = Object.create(db()) as Db;
    await Promise.all([
      appendLogEntry(db(), { ...entry(karen, 6), aktoerNavn: "Ole Jensen" }),
      appendLogEntry(other, { ...entry(karen, 7), kategori: "se:ydelser" }),
      appendLogEntry(other, { ...entry(karen, 8), aktoerNavn: "Ole Jensen", kategori: "handle:eksport" }),
    ]);
    const valg = { total: 8, aktoerer: ["Mette Lund", "Ole Jensen"], kategorier: ["handle:eksport", "se:sager", "se:ydelser"] };
    expect(await logForSubject(db(), karen, {}, { side: 1, antal: 4 })).toMatchObject(valg);
    expect(await logOverblik(db(), karen, 2)).toMatchObject({ total: 8 });
    expect(await logForSubject(db(), karen, { aktoer: "Ole Jensen" }, { side: 5, antal: 4 })).toMatchObject({ poster: [], total: 2 });
    expect(await logForSubject(db(), sofie, {}, { side: 1, antal: 4 })).toMatchObject({ total: 5, aktoerer: ["Mette Lund"], kategorier: ["se:sager"] });

    // A database migrated before the head held the choices gets them from the entries already there.
    const migration = readFileSync("drizzle/0010_adgangslog_hoved_valg.sql", "utf8").split("--> statement-breakpoint");
    await db().execute(sql`update adgangslog_hoved set aktoerer = '{}', kategorier = '{}'`);
    await db().execute(sql.raw(migration.find((s) => s.includes("UPDATE"))!));
    expect(await logForSubject(db(), karen, {}, { side: 1, antal: 4 })).toMatchObject(valg);
  });
});
