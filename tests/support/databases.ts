import { randomBytes } from "node:crypto";
import type { SetupServer } from "msw/node";
import { Client } from "pg";
import { afterAll, beforeAll } from "vitest";
import { openDatabase, type Database, type Db } from "@/lib/db/client";
import { useDatabase } from "./contexts";

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

/**
 * The database a describe block's tests share: opened on the block's backend and migrated before
 * its tests, made lib/db's one handle (so lib/data reads and logs there), then closed and, on
 * PostgreSQL, dropped. With `server`, the in-process fagsystem mocks listen for the same span.
 * The hooks take the config's hookTimeout: opening PGlite and migrating can take a while.
 */
export function blockDatabase(open: Backend[1], { server }: { server?: SetupServer } = {}): { database: () => Database; db: () => Db } {
  let opened: Awaited<ReturnType<Backend[1]>> | undefined;
  beforeAll(async () => {
    server?.listen({ onUnhandledRequest: "error" });
    opened = await open();
    await opened.database.migrate();
    useDatabase(opened.database);
  });
  afterAll(async () => {
    server?.close();
    await opened?.cleanup();
  });
  const database = () => {
    if (!opened) throw new Error("databasen er ikke åbnet endnu: brug den i en test eller et hook");
    return opened.database;
  };
  return { database, db: () => database().db };
}
