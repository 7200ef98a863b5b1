import "server-only";
import { and, asc, eq, gt, lte } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { fuldmagter } from "@/lib/db/schema";

/** The holders who can act for a giver right now, by name, with the end date. */
export async function aktiveForGiver(db: Db, giverCpr: string, now = new Date()) {
  const rows = await db
    .select({ navn: fuldmagter.fuldmaegtigNavn, gyldigTil: fuldmagter.gyldigTil })
    .from(fuldmagter)
    .where(and(eq(fuldmagter.giverCpr, giverCpr), eq(fuldmagter.status, "aktiv"), lte(fuldmagter.gyldigFra, now), gt(fuldmagter.gyldigTil, now)))
    .orderBy(asc(fuldmagter.fuldmaegtigNavn));
  return rows.map((r) => ({ navn: r.navn, gyldigTil: r.gyldigTil.toISOString() }));
}

/** The fuldmagter a holder can act under right now, with the giver's name and the end date. */
export async function aktiveForHolder(db: Db, holderCpr: string, now = new Date()) {
  return db
    .select({ id: fuldmagter.id, giverNavn: fuldmagter.giverNavn, gyldigTil: fuldmagter.gyldigTil, privilegier: fuldmagter.privilegier })
    .from(fuldmagter)
    .where(and(eq(fuldmagter.fuldmaegtigCpr, holderCpr), eq(fuldmagter.status, "aktiv"), lte(fuldmagter.gyldigFra, now), gt(fuldmagter.gyldigTil, now)))
    .orderBy(asc(fuldmagter.giverNavn));
}

export async function findFuldmagt(db: Db, id: string) {
  const [row] = await db.select().from(fuldmagter).where(eq(fuldmagter.id, id));
  return row ?? null;
}
