import { sql } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { appendLogEntry, pseudonym, verifyChains, type NewLogEntry } from "@/lib/access/log";
import type { Database } from "@/lib/db/client";
import { backends } from "../support/databases";

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
  let database: Database;
  let cleanup: () => Promise<void>;

  // One migrated database for the file; each test starts from the same two five-entry chains.
  beforeAll(async () => {
    ({ database, cleanup } = await open());
    await database.migrate();
  });
  afterAll(() => cleanup());
  beforeEach(async () => {
    await database.db.execute(sql`delete from adgangslog`);
    await database.db.execute(sql`delete from adgangslog_hoved`);
    for (let n = 1; n <= 5; n++) {
      await appendLogEntry(database.db, entry(karen, n));
      await appendLogEntry(database.db, entry(sofie, n));
    }
  });

  it("is intact after normal appends, numbered per person", async () => {
    expect(await verifyChains(database.db)).toEqual({ entries: 10, subjects: 2, broken: null });
  });

  it("never holds a CPR number", async () => {
    const rows = await database.db.execute(sql`select * from adgangslog`);
    expect(JSON.stringify(rows)).not.toMatch(/1203443996|2203004998/);
  });

  it("detects an edited entry", async () => {
    await database.db.execute(sql`update adgangslog set objekt = 'Intet at se her' where subjekt_noegle = ${karen} and nr = 3`);
    const { broken } = await verifyChains(database.db);
    expect(broken).toMatchObject({ subjektNoegle: karen, nr: 3, problem: expect.stringContaining("ændret") });
  });

  it("detects an edited time or actor as well as an edited object", async () => {
    await database.db.execute(sql`update adgangslog set aktoer_navn = 'En anden' where subjekt_noegle = ${sofie} and nr = 2`);
    expect((await verifyChains(database.db)).broken).toMatchObject({ subjektNoegle: sofie, nr: 2 });
  });

  it("detects a deleted entry in the middle", async () => {
    await database.db.execute(sql`delete from adgangslog where subjekt_noegle = ${karen} and nr = 2`);
    expect((await verifyChains(database.db)).broken).toMatchObject({ subjektNoegle: karen, nr: 3, problem: expect.stringContaining("mangler") });
  });

  it("detects a deleted last entry", async () => {
    await database.db.execute(sql`delete from adgangslog where subjekt_noegle = ${sofie} and nr = 5`);
    expect((await verifyChains(database.db)).broken).toMatchObject({ subjektNoegle: sofie, problem: expect.stringContaining("slettet") });
  });

  it("detects reordered entries", async () => {
    await database.db.execute(sql`update adgangslog set nr = 100 where subjekt_noegle = ${karen} and nr = 2`);
    await database.db.execute(sql`update adgangslog set nr = 2 where subjekt_noegle = ${karen} and nr = 4`);
    await database.db.execute(sql`update adgangslog set nr = 4 where subjekt_noegle = ${karen} and nr = 100`);
    expect((await verifyChains(database.db)).broken).toMatchObject({ subjektNoegle: karen, nr: 2 });
  });

  it("keeps the chain whole when entries for one person are appended concurrently", async () => {
    await Promise.all(Array.from({ length: 10 }, (_, i) => appendLogEntry(database.db, entry(karen, 10 + i))));
    expect(await verifyChains(database.db)).toMatchObject({ entries: 20, broken: null });
  });
});
