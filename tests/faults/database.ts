/**
 * npm run test:faults (second part) – the portal's own database becomes unavailable.
 *
 * Runs the portal (scripts/server.mjs, as npm start does) on a fresh PostgreSQL database reached
 * through a small TCP relay in this script, so the database can be cut and restored without
 * stopping the server others use. Amir Hassan logs in and reads his pages; then, while eight
 * readers keep asking for pages and the API, the relay drops every connection and refuses new ones
 * for a while, and then lets them through again. Checked:
 *   - once the portal has seen the database go, every page is a Danish 503 (Retry-After) and every
 *     API call a Danish 4xx/5xx JSON, with no stack trace and none of Amir's data;
 *   - answers in flight at the very moment of the cut are the page as read, or the same 503;
 *   - /api/health names the database as the failing part;
 *   - after the database is back, the pages answer 200 with Amir's data again without a restart.
 * Needs a PostgreSQL: DATABASE_URL or TEST_DATABASE_URL (as .ci/run sets); without one it says so and
 * exits 0. FAULTS_PORT_BASE (5200).
 */
import { randomBytes } from "node:crypto";
import net from "node:net";
import { Client } from "pg";
import { ensureBuild } from "../../scripts/lib/ensure.mjs";
import { deterministicUuid } from "@/mocks/random";
import { login } from "./citizen";
import { killAll, openLog, runNode, sleep, spawnGroup, stopGroup, waitReady, type Env } from "./processes";

const base = Number(process.env.FAULTS_PORT_BASE ?? 5200);
const PORTAL = `http://localhost:${base}`;
const RELAE_PORT = base + 40;
const adminUrl = process.env.DATABASE_URL ?? process.env.TEST_DATABASE_URL;
const SAG = deterministicUuid("sag:15.17.06-G01-44-25"); // Amir's sygedagpenge
const SIDER = ["/", "/sager", `/sager/${SAG}`, "/ydelser", "/log", "/api/v1/sager"];
/** What only Amir's own pages show: if any of it appears while the database is down, data leaked. */
const AMIRS_DATA = ["Amir Hassan", "Sygedagpenge"];
const STAKSPOR = /\n\s+at |node_modules|\.tsx?:\d+|TypeError|ReferenceError|ECONNREFUSED|ECONNRESET/;

process.env.E2E_PORT_BASE = String(base);
const { stackEnv } = await import("../../scripts/lib/stack.mjs");

process.on("exit", () => killAll());
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.on(signal, () => process.exit(130));

