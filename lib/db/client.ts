import path from "node:path";
import { drizzle as drizzlePg } from "drizzle-orm/node-postgres";
import { migrate as migratePg } from "drizzle-orm/node-postgres/migrator";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { Pool } from "pg";
import { PortalPGlite, SOM_TEKST } from "./pglite";
import * as schema from "./schema";

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;
export type Database = { db: Db; migrate: () => Promise<void>; close: () => Promise<void>; kind: "pglite" | "postgres" };

const migrationsFolder = path.join(process.cwd(), "drizzle");

/**
 * Opens the portal's database: PostgreSQL when a URL is given, otherwise embedded PGlite in a
 * folder ("memory://" for tests). Both run the same schema and the same migrations.
 */
export function openDatabase(options: { url?: string; pgliteDir: string }): Database {
  if (options.url) {
    // A server that does not answer is an error after 15 s, not a request that hangs; keep-alive
    // finds a connection to a server that went silent instead of waiting on it for many minutes.
    const pool = new Pool({ connectionString: options.url, max: 10, connectionTimeoutMillis: 15_000, keepAlive: true });
    // An idle connection dropped by the server (restart, failover) must not crash the process;
    // the pool replaces it on next use.
    pool.on("error", (error) => console.error("[database] forbindelse afbrudt:", error.message));
    const db = drizzlePg(pool, { schema });
    return {
      kind: "postgres",
      db,
      migrate: () => migratePg(db, { migrationsFolder }),
      close: () => pool.end(),
    };
  }
  const dataDir = options.pgliteDir.startsWith("memory://") ? options.pgliteDir : path.resolve(options.pgliteDir);
  const client = new PortalPGlite(dataDir, { parsers: SOM_TEKST });
  const db = drizzlePglite(client, { schema });
  return {
    kind: "pglite",
    db: db as unknown as Db,
    migrate: () => migratePglite(db, { migrationsFolder }),
    close: () => client.close(),
  };
}
