import "server-only";
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { forberedt } from "@/lib/db/forberedt";
import { forberedteHandlinger } from "@/lib/db/schema";

export type Forberedt = typeof forberedteHandlinger.$inferSelect;
const f = forberedteHandlinger;

/** Stores a prepared action once per form key: a double submit gives back the first one. */
export async function gem(db: Db, row: typeof f.$inferInsert): Promise<Forberedt> {
  const [ny] = await db.insert(f).values(row).onConflictDoNothing().returning();
  if (ny) return ny;
  const [samme] = await db.select().from(f).where(eq(f.formNoegle, row.formNoegle));
  return samme!;
}

/** What waits for the citizen's answer, oldest first. */
export function ventende(db: Db, borgerCpr: string): Promise<Forberedt[]> {
  return ventendeSql(db).execute({ borgerCpr });
}
const ventendeSql = forberedt((db) =>
  db
    .select()
    .from(f)
    .where(and(eq(f.borgerCpr, sql.placeholder("borgerCpr")), eq(f.status, "afventer")))
    .orderBy(asc(f.oprettet))
    .prepare("forberedte_ventende"),
);

/** What was prepared in one assisted session, for the staff member's console. */
export function iSession(db: Db, assisteretId: string): Promise<Forberedt[]> {
  return db.select().from(f).where(eq(f.assisteretId, assisteretId)).orderBy(asc(f.oprettet));
}

export async function findVentende(db: Db, id: string, borgerCpr: string): Promise<Forberedt | null> {
  const [row] = await db.select().from(f).where(and(eq(f.id, id), eq(f.borgerCpr, borgerCpr), eq(f.status, "afventer")));
  return row ?? null;
}

/** "Afvis" on a waiting action; the status is part of the condition, so only one answer counts. */
export async function afvist(db: Db, id: string, borgerCpr: string, now: Date): Promise<boolean> {
  const rows = await db
    .update(f)
    .set({ status: "afvist", besvaret: now })
    .where(and(eq(f.id, id), eq(f.borgerCpr, borgerCpr), eq(f.status, "afventer")))
    .returning({ id: f.id });
  return rows.length > 0;
}

/**
 * Records a carried-out "Godkend". "Afvis" pressed in another tab while the action ran may have
 * answered first; the action was done all the same, so the record says what happened.
 */
export async function godkendt(db: Db, id: string, borgerCpr: string, resultat: string, now: Date): Promise<void> {
  await db
    .update(f)
    .set({ status: "godkendt", resultat, besvaret: now })
    .where(and(eq(f.id, id), eq(f.borgerCpr, borgerCpr), inArray(f.status, ["afventer", "afvist"])));
}