/** A TCP relay to PostgreSQL that can be cut (every connection dropped, new ones refused) and restored. */
function relae(target: URL) {
  const sockets = new Set<net.Socket>();
  let aaben = true;
  const server = net.createServer((klient) => {
    if (!aaben) return klient.destroy();
    const pg = net.connect(Number(target.port || 5432), target.hostname);
    for (const s of [klient, pg]) {
      sockets.add(s);
      s.on("error", () => undefined);
      s.on("close", () => sockets.delete(s));
    }
    klient.pipe(pg).pipe(klient);
    klient.on("close", () => pg.destroy());
    pg.on("close", () => klient.destroy());
  });
  return {
    start: () => new Promise<void>((resolve) => server.listen(RELAE_PORT, "127.0.0.1", resolve)),
    afbryd() {
      aaben = false;
      for (const s of sockets) s.destroy();
    },
    genopret() {
      aaben = true;
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

async function adminQuery(text: string) {
  const c = new Client({ connectionString: adminUrl });
  await c.connect();
  try {
    await c.query(text);
  } finally {
    await c.end();
  }
}

type Svar = { sti: string; status: number; type: string; retryAfter: string | null; tekst: string };

async function hent(sti: string, cookie: string): Promise<Svar> {
  try {
    const r = await fetch(`${PORTAL}${sti}`, { headers: { cookie }, signal: AbortSignal.timeout(15_000) });
    return { sti, status: r.status, type: r.headers.get("content-type") ?? "", retryAfter: r.headers.get("retry-after"), tekst: await r.text() };
  } catch (error) {
    return { sti, status: 0, type: "", retryAfter: null, tekst: error instanceof Error ? error.message : String(error) };
  }
}

/** Why an answer given while the database is down is wrong, or null when it is the Danish 503. */
function fejlVedNede(s: Svar): string | null {
  if (STAKSPOR.test(s.tekst)) return "viser et stakspor eller en teknisk fejltekst";
  const laek = AMIRS_DATA.find((d) => s.tekst.includes(d));
  if (laek) return `viser »${laek}« uden database`;
  if (s.status !== 503) return `svarede ${s.status}, ikke 503`;
  if (s.retryAfter === null) return "mangler Retry-After";
  if (s.sti.startsWith("/api/")) return s.type.includes("json") && /kan ikke/.test(s.tekst) ? null : "API-svaret er ikke dansk JSON";
  return s.tekst.includes('lang="da"') && s.tekst.includes("Prøv igen om lidt") ? null : "siden er ikke den danske fejlside";
}

async function main() {
  if (!adminUrl) {
    console.log("Databasetest / database fault test: sprunget over, ingen PostgreSQL (sæt DATABASE_URL eller TEST_DATABASE_URL).");
    return 0;
  }
  const t0 = Date.now();
  const logfil = openLog(`test-results/faults-database-${base}.log`);
  console.log(`Databasetest / database fault test: PostgreSQL bag et relæ på port ${RELAE_PORT}\n  serverlog: ${logfil}`);
  if (ensureBuild() !== 0) throw new Error("next build fejlede");
  const navn = `minedata_nede_${randomBytes(4).toString("hex")}`;
  await adminQuery(`create database ${navn}`);
  const maal = new URL(adminUrl);
  const gennemRelae = new URL(adminUrl);
  gennemRelae.host = `127.0.0.1:${RELAE_PORT}`;
  gennemRelae.pathname = `/${navn}`;
  const r = relae(maal);
  await r.start();
  const env: Env = { ...stackEnv("e2e"), DATABASE_URL: gennemRelae.toString() };
  const fejl: string[] = [];
  try {
    if ((await runNode(["--conditions=react-server", "--import", "tsx", "scripts/db-setup.ts"], env, false)) !== 0) throw new Error("databasen kunne ikke oprettes");
    const mocks = spawnGroup(["--import", "tsx", "mocks/server.ts"], env);
    const mitid = spawnGroup(["--import", "tsx", "mocks/mitid/server.ts"], env);
    await Promise.all([waitReady(`${env.FAGSYSTEM_CPR_URL}/health`, mocks), waitReady(`${env.MITID_ISSUER}/.well-known/openid-configuration`, mitid)]);
    const portal = spawnGroup(["scripts/server.mjs"], { ...env, PORT: String(base), HOST: "localhost" });
    await waitReady(`${PORTAL}/api/health`, portal);
    const cookie = await login(PORTAL, "Amir Hassan");
    for (const s of await Promise.all(SIDER.map((sti) => hent(sti, cookie)))) {
      if (s.status !== 200) fejl.push(`Før afbrydelsen: ${s.sti} svarede ${s.status}`);
    }

    // Eight readers keep going; the cut lands among their requests.
    let koerer = true;
    let afbrudt = false;
    const underAfbrydelse: Svar[] = [];
    const iLuften: Svar[] = [];
    const laesere = Array.from({ length: 8 }, async (_, i) => {
      for (let n = i; koerer; n++) {
        const sendtEfterAfbrydelse = afbrudt;
        const s = await hent(SIDER[n % SIDER.length]!, cookie);
        if (afbrudt) (sendtEfterAfbrydelse ? underAfbrydelse : iLuften).push(s);
      }
    });
    await sleep(1500);
    r.afbryd();
    afbrudt = true;
    await sleep(4000);
    const sundhed = await hent("/api/health", "");
    koerer = false;
    await Promise.all(laesere);

    // The first answers after the cut may come before the portal has met the failure; after that, only the 503.
    const efterFoersteNej = underAfbrydelse.slice(underAfbrydelse.findIndex((s) => s.status === 503));
    for (const s of efterFoersteNej) {
      const problem = fejlVedNede(s);
      if (problem) fejl.push(`Under afbrydelsen: ${s.sti} ${problem}`);
    }
    // In flight at the cut: the page as it was read, or the same Danish 503 (a redirect back to it), never a failed render.
    for (const s of iLuften) {
      const problem = s.status === 200 ? (STAKSPOR.test(s.tekst) ? "viser et stakspor" : null) : fejlVedNede(s);
      if (problem) fejl.push(`Ved afbrydelsen: ${s.sti} ${problem}`);
    }
    for (const s of underAfbrydelse) if (STAKSPOR.test(s.tekst)) fejl.push(`Under afbrydelsen: ${s.sti} (${s.status}) viser et stakspor`);
    if (!efterFoersteNej.length) fejl.push("Portalen svarede aldrig 503, mens databasen var væk");
    if (sundhed.status !== 503 || !/"database":\{"status":"fejl"/.test(sundhed.tekst)) fejl.push(`/api/health nævnte ikke databasen: ${sundhed.status} ${sundhed.tekst.slice(0, 120)}`);

    r.genopret();
    await sleep(1500);
    const igen = await Promise.all(SIDER.map((sti) => hent(sti, cookie)));
    for (const s of igen) if (s.status !== 200) fejl.push(`Efter genopretning: ${s.sti} svarede ${s.status}`);
    const forside = igen[0]!;
    if (!forside.tekst.includes("Amir Hassan")) fejl.push("Efter genopretning viser forsiden ikke Amirs data");

    const talPrStatus = (l: Svar[]) => {
      const tal = new Map<number, number>();
      for (const s of l) tal.set(s.status, (tal.get(s.status) ?? 0) + 1);
      return [...tal].map(([status, n]) => `${status}: ${n}`).join(", ");
    };
    console.log(`
  Databasetest / database fault test
    i luften ved afbrydelsen / in flight at the cut .. ${iLuften.length} (${talPrStatus(iLuften) || "–"})
    sendt under afbrydelsen / sent while down ...... ${underAfbrydelse.length} (${talPrStatus(underAfbrydelse) || "–"})
    /api/health under afbrydelsen ................... ${sundhed.status}
    efter genopretning / after restore ............. ${talPrStatus(igen)}
    tid / time ...................................... ${((Date.now() - t0) / 1000).toFixed(0)} s`);
    await Promise.all([stopGroup(portal), stopGroup(mocks), stopGroup(mitid)]);
  } finally {
    await r.stop();
    await adminQuery(`drop database if exists ${navn} with (force)`).catch(() => undefined);
  }
  for (const linje of [...new Set(fejl)]) console.error(`  ${linje}`);
  console.log(`  ${fejl.length ? "FEJL / FAILED" : "OK: uden database en dansk 503 og ingen data; bagefter virker alt igen"}`);
  return fejl.length ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error("Databasetesten kunne ikke gennemføres / could not run:", error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
