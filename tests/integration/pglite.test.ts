import fc from "fast-check";
import { PGlite } from "@electric-sql/pglite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PortalPGlite, SOM_TEKST } from "@/lib/db/pglite";

const SKEMA = `create table t (
  id int primary key, tekst text, tal bigint, flag boolean, data jsonb, tid timestamptz, dato date, liste text[]
)`;
const INDSAET = "insert into t (id, tekst, tal, flag, data, tid, dato, liste) values ($1, $2, $3, $4, $5, $6, $7, $8) returning *";
const LAES = "select * from t where id = $1";

describe("PGlite with statements planned once", () => {
  let portal: PortalPGlite;
  let egen: PGlite;
  beforeAll(async () => {
    portal = new PortalPGlite("memory://", { parsers: SOM_TEKST });
    egen = new PGlite("memory://", { parsers: SOM_TEKST });
    await portal.exec(SKEMA);
    await egen.exec(SKEMA);
  });
  afterAll(async () => {
    await portal.close();
    await egen.close();
  });

  // Text Postgres can hold: no NUL character and no lone surrogate.
  const tekst = fc.string({ unit: "grapheme", maxLength: 40 }).map((s) => s.replaceAll("\0", ""));
  const raekke = fc.tuple(
    fc.option(tekst),
    fc.option(fc.bigInt({ min: -(2n ** 62n), max: 2n ** 62n })),
    fc.option(fc.boolean()),
    fc.option(fc.jsonValue({ maxDepth: 2 }).map((v) => JSON.stringify(v))),
    fc.option(fc.date({ min: new Date("1900-01-01"), max: new Date("2200-01-01"), noInvalidDate: true }).map((d) => d.toISOString())),
    fc.option(fc.constantFrom("2026-12-24", "1944-03-12", "2000-02-29")),
    fc.option(fc.array(tekst, { maxLength: 3 })),
  );

  it("writes and reads every value exactly as PGlite's own path does", async () => {
    let id = 0;
    await fc.assert(
      fc.asyncProperty(raekke, fc.constantFrom<"array" | "object">("array", "object"), async (vaerdier, rowMode) => {
        const params = [++id, ...vaerdier];
        const [skrevet, skrevetEgen] = [await portal.query(INDSAET, params, { rowMode }), await egen.query(INDSAET, params, { rowMode })];
        expect(skrevet.rows).toEqual(skrevetEgen.rows);
        expect(skrevet.fields).toEqual(skrevetEgen.fields);
        expect(skrevet.affectedRows).toBe(1);
        const [laest, laestEgen] = [await portal.query(LAES, [id], { rowMode }), await egen.query(LAES, [id], { rowMode })];
        expect(laest.rows).toEqual(laestEgen.rows);
      }),
      { numRuns: 300 },
    );
  });

  it("reports a constraint violation with its code and name, and the next query works", async () => {
    await portal.query(INDSAET, [1_000_000, "a", null, null, null, null, null, null]);
    const fejl = await portal.query(INDSAET, [1_000_000, "b", null, null, null, null, null, null]).catch((e: unknown) => e);
    expect(fejl).toMatchObject({ code: "23505", constraint: "t_pkey" });
    expect((await portal.query<{ tekst: string }>(LAES, [1_000_000])).rows).toEqual([expect.objectContaining({ tekst: "a" })]);
    await expect(portal.query("select * from findes_ikke")).rejects.toMatchObject({ code: "42P01" });
    await expect(portal.query("select * from findes_ikke")).rejects.toMatchObject({ code: "42P01" });
  });

  it("keeps a transaction's writes only when it commits, with other queries waiting for it", async () => {
    const ud = portal.transaction(async (tx) => {
      await tx.query(INDSAET, [2_000_000, "rulles tilbage", null, null, null, null, null, null]);
      throw new Error("fortryd");
    });
    const samtidig = portal.query(LAES, [2_000_000]);
    await expect(ud).rejects.toThrow("fortryd");
    expect((await samtidig).rows).toEqual([]);

    await portal.transaction(async (tx) => {
      await tx.query(INDSAET, [2_000_001, "bliver", null, null, null, null, null, null]);
      await expect(tx.query(INDSAET, [2_000_001, "dublet", null, null, null, null, null, null])).rejects.toMatchObject({ code: "23505" });
      await tx.rollback();
    });
    expect((await portal.query(LAES, [2_000_001])).rows).toEqual([]);
  });

  it("answers many queries in flight at once, each with its own rows", async () => {
    const ids = Array.from({ length: 50 }, (_, i) => 3_000_000 + i);
    await Promise.all(ids.map((id) => portal.query(INDSAET, [id, `nr ${id}`, null, null, null, null, null, null])));
    const svar = await Promise.all(ids.map((id) => portal.query<{ tekst: string }>(LAES, [id])));
    expect(svar.map((s) => s.rows[0]?.tekst)).toEqual(ids.map((id) => `nr ${id}`));
  });

  it("plans each statement once however often it runs", async () => {
    const planlagt = await portal.query<{ statement: string }>("select statement from pg_prepared_statements where statement = $1", [LAES]);
    expect(planlagt.rows).toEqual([{ statement: LAES }]);
  });
});
