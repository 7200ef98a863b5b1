import "server-only";
import { env } from "@/lib/env";
import { openDatabase, type Database, type Db } from "./client";

const globalForDb = globalThis as unknown as { __mineDataDb?: Database };

/** The server's one connection (pool), opened on first use – never at build time. */
export function db(): Db {
  globalForDb.__mineDataDb ??= openDatabase({ url: env().DATABASE_URL, pgliteDir: env().PGLITE_DIR });
  return globalForDb.__mineDataDb.db;
}

export * as schema from "./schema";
