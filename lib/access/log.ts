import "server-only";
import { createHash, createHmac, randomUUID } from "node:crypto";
import { and, asc, count, desc, eq, sql } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { forberedt } from "@/lib/db/forberedt";
import { adgangslog, adgangslogHoved, spoergsmaal } from "@/lib/db/schema";
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

type Head = { nr: number; hash: string };
type Row = Chained & { id: string; hash: string };

/** The last head this process wrote or read per chain, so the next append needs no locked read. */
const knownHeads = new WeakMap<Db, Map<string, Head>>();
const MAKS_KENDTE_HOVEDER = 10_000;

function headsOf(db: Db): Map<string, Head> {
  let heads = knownHeads.get(db);
  if (!heads) knownHeads.set(db, (heads = new Map()));
  return heads;
}

function remember(db: Db, subjekt: string, head: Head) {
  const heads = headsOf(db);
  if (heads.size >= MAKS_KENDTE_HOVEDER) heads.clear();
  heads.set(subjekt, head);
}

function chain(entries: NewLogEntry[], head: Head): Row[] {
  let { nr, hash } = head;
  return entries.map((entry) => {
    const chained: Chained = { ...entry, nr: ++nr, forrigeHash: hash };
    hash = entryHash(chained);
    return { ...chained, id: randomUUID(), hash };
  });
}

/** The head's lists of who and what occur in the log, with the new entries' values added once. */
function valgMedNye(rows: Row[]) {
  const medNye = (kolonne: string, vaerdier: string[]) =>
    sql`${sql.identifier(kolonne)} = array(select distinct v from unnest(${sql.identifier(kolonne)} || array[${sql.join(
      [...new Set(vaerdier)].map((v) => sql`${v}`),
      sql`, `,
    )}]::text[]) as v)`;
  return sql`${medNye("aktoerer", rows.map((r) => r.aktoerNavn))}, ${medNye("kategorier", rows.map((r) => r.kategori))}`;
}

/**
 * One statement that moves the head only if it is still where this process last saw it, and
 * inserts the entries only if the head moved: no lock held across round trips, and a head moved
 * meanwhile (another instance) inserts nothing, so the caller takes the locking path instead.
 */
async function appendAfterKnownHead(db: Db, subjekt: string, head: Head, rows: Row[]): Promise<boolean> {
  const last = rows[rows.length - 1]!;
  const values = sql.join(
    rows.map(
      (r) =>
        sql`(${r.id}::uuid, ${r.subjektNoegle}, ${r.nr}::integer, ${r.tidspunkt.toISOString()}::timestamptz, ${r.aktoerNavn}, ${r.aktoerOrganisation}, ${r.aktoerRolle}, ${r.grundlagType}, ${r.grundlagId}, ${r.kategori}, ${r.objekt}, ${r.formaal}, ${r.forrigeHash}, ${r.hash})`,
    ),
    sql`, `,
  );
  const result = await db.execute(sql`
    with flyttet as (
      update adgangslog_hoved set nr = ${last.nr}, hash = ${last.hash}, ${valgMedNye(rows)}
      where subjekt_noegle = ${subjekt} and nr = ${head.nr} and hash = ${head.hash}
      returning 1
    )
    insert into adgangslog (id, subjekt_noegle, nr, tidspunkt, aktoer_navn, aktoer_organisation, aktoer_rolle, grundlag_type, grundlag_id, kategori, objekt, formaal, forrige_hash, hash)
    select * from (values ${values}) as v where exists (select 1 from flyttet)
    returning id`);
  // Both drivers (node-postgres, PGlite) answer with { rows }; Db's shared type does not say so.
  return (result as { rows: unknown[] }).rows.length === rows.length;
}

/** The head row is locked for the transaction, so two instances appending at once queue up instead of forking the chain. */
async function appendUnderLock(db: Db, subjekt: string, entries: NewLogEntry[]): Promise<Row[]> {
  return db.transaction(async (tx) => {
    await tx.insert(adgangslogHoved).values({ subjektNoegle: subjekt, nr: 0, hash: GENESIS }).onConflictDoNothing();
    const [head] = await tx.select().from(adgangslogHoved).where(eq(adgangslogHoved.subjektNoegle, subjekt)).for("update");
    const rows = chain(entries, head!);
    const last = rows[rows.length - 1]!;
    await tx.insert(adgangslog).values(rows);
    await tx.execute(sql`update adgangslog_hoved set nr = ${last.nr}, hash = ${last.hash}, ${valgMedNye(rows)} where subjekt_noegle = ${subjekt}`);
    return rows;
  });
}

/**
 * Appends entries, in order, to one subject's chain, atomically. Usually one statement after the
 * head this process last wrote; the first time, or when another instance wrote meanwhile, under
 * a lock on the head.
 */
