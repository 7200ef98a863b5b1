import "server-only";
import { createHash, createHmac } from "node:crypto";
import { and, asc, count, desc, eq } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { adgangslog, adgangslogHoved } from "@/lib/db/schema";
import type { GrundlagType } from "./actions";

export const GENESIS = "0".repeat(64);

/** The subject of a log entry as a keyed pseudonym, so the log itself never holds a CPR number. */
export function pseudonym(secret: string, cpr: string): string {
  return createHmac("sha256", secret).update(`minedata:subjekt:${cpr}`).digest("hex");
}

export type NewLogEntry = {
  subjektNoegle: string;
  tidspunkt: Date;
  aktoerNavn: string;
  aktoerOrganisation: string;
  aktoerRolle: string;
  grundlagType: GrundlagType;
  grundlagId: string;
  kategori: string;
  objekt: string;
  formaal: string;
};

type Chained = NewLogEntry & { nr: number; forrigeHash: string };

/** The hash covers every field a citizen sees plus the chain position, so any edit shows. */
export function entryHash(e: Chained): string {
  const canonical = JSON.stringify([
    e.subjektNoegle,
    e.nr,
    e.tidspunkt.toISOString(),
    e.aktoerNavn,
    e.aktoerOrganisation,
    e.aktoerRolle,
    e.grundlagType,
    e.grundlagId,
    e.kategori,
    e.objekt,
    e.formaal,
    e.forrigeHash,
  ]);
  return createHash("sha256").update(canonical).digest("hex");
}

/**
 * Appends one entry to the subject's chain. The head row is locked for the transaction, so two
 * instances writing for the same person at once queue up instead of forking the chain.
 */
export async function appendLogEntry(db: Db, entry: NewLogEntry): Promise<{ id: string; nr: number }> {
  return db.transaction(async (tx) => {
    await tx
      .insert(adgangslogHoved)
      .values({ subjektNoegle: entry.subjektNoegle, nr: 0, hash: GENESIS })
      .onConflictDoNothing();
    const [head] = await tx
      .select()
      .from(adgangslogHoved)
      .where(eq(adgangslogHoved.subjektNoegle, entry.subjektNoegle))
      .for("update");
    const chained: Chained = { ...entry, nr: head!.nr + 1, forrigeHash: head!.hash };
    const hash = entryHash(chained);
    const [row] = await tx.insert(adgangslog).values({ ...chained, hash }).returning({ id: adgangslog.id });
    await tx
      .update(adgangslogHoved)
      .set({ nr: chained.nr, hash })
      .where(eq(adgangslogHoved.subjektNoegle, entry.subjektNoegle));
    return { id: row!.id, nr: chained.nr };
  });
}

export type ChainProblem = { subjektNoegle: string; nr: number; id: string | null; problem: string };

/** Walks every chain and reports the first entry that does not fit: edited, deleted or reordered. */
export async function verifyChains(db: Db): Promise<{ entries: number; subjects: number; broken: ChainProblem | null }> {
  const rows = await db.select().from(adgangslog).orderBy(asc(adgangslog.subjektNoegle), asc(adgangslog.nr));
  const heads = new Map((await db.select().from(adgangslogHoved)).map((h) => [h.subjektNoegle, h]));
  let subject: string | null = null;
  let expectedNr = 0;
  let previous = GENESIS;
  let subjects = 0;
  const endOf = (key: string): ChainProblem | null => {
    const head = heads.get(key);
    if (head && (head.nr !== expectedNr || head.hash !== previous)) {
      return { subjektNoegle: key, nr: expectedNr + 1, id: null, problem: "kæden slutter før sit seneste led: et led er slettet" };
    }
    return null;
  };
  for (const row of rows) {
    if (row.subjektNoegle !== subject) {
      if (subject) {
        const problem = endOf(subject);
        if (problem) return { entries: rows.length, subjects, broken: problem };
      }
      subject = row.subjektNoegle;
      subjects++;
      expectedNr = 0;
      previous = GENESIS;
    }
    const problem =
      row.nr !== expectedNr + 1
        ? `forventede led ${expectedNr + 1}, fandt ${row.nr}: et led mangler eller er flyttet`
        : row.forrigeHash !== previous
          ? "peger ikke på det forrige led: rækkefølgen er ændret eller et led er slettet"
          : entryHash(row) !== row.hash
            ? "indholdet passer ikke med hashen: leddet er ændret"
            : null;
    if (problem) return { entries: rows.length, subjects, broken: { subjektNoegle: row.subjektNoegle, nr: row.nr, id: row.id, problem } };
    expectedNr = row.nr;
    previous = row.hash;
  }
  const problem = subject ? endOf(subject) : null;
  return { entries: rows.length, subjects, broken: problem };
}

export type LogFilter = { aktoer?: string; kategori?: string };

/** One page of a subject's log, newest first, with the filter choices that exist for them. */
export async function logForSubject(db: Db, subjektNoegle: string, filter: LogFilter, page: { side: number; antal: number }) {
  const where = and(
    eq(adgangslog.subjektNoegle, subjektNoegle),
    filter.aktoer ? eq(adgangslog.aktoerNavn, filter.aktoer) : undefined,
    filter.kategori ? eq(adgangslog.kategori, filter.kategori) : undefined,
  );
  const [rows, [total], aktoerer, kategorier] = await Promise.all([
    db
      .select()
      .from(adgangslog)
      .where(where)
      .orderBy(desc(adgangslog.tidspunkt), desc(adgangslog.nr))
      .limit(page.antal)
      .offset((page.side - 1) * page.antal),
    db.select({ n: count() }).from(adgangslog).where(where),
    db.selectDistinct({ v: adgangslog.aktoerNavn }).from(adgangslog).where(eq(adgangslog.subjektNoegle, subjektNoegle)),
    db.selectDistinct({ v: adgangslog.kategori }).from(adgangslog).where(eq(adgangslog.subjektNoegle, subjektNoegle)),
  ]);
  return {
    poster: rows,
    total: total?.n ?? 0,
    aktoerer: aktoerer.map((a) => a.v).sort(),
    kategorier: kategorier.map((k) => k.v).sort(),
  };
}

