import "server-only";
import { env } from "@/lib/env";
import { openDatabase, type Database, type Db } from "./client";

const globalForDb = globalThis as unknown as { __mineDataDb?: Database };

/** The server's one database handle (pool), opened on first use – never at build time. */
export function database(): Database {
  globalForDb.__mineDataDb ??= openDatabase({ url: env().DATABASE_URL, pgliteDir: env().PGLITE_DIR });
  return globalForDb.__mineDataDb;
}

export function db(): Db {
  return database().db;
}

export * as schema from "./schema";
