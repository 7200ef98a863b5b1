import "server-only";
import { and, desc, eq, gte, isNull, lte, or } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { samtykker, tredjeparter } from "@/lib/db/schema";
import { iUdbakke } from "@/lib/post/udbakke";
import { samtykkeBreve } from "./breve";
import type { SamtykkeStatus } from "./kategorier";

/** The samtykker table's rows, and every change to them: each change and its letter in one transaction. */
export type SamtykkeRaekke = typeof samtykker.$inferSelect;
export type NytSamtykke = typeof samtykker.$inferInsert;

export function samtykkeStatus(s: SamtykkeRaekke, now: Date): SamtykkeStatus {
  if (s.tilbagekaldt) return "tilbagekaldt";
  if (s.forbrugt) return now < s.gyldigTil ? "brugt" : "udloebet";
  return now < s.gyldigTil ? "aktiv" : "udloebet";
}

export async function findSamtykke(db: Db, id: string): Promise<SamtykkeRaekke | null> {
  const [row] = await db.select().from(samtykker).where(eq(samtykker.id, id));
  return row ?? null;
}

/** A citizen's sharing samtykker: current ones, and ended ones since the given date. */
export function forBorger(db: Db, cpr: string, tidligereSiden: Date): Promise<SamtykkeRaekke[]> {
  return db
    .select()
    .from(samtykker)
    .where(
      and(
        eq(samtykker.borgerCpr, cpr),
        or(isNull(samtykker.tilbagekaldt), gte(samtykker.tilbagekaldt, tidligereSiden)),
        gte(samtykker.gyldigTil, tidligereSiden),
      ),
    )
    .orderBy(desc(samtykker.oprettet));
}

/** Every samtykke a citizen has given, newest first (for the export). */
export function alleForBorger(db: Db, cpr: string): Promise<SamtykkeRaekke[]> {
  return db.select().from(samtykker).where(eq(samtykker.borgerCpr, cpr)).orderBy(desc(samtykker.oprettet));
}

/** The third parties a citizen can give samtykke to. */
export function modtagere(db: Db) {
  return db.select({ klientId: tredjeparter.klientId, navn: tredjeparter.navn, cvr: tredjeparter.cvr }).from(tredjeparter).where(eq(tredjeparter.aktiv, true));
}

/**
 * Creates a samtykke with its letter. The form's key is unique: a double submit returns the
 * samtykke the first submit made, and no second letter is written.
 */
export async function opretSamtykke(db: Db, row: NytSamtykke): Promise<SamtykkeRaekke> {
  return db.transaction(async (tx) => {
    const [created] = await tx.insert(samtykker).values(row).onConflictDoNothing().returning();
    if (!created) {
      const [same] = await tx.select().from(samtykker).where(eq(samtykker.formNoegle, row.formNoegle!));
      return same!;
    }
    await iUdbakke(tx as unknown as Db, samtykkeBreve(created, "givet"));
    return created;
  });
}

/** Revokes at once; of two simultaneous submits only one changes anything (the other gets null). */
export async function tilbagekaldSamtykke(db: Db, id: string, borgerCpr: string, now: Date): Promise<SamtykkeRaekke | null> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(samtykker)
      .set({ tilbagekaldt: now })
      .where(and(eq(samtykker.id, id), eq(samtykker.borgerCpr, borgerCpr), isNull(samtykker.tilbagekaldt)))
      .returning();
    if (row) await iUdbakke(tx as unknown as Db, samtykkeBreve(row, "tilbagekaldt"));
    return row ?? null;
  });
}

/**
 * Uses up a one-time samtykke for one access token. Conditional on not being used, so two
 * simultaneous token requests cannot both get one. A standing samtykke is never used up.
 */
export async function forbrug(db: Db, id: string, tokenId: string, now: Date): Promise<boolean> {
  const [row] = await db
    .update(samtykker)
    .set({ forbrugt: now, forbrugtAf: tokenId })
    .where(and(eq(samtykker.id, id), eq(samtykker.engangs, true), isNull(samtykker.forbrugt)))
    .returning({ id: samtykker.id });
  return Boolean(row);
}

/**
 * The lapse: a samtykke past its end gets its letter, once. Access never waits for this (the
 * policy checks the dates itself); the sweep makes the state and the letter follow.
 */
export async function efterseSamtykker(db: Db, now: Date, cpr?: string): Promise<void> {
  const udloebne = await db
    .select()
    .from(samtykker)
    .where(and(isNull(samtykker.ophoert), isNull(samtykker.tilbagekaldt), lte(samtykker.gyldigTil, now), cpr ? eq(samtykker.borgerCpr, cpr) : undefined));
  for (const s of udloebne) {
    await db.transaction(async (tx) => {
      const [row] = await tx
        .update(samtykker)
        .set({ ophoert: s.gyldigTil })
        .where(and(eq(samtykker.id, s.id), isNull(samtykker.ophoert)))
        .returning();
      if (row) await iUdbakke(tx as unknown as Db, samtykkeBreve(row, "udloebet"));
    });
  }
}