export async function appendLogEntries(db: Db, entries: NewLogEntry[]): Promise<{ id: string; nr: number }[]> {
  const subjekt = entries[0]?.subjektNoegle;
  if (!subjekt) return [];
  if (entries.some((e) => e.subjektNoegle !== subjekt)) throw new Error("appendLogEntries: én kæde ad gangen");
  const known = headsOf(db).get(subjekt);
  let rows = known ? chain(entries, known) : null;
  if (!rows || !(await appendAfterKnownHead(db, subjekt, known!, rows))) rows = await appendUnderLock(db, subjekt, entries);
  const last = rows[rows.length - 1]!;
  remember(db, subjekt, { nr: last.nr, hash: last.hash });
  return rows.map((r) => ({ id: r.id, nr: r.nr }));
}

export async function appendLogEntry(db: Db, entry: NewLogEntry): Promise<{ id: string; nr: number }> {
  const [row] = await appendLogEntries(db, [entry]);
  return row!;
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

/**
 * One page of a subject's log, newest first, with the filter choices that exist for them. The
 * total and the choices are read from the chain's head, not counted over a log that may hold
 * thousands of entries; only a filtered page counts, and only the entries that match.
 */
export async function logForSubject(db: Db, subjektNoegle: string, filter: LogFilter, page: { side: number; antal: number }) {
  const [hoved] = await hovedSql(db).execute({ noegle: subjektNoegle });
  const valg = { aktoerer: (hoved?.aktoerer ?? []).sort(), kategorier: (hoved?.kategorier ?? []).sort() };
  const offset = (page.side - 1) * page.antal;
  if (!filter.aktoer && !filter.kategori) {
    const rows = hoved ? await logSideSql(db).execute({ noegle: subjektNoegle, antal: page.antal, offset }) : [];
    return { poster: rows, total: hoved?.nr ?? 0, ...valg };
  }
  const where = and(
    eq(adgangslog.subjektNoegle, subjektNoegle),
    filter.aktoer ? eq(adgangslog.aktoerNavn, filter.aktoer) : undefined,
    filter.kategori ? eq(adgangslog.kategori, filter.kategori) : undefined,
  );
  const rows = await db
    .select({ post: adgangslog, total: sql<number>`count(*) over ()`.mapWith(Number) })
    .from(adgangslog)
    .where(where)
    .orderBy(desc(adgangslog.tidspunkt), desc(adgangslog.nr))
    .limit(page.antal)
    .offset(offset);
  const total = rows.length ? rows[0]!.total : await db.$count(adgangslog, where);
  return { poster: rows.map((r) => r.post), total, ...valg };
}
const hovedSql = forberedt((db) =>
  db.select().from(adgangslogHoved).where(eq(adgangslogHoved.subjektNoegle, sql.placeholder("noegle"))).prepare("log_hoved"),
);
const logSideSql = forberedt((db) =>
  db
    .select()
    .from(adgangslog)
    .where(eq(adgangslog.subjektNoegle, sql.placeholder("noegle")))
    .orderBy(desc(adgangslog.tidspunkt), desc(adgangslog.nr))
    .limit(sql.placeholder("antal"))
    .offset(sql.placeholder("offset"))
    .prepare("log_side"),
);

/**
 * The forside's short list of a subject's log in one statement: the newest entries, how many there
 * are (the chain's head) and how many of the subject's questions wait for an answer. A question is
 * always about an entry in the same log, so a log without entries (no row to carry the count) has
 * none waiting.
 */
export async function logOverblik(db: Db, subjektNoegle: string, antal: number) {
  const rows = await logOverblikSql(db).execute({ noegle: subjektNoegle, antal });
  return { poster: rows.map((r) => r.post), total: rows[0]?.total ?? 0, ventende: rows[0]?.ventende ?? 0 };
}
const logOverblikSql = forberedt((db) => {
  const noegle = sql.placeholder("noegle");
  const ventende = db
    .select({ n: count() })
    .from(spoergsmaal)
    .where(and(eq(spoergsmaal.subjektNoegle, noegle), eq(spoergsmaal.status, "modtaget")));
  const total = db.select({ nr: adgangslogHoved.nr }).from(adgangslogHoved).where(eq(adgangslogHoved.subjektNoegle, noegle));
  return db
    .select({ post: adgangslog, total: sql<number>`(${total})`.mapWith(Number), ventende: sql<number>`(${ventende})`.mapWith(Number) })
    .from(adgangslog)
    .where(eq(adgangslog.subjektNoegle, noegle))
    .orderBy(desc(adgangslog.tidspunkt), desc(adgangslog.nr))
    .limit(sql.placeholder("antal"))
    .prepare("log_overblik");
});
