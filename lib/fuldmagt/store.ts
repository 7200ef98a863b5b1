import "server-only";
import { and, asc, desc, eq, gt, gte, inArray, isNull, lte, or, sql } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { forberedt } from "@/lib/db/forberedt";
import { fuldmagter } from "@/lib/db/schema";
import { iUdbakke } from "@/lib/post/udbakke";
import { fuldmagtBreve, type Haendelse } from "./breve";

/** The fuldmagter table's rows, and every change to them: each change and its letters in one transaction. */
export type FuldmagtRaekke = typeof fuldmagter.$inferSelect;
export type NyFuldmagt = typeof fuldmagter.$inferInsert;
type Status = FuldmagtRaekke["status"];

export async function findFuldmagt(db: Db, id: string): Promise<FuldmagtRaekke | null> {
  const [row] = await db.select().from(fuldmagter).where(eq(fuldmagter.id, id));
  return row ?? null;
}

/** A fuldmagt in force right now: approved, begun and not yet run out. The same rule in SQL and on a loaded row. */
export const gaelderNu = (f: Pick<FuldmagtRaekke, "status" | "gyldigFra" | "gyldigTil">, now: Date) =>
  f.status === "aktiv" && f.gyldigFra <= now && f.gyldigTil > now;
const gaelderNuSql = (now: Date) => and(eq(fuldmagter.status, "aktiv"), lte(fuldmagter.gyldigFra, now), gt(fuldmagter.gyldigTil, now));

/** The fuldmagter a holder can act under right now. */
export async function aktiveForHolder(db: Db, holderCpr: string, now: Date) {
  return db
    .select({ id: fuldmagter.id, giverNavn: fuldmagter.giverNavn, gyldigTil: fuldmagter.gyldigTil, privilegier: fuldmagter.privilegier })
    .from(fuldmagter)
    .where(and(eq(fuldmagter.fuldmaegtigCpr, holderCpr), gaelderNuSql(now)))
    .orderBy(asc(fuldmagter.giverNavn));
}

/**
 * Every fuldmagt one person is part of, as giver or holder: current ones, open requests, and ended
 * ones no older than the given date (they stay visible for 15 months, anchors item 1).
 */
export function forPerson(db: Db, cpr: string, tidligereSiden: Date): Promise<FuldmagtRaekke[]> {
  return forPersonSql(db).execute({ cpr, siden: tidligereSiden.toISOString() });
}
const forPersonSql = forberedt((db) => {
  const siden = sql.placeholder("siden");
  return db
    .select()
    .from(fuldmagter)
    .where(
      and(
        or(eq(fuldmagter.giverCpr, sql.placeholder("cpr")), eq(fuldmagter.fuldmaegtigCpr, sql.placeholder("cpr"))),
        or(inArray(fuldmagter.status, ["aktiv", "anmodet"]), gte(fuldmagter.tilbagekaldt, siden), gte(fuldmagter.ophoert, siden), gte(fuldmagter.besvaret, siden)),
      ),
    )
    .orderBy(desc(fuldmagter.oprettet))
    .prepare("fuldmagter_for_person");
});

/**
 * Creates a fuldmagt (given, requested or from paper) with its letters. The form's key is unique:
 * a double submit returns the fuldmagt the first submit made, and no second letter is written.
 */
export async function opret(db: Db, row: NyFuldmagt, haendelse: Haendelse): Promise<{ fuldmagt: FuldmagtRaekke; ny: boolean }> {
  return db.transaction(async (tx) => {
    const [created] = await tx.insert(fuldmagter).values(row).onConflictDoNothing().returning();
    if (!created) {
      const [same] = await tx.select().from(fuldmagter).where(eq(fuldmagter.formNoegle, row.formNoegle!));
      return { fuldmagt: same!, ny: false };
    }
    await iUdbakke(tx as unknown as Db, fuldmagtBreve(created, haendelse));
    return { fuldmagt: created, ny: true };
  });
}

/**
 * Moves a fuldmagt from one of the given states to another, with its letters, in one transaction.
 * The state is part of the condition, so of two simultaneous submits only one changes anything;
 * the other gets null and can say "already done".
 */
export async function skift(
  db: Db,
  id: string,
  fra: Status[],
  aendring: Partial<NyFuldmagt> & { status: Status },
  haendelse: Haendelse,
  ekstra?: { tilbagekaldtAf?: "giver" | "fuldmaegtig" },
): Promise<FuldmagtRaekke | null> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(fuldmagter)
      .set(aendring)
      .where(and(eq(fuldmagter.id, id), inArray(fuldmagter.status, fra)))
      .returning();
    if (!row) return null;
    await iUdbakke(tx as unknown as Db, fuldmagtBreve(row, haendelse, ekstra?.tilbagekaldtAf));
    return row;
  });
}

/** Active fuldmagter past their end, for the lifecycle sweep. */
export function udloebne(db: Db, now: Date) {
  return db
    .select()
    .from(fuldmagter)
    .where(and(eq(fuldmagter.status, "aktiv"), lte(fuldmagter.gyldigTil, now)));
}

/** Active fuldmagter ending within the warning period that have not been warned about. */
export function tilVarsel(db: Db, now: Date, graense: Date) {
  return db
    .select()
    .from(fuldmagter)
    .where(and(eq(fuldmagter.status, "aktiv"), isNull(fuldmagter.varslet), gt(fuldmagter.gyldigTil, now), lte(fuldmagter.gyldigTil, graense)));
}

/** Marks the warning as sent and writes its letters, once. */
export async function varsl(db: Db, id: string, now: Date): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(fuldmagter)
      .set({ varslet: now })
      .where(and(eq(fuldmagter.id, id), isNull(fuldmagter.varslet)))
      .returning();
    if (row) await iUdbakke(tx as unknown as Db, fuldmagtBreve(row, "varsel"));
    return row !== undefined;
  });
}

/** Active fuldmagter whose givers the sweep asks CPR about (oldest checked first). */
export function aktive(db: Db, maks: number) {
  return db
    .select()
    .from(fuldmagter)
    .where(eq(fuldmagter.status, "aktiv"))
    .orderBy(asc(fuldmagter.oprettet))
    .limit(maks);
}
