import "server-only";
import { and, eq, gt, sql } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { forberedt } from "@/lib/db/forberedt";
import { assisteredeSessioner, fuldmagter, loginSessioner, medarbejdere } from "@/lib/db/schema";

/**
 * The statements behind resolveSession, run on every request (lib/db/forberedt.ts). A citizen
 * acting for themself, the common case, costs one small statement: the session and whether a
 * staff member is helping now. What a session acts under (a fuldmagt, or for staff the
 * employee and the assisted session) is read by a second one only when the session has it; on
 * PGlite a join of all four tables for every request cost twice the CPU of the two small reads.
 */
const statements = forberedt((database: Db) => ({
  session: database
    .select({
      s: loginSessioner,
      // Its own alias, so it never mixes with a joined assisted session.
      hjaelpIGang: sql<boolean>`exists (select 1 from assisterede_sessioner hjaelp where hjaelp.borger_cpr = ${loginSessioner.cpr} and hjaelp.medarbejder_id is not null and hjaelp.afsluttet is null and hjaelp.udloeber > ${sql.placeholder("domaeneNu")}::timestamptz)`,
    })
    .from(loginSessioner)
    .where(
      and(
        eq(loginSessioner.id, sql.placeholder("sessionId")),
        gt(loginSessioner.udloeber, sql.placeholder("now")),
        gt(loginSessioner.sidstAktiv, sql.placeholder("idleGraense")),
      ),
    )
    .prepare("resolve_session"),
  fuldmagt: database
    .select()
    .from(fuldmagter)
    .where(eq(fuldmagter.id, sql.placeholder("id")))
    .prepare("resolve_session_fuldmagt"),
  medarbejder: database
    .select({ m: medarbejdere, a: assisteredeSessioner })
    .from(medarbejdere)
    .leftJoin(assisteredeSessioner, eq(assisteredeSessioner.id, sql.placeholder("assisteretId")))
    .where(and(sql`${medarbejdere.id}::text = ${sql.placeholder("subject")}`, eq(medarbejdere.aktiv, true)))
    .prepare("resolve_session_medarbejder"),
}));

export type SessionOpslag = {
  s: typeof loginSessioner.$inferSelect;
  hjaelpIGang: boolean;
  /** The fuldmagt a citizen's session acts under, as it is now (null if it is gone). */
  f: typeof fuldmagter.$inferSelect | null;
  /** For staff: the employee, if still active, and the assisted session they work in. */
  m: typeof medarbejdere.$inferSelect | null;
  a: typeof assisteredeSessioner.$inferSelect | null;
};

/** The live login session (not expired, not idle) and what it acts under, or null. */
export async function laesSession(database: Db, sessionId: string, now: Date, idleGraense: Date, domaeneNu: Date): Promise<SessionOpslag | null> {
  const st = statements(database);
  const [row] = await st.session.execute({ sessionId, now: now.toISOString(), idleGraense: idleGraense.toISOString(), domaeneNu: domaeneNu.toISOString() });
  if (!row) return null;
  const { s } = row;
  const [f] = s.art === "borger" && s.fuldmagtId ? await st.fuldmagt.execute({ id: s.fuldmagtId }) : [];
  const [staff] = s.art === "medarbejder" ? await st.medarbejder.execute({ subject: s.subject, assisteretId: s.assisteretId }) : [];
  return { s, hjaelpIGang: row.hjaelpIGang === true, f: f ?? null, m: staff?.m ?? null, a: staff?.a ?? null };
}
