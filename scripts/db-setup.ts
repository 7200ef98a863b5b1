import { eq } from "drizzle-orm";
import { appendLogEntry, pseudonym, verifyChains, type NewLogEntry } from "@/lib/access/log";
import { openDatabase } from "@/lib/db/client";
import { adgangslog, assisteredeSessioner, medarbejdere, tredjeparter } from "@/lib/db/schema";
import { deterministicUuid } from "@/mocks/random";
import { citizens, fullName, staff } from "@/mocks/personas";

/**
 * Creates and migrates the portal's database and seeds the demo state: the staff directory and
 * Karen's access log (a finished assisted session and caseworker reads), so /log has something
 * true to show. Safe to run again: nothing is seeded twice.
 */
const demoMedarbejdere = [
  { p: staff.mette, enhed: "Borgerservice", email: "mette.lund@korsbaek.dk", telefon: "44 44 40 12" },
  { p: staff.jonas, enhed: "Ydelsesservice", email: "jonas.moller@korsbaek.dk", telefon: "44 44 41 37" },
];

const karensHjaelp = {
  id: deterministicUuid("seed:assisteret:karen"),
  borgerCpr: citizens.karen.cpr,
  borgerNavn: fullName(citizens.karen),
  medarbejderId: staff.mette.uuid,
  omraader: ["se:sager", "se:ydelser", "se:oplysninger"],
  startet: new Date("2026-10-14T08:02:00Z"),
  udloeber: new Date("2026-10-14T08:32:00Z"),
  afsluttet: new Date("2026-10-14T08:19:00Z"),
};

function karensLog(secret: string): NewLogEntry[] {
  const subjektNoegle = pseudonym(secret, citizens.karen.cpr);
  const mette = {
    subjektNoegle,
    aktoerNavn: fullName(staff.mette),
    aktoerOrganisation: "Korsbæk Kommune, Borgerservice",
    aktoerRolle: "Medarbejder",
    grundlagType: "assisteret" as const,
    grundlagId: karensHjaelp.id,
    formaal: "Du fik hjælp af Borgerservice",
  };
  const jonas = {
    subjektNoegle,
    aktoerNavn: fullName(staff.jonas),
    aktoerOrganisation: "Korsbæk Kommune, Ydelsesservice",
    aktoerRolle: "Sagsbehandler",
    grundlagType: "sagsbehandler" as const,
    grundlagId: deterministicUuid("sag:32.03.12-G01-7-25"),
    formaal: "Behandling af din sag",
  };
  return [
    { ...mette, tidspunkt: new Date("2026-10-14T08:05:00Z"), kategori: "se:sager", objekt: "Oversigten over sager" },
    { ...mette, tidspunkt: new Date("2026-10-14T08:07:00Z"), kategori: "se:oplysninger", objekt: "Navn og adresse" },
    { ...mette, tidspunkt: new Date("2026-10-14T08:12:00Z"), kategori: "se:ydelser", objekt: "Udbetalinger" },
    { ...jonas, tidspunkt: new Date("2026-11-03T12:40:00Z"), kategori: "se:sager", objekt: "Personligt tillæg til medicin" },
    { ...jonas, tidspunkt: new Date("2026-11-03T12:42:00Z"), kategori: "se:dokumenter", objekt: "Afgørelse om personligt tillæg til medicin" },
  ];
}

/**
 * The demo bank (mocks/bank) as a registered third party: its public key from DELING_DEMO_KLIENT,
 * which the start scripts make from the bank's own key pair. Kept up to date on every start.
 */
async function registrerDemoKlient(db: ReturnType<typeof openDatabase>["db"]) {
  if (!process.env.DELING_DEMO_KLIENT) return;
  const k = JSON.parse(process.env.DELING_DEMO_KLIENT) as { klientId: string; navn: string; cvr: string; jwk: Record<string, unknown> };
  const row = { klientId: k.klientId, navn: k.navn, cvr: k.cvr, jwks: { keys: [k.jwk] }, aktiv: true };
  await db.insert(tredjeparter).values(row).onConflictDoUpdate({ target: tredjeparter.klientId, set: row });
}

async function main() {
  const secret = process.env.LOG_PSEUDONYM_SECRET;
  if (!secret || secret.length < 32) {
    throw new Error("LOG_PSEUDONYM_SECRET mangler eller er for kort (missing or shorter than 32 characters)");
  }
  const database = openDatabase({ url: process.env.DATABASE_URL || undefined, pgliteDir: process.env.PGLITE_DIR ?? "data/pglite" });
  try {
    await database.migrate();
    const { db } = database;
    for (const { p, enhed, email, telefon } of demoMedarbejdere) {
      const row = { id: p.uuid, navn: fullName(p), enhed, email, telefon, aktiv: true };
      await db.insert(medarbejdere).values(row).onConflictDoUpdate({ target: medarbejdere.id, set: row });
    }
    await registrerDemoKlient(db);
    const entries = karensLog(secret);
    const [seeded] = await db.select({ id: adgangslog.id }).from(adgangslog).where(eq(adgangslog.subjektNoegle, entries[0]!.subjektNoegle)).limit(1);
    if (!seeded) {
      await db.insert(assisteredeSessioner).values(karensHjaelp).onConflictDoNothing();
      for (const entry of entries) await appendLogEntry(db, entry);
    }
    const chains = await verifyChains(db);
    if (chains.broken) console.error(`[database] ADVARSEL: adgangsloggen er brudt ved led ${chains.broken.nr}: ${chains.broken.problem}`);
    console.log(`[database] klar (${database.kind}); adgangslog: ${chains.entries} poster, kæden er ${chains.broken ? "BRUDT" : "hel"}`);
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  console.error("[database] kunne ikke oprettes:", error instanceof Error ? error.message : error);
  process.exit(1);
});
