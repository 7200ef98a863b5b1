import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { verifyChains } from "@/lib/access/log";
import { openDatabase } from "@/lib/db/client";

/**
 * `npm run log:verify`: walks every person's hash chain in the access log and reports the first
 * entry that was edited, deleted or moved. Exit code 0 = intact, 1 = broken, 2 = could not check.
 */
async function main() {
  const pgliteDir = process.env.PGLITE_DIR ?? "data/pglite";
  const lock = path.join(path.resolve(pgliteDir), "..", `${path.basename(pgliteDir)}.in-use`);
  if (!process.env.DATABASE_URL && existsSync(lock)) {
    console.error(
      `Portalen kører (pid ${readFileSync(lock, "utf8").trim()}) og har ${pgliteDir} åben; PGlite tillader kun én proces. ` +
        "Stop den med Ctrl-C og kør igen – eller brug DATABASE_URL.",
    );
    process.exit(2);
  }
  const database = openDatabase({ url: process.env.DATABASE_URL || undefined, pgliteDir });
  try {
    const result = await verifyChains(database.db);
    if (result.broken) {
      const b = result.broken;
      console.error(`Adgangsloggen er BRUDT: led ${b.nr}${b.id ? ` (id ${b.id})` : ""} – ${b.problem}.`);
      process.exitCode = 1;
    } else {
      console.log(`Adgangsloggen er hel: ${result.entries} poster for ${result.subjects} personer.`);
    }
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  console.error("Kunne ikke kontrollere adgangsloggen:", error instanceof Error ? error.message : error);
  process.exit(2);
});
