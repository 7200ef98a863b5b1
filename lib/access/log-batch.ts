import "server-only";
import type { Db } from "@/lib/db/client";
import { appendLogEntries, type NewLogEntry } from "./log";

/** At most this many entries in one transaction; the rest wait for the next. */
const MAKS_PR_TRANSAKTION = 100;
/**
 * A write that has not answered by then fails its readers (they are shown nothing), and the next
 * batch goes ahead: one hung write must not hold every later read of the person. If it commits
 * later, the entries are in the log for data that was never shown, the safe side.
 */
const VENT_MS = 10_000;

type Waiting = { entry: NewLogEntry; done: (error?: unknown) => void };

/** Per database, the subjects with a write in flight and the entries that arrived meanwhile. */
const inFlight = new WeakMap<Db, Map<string, Waiting[]>>();

function queuesOf(db: Db): Map<string, Waiting[]> {
  let queues = inFlight.get(db);
  if (!queues) inFlight.set(db, (queues = new Map()));
  return queues;
}

/**
 * Writes one access-log entry and resolves once it is committed (so the caller may then send the
 * data), or rejects if it could not be written. Entries for the same person that arrive while a
 * write for them is in flight go together in the next transaction: a page whose blocks are read
 * in parallel, or many requests for one person, take the chain's head lock once per batch
 * instead of queueing on it one entry at a time. Nothing waits for a timer: a lone entry is
 * written at once.
 */
export function writeLogEntry(db: Db, entry: NewLogEntry): Promise<void> {
  return new Promise((resolve, reject) => {
    const waiting: Waiting = { entry, done: (error) => (error === undefined ? resolve() : reject(error)) };
    const queues = queuesOf(db);
    const queue = queues.get(entry.subjektNoegle);
    if (queue) {
      queue.push(waiting);
      return;
    }
    queues.set(entry.subjektNoegle, []);
    void flush(db, entry.subjektNoegle, [waiting]);
  });
}

async function flush(db: Db, subjekt: string, batch: Waiting[]): Promise<void> {
  try {
    let timer: NodeJS.Timeout | undefined;
    const forSent = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`adgangsloggen svarede ikke inden ${VENT_MS} ms`)), VENT_MS);
    });
    await Promise.race([appendLogEntries(db, batch.map((w) => w.entry)), forSent]).finally(() => clearTimeout(timer));
    for (const w of batch) w.done();
  } catch (error) {
    for (const w of batch) w.done(error ?? new Error("adgangsloggen kunne ikke skrives"));
  }
  const queues = queuesOf(db);
  const queue = queues.get(subjekt)!;
  if (queue.length === 0) {
    queues.delete(subjekt);
    return;
  }
  void flush(db, subjekt, queue.splice(0, MAKS_PR_TRANSAKTION));
}
