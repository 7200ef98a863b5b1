import { sql } from "drizzle-orm";
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
 * Whether the portal's own database answers now. The proxy asks before any page, route or
 * action runs, so a database that is down gives one Danish 503 instead of a failing render.
 */
export function databasenSvarer(): Promise<boolean> {
  const nu = Date.now();
  const sidst = g.__mineDataDbSvarer;
  if (sidst && nu - sidst.tid < GYLDIG_MS) return sidst.svar;
  const svar = new Promise<boolean>((resolve) => {
    const timer = setTimeout(() => resolve(false), VENT_MS);
    db()
      .execute(sql`select 1`)
      .then(
        () => resolve(true),
        () => resolve(false),
      )
      .finally(() => clearTimeout(timer));
  });
  g.__mineDataDbSvarer = { svar, tid: nu };
  return svar;
}

/** A query just failed: the next request asks the database again instead of trusting the last answer. */
export function glemDatabaseSvar(): void {
  g.__mineDataDbSvarer = undefined;
}
