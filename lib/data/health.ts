import "server-only";
import { safeErrorInfo } from "./request-info";
import { sql } from "drizzle-orm";
import { db } from "@/lib/db";
import { ping } from "@/lib/fagsystemer/http";
import { FAGSYSTEMER, type FagsystemNavn } from "@/lib/fagsystemer/registry";

type Check = { status: "ok" | "fejl"; ms: number };

async function timed(name: string, check: () => Promise<string | null>): Promise<Check> {
  const start = performance.now();
  const problem = await check().catch((error: unknown) => safeErrorInfo(error));
  const ms = Math.round(performance.now() - start);
  // The endpoint is public: what went wrong goes to the server log, not into the answer.
  if (problem) console.error(`[health] ${name}: ${problem}`);
  return problem ? { status: "fejl", ms } : { status: "ok", ms };
}

/** Liveness of the portal's dependencies, all checked in parallel. */
export async function health() {
  const systems = Object.keys(FAGSYSTEMER) as FagsystemNavn[];
  const [database, ...checks] = await Promise.all([
    timed("database", async () => {
      await db().execute(sql`select 1`);
      return null;
    }),
    ...systems.map((system) =>
      timed(system, async () => {
        const result = await ping(system);
        return result.ok ? null : result.detail;
      }),
    ),
  ]);
  const fagsystemer = Object.fromEntries(systems.map((system, i) => [system, checks[i]!]));
  const ok = database!.status === "ok" && checks.every((c) => c.status === "ok");
  return { status: ok ? "ok" : "degraderet", database: database!, fagsystemer } as const;
}
