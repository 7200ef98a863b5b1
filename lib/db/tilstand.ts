import { sql } from "drizzle-orm";
import { Client } from "pg";
import { env } from "@/lib/env";
import { db } from "./index";

/** The proxy passes the requested path and query on, so a page can send the browser back to it. */
export const STI_HEADER = "x-minedata-sti";

/** A healthy answer is trusted this long; the proxy asks on every request, the database at most once a second. */
const GYLDIG_MS = 1000;
/** A database that does not answer within this is down for the visitor, not a page that hangs. */
const VENT_MS = 2000;

type Svar = { svar: Promise<boolean>; tid: number };
// On globalThis like the handle itself, so the proxy and the pages share one answer.
const g = globalThis as unknown as { __mineDataDbSvarer?: Svar };

/**
 * PostgreSQL is asked on a connection of its own, not through the pool: a busy pool is not a
 * database that is down, and a probe that times out must not keep a pool connection waiting on
 * a server that went silent. PGlite runs in this process and answers or fails at once.
 */
async function proev(): Promise<boolean> {
  const url = env().DATABASE_URL;
  if (!url) return db().execute(sql`select 1`).then(() => true);
  const client = new Client({ connectionString: url, connectionTimeoutMillis: VENT_MS, query_timeout: VENT_MS });
  client.on("error", () => undefined);
  try {
    await client.connect();
    await client.query("select 1");
    return true;
  } finally {
    void client.end().catch(() => undefined);
  }
}

/**
 * Whether the portal's own database answers now. The proxy asks before any page, route or
 * action runs, so a database that is down gives one Danish 503 instead of a failing render.
 * `tidligst`: a query just failed, so only an answer asked for after that time counts (a burst
 * of failures within a moment shares one new question).
 */
export function databasenSvarer(tidligst = 0): Promise<boolean> {
  const nu = Date.now();
  const sidst = g.__mineDataDbSvarer;
  if (sidst && sidst.tid >= tidligst && nu - sidst.tid < GYLDIG_MS) return sidst.svar;
  const svar = new Promise<boolean>((resolve) => {
    const timer = setTimeout(() => resolve(false), VENT_MS);
    Promise.resolve()
      .then(proev)
      .then(resolve, () => resolve(false))
      .finally(() => clearTimeout(timer));
  });
  g.__mineDataDbSvarer = { svar, tid: nu };
  return svar;
}
