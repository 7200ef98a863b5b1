import "server-only";
import { sql } from "drizzle-orm";
import { db } from "@/lib/db";
import { pingCpr } from "@/lib/fagsystemer/cpr/client";
import { pingSdi } from "@/lib/fagsystemer/sdi/client";

type Check = { status: "ok" | "fejl"; ms: number; detalje?: string };

async function timed(check: () => Promise<string | null>): Promise<Check> {
  const start = performance.now();
  try {
    const problem = await check();
    const ms = Math.round(performance.now() - start);
    return problem ? { status: "fejl", ms, detalje: problem } : { status: "ok", ms };
  } catch (error) {
    return { status: "fejl", ms: Math.round(performance.now() - start), detalje: error instanceof Error ? error.message : "ukendt fejl" };
  }
}

const fagsystem = (ping: () => Promise<{ ok: boolean; detail?: string }>) => async () => {
  const result = await ping();
  return result.ok ? null : (result.detail ?? "utilgængelig");
};

/** Liveness of the portal's dependencies, checked in parallel. */
export async function health() {
  const [database, cpr, sdi] = await Promise.all([
    timed(async () => {
      await db().execute(sql`select 1`);
      return null;
    }),
    timed(fagsystem(pingCpr)),
    timed(fagsystem(pingSdi)),
  ]);
  const fagsystemer = { cpr, sdi };
  const ok = database.status === "ok" && Object.values(fagsystemer).every((c) => c.status === "ok");
  return { status: ok ? "ok" : "degraderet", database, fagsystemer } as const;
}
