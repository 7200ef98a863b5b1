import { openDatabase } from "@/lib/db/client";
import { medarbejdere } from "@/lib/db/schema";
import { fullName, staff } from "@/mocks/personas";

/**
 * Creates and migrates the portal's database and seeds the demo staff directory. Runs before the
 * portal starts (PGlite allows one process per data folder) and is safe to run again.
 */
const demoMedarbejdere = [
  { p: staff.mette, enhed: "Borgerservice", email: "mette.lund@korsbaek.dk", telefon: "44 44 40 12" },
  { p: staff.jonas, enhed: "Ydelsesservice", email: "jonas.moller@korsbaek.dk", telefon: "44 44 41 37" },
];

async function main() {
  const database = openDatabase({ url: process.env.DATABASE_URL || undefined, pgliteDir: process.env.PGLITE_DIR ?? "data/pglite" });
  try {
    await database.migrate();
    for (const { p, enhed, email, telefon } of demoMedarbejdere) {
      const row = { id: p.uuid, navn: fullName(p), enhed, email, telefon, aktiv: true };
      await database.db.insert(medarbejdere).values(row).onConflictDoUpdate({ target: medarbejdere.id, set: row });
    }
    console.log(`[database] klar (${database.kind})`);
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  console.error("[database] kunne ikke oprettes:", error instanceof Error ? error.message : error);
  process.exit(1);
});
