import { randomBytes } from "node:crypto";
import { Client } from "pg";
import { openDatabase, type Database } from "@/lib/db/client";

/** A throw-away database on the PostgreSQL server named by TEST_DATABASE_URL. */
export async function freshPostgres(adminUrl: string) {
  const name = `minedata_test_${randomBytes(4).toString("hex")}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const c = new Client({ connectionString: adminUrl });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}

export type Backend = [name: string, open: () => Promise<{ database: Database; cleanup: () => Promise<void> }>];

/** PGlite always; PostgreSQL as well when TEST_DATABASE_URL is set (as .ci/run does). */
export function backends(): Backend[] {
  const list: Backend[] = [
    [
      "PGlite",
      async () => {
        const database = openDatabase({ pgliteDir: "memory://" });
        return { database, cleanup: () => database.close() };
      },
    ],
  ];
  const pgUrl = process.env.TEST_DATABASE_URL;
  if (pgUrl) {
    list.push([
      "PostgreSQL",
      async () => {
        const pg = await freshPostgres(pgUrl);
        const database = openDatabase({ url: pg.url, pgliteDir: "unused" });
        return {
          database,
          cleanup: async () => {
            await database.close();
            await pg.drop();
          },
        };
      },
    ]);
  }
  return list;
}
