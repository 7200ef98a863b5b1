/**
 * npm run bench:load – the load of issue 14 against the production build, one command.
 *
 * Starts the whole stack (scripts/e2e-stack.mjs: fresh PGlite folder, or a fresh database on the
 * PostgreSQL in DATABASE_URL) on LOAD_PORT_BASE (default 3800), with MOCK_BENCH_BORGERE generated
 * citizens and the mock fagsystemer at a fixed latency per system (MOCK_FAULTS, 20–80 ms), runs
 * koerLoad (bench/load/index.ts), stops the stack and counts the stored requests in the database.
 * Exit code 1 when any answer was an error, a step was not answered as a browser expects, or the
 * database does not hold exactly LOAD_RETTELSER sent requests.
 *
 * The LOAD_* settings are in indstillinger.ts; LOAD_URL (comma-separated) runs against portals
 * already running, with MOCK_BENCH_BORGERE set there (no stack, no database count).
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, openSync, writeFileSync } from "node:fs";
import path from "node:path";
import { nyPostgresDatabase, taelRettelser, type Optaelling } from "./database";
import { koerLoad } from "./index";
import { RETTELSER, latensTekst, loadIndstillinger, loadMockEnv } from "./indstillinger";
import { udskriv } from "./rapport";

const base = Number(process.env.LOAD_PORT_BASE ?? process.env.BENCH_PORT_BASE ?? 3800);

const log = (linje: string) => process.stderr.write(`${linje}\n`);
const root = path.resolve(import.meta.dirname, "../..");

async function vent(url: string, stack: ChildProcess, sekunder = 180) {
  const slut = Date.now() + sekunder * 1000;
  while (Date.now() < slut) {
    if (stack.exitCode !== null) throw new Error("stakken stoppede under opstart (se loggen)");
    if (await fetch(url).then((r) => r.ok, () => false)) return;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${url} svarede ikke inden ${sekunder} s`);
}

function stop(stack: ChildProcess): Promise<void> {
  if (stack.exitCode !== null || stack.pid === undefined) return Promise.resolve();
  const slut = new Promise<void>((r) => stack.once("exit", () => r()));
  // e2e-stack.mjs stops its children itself on SIGTERM.
  stack.kill("SIGTERM");
  return slut;
}

async function main(): Promise<number> {
  const faelles = loadIndstillinger(log);
  if (process.env.LOAD_URL) {
    const resultat = await koerLoad({ ...faelles, portaler: process.env.LOAD_URL.split(",") });
    udskriv(resultat, { database: "(kørende portal)", latens: "som sat der", optaelling: null });
    return resultat.ok ? 0 : 1;
  }

  const postgres = process.env.DATABASE_URL ? await nyPostgresDatabase(process.env.DATABASE_URL) : null;
  const pgliteDir = `data/e2e-pglite-${base}`;
  const logfil = path.join(root, `test-results/load-${base}.log`);
  mkdirSync(path.dirname(logfil), { recursive: true });
  const fd = openSync(logfil, "w");
  const env = { ...process.env, E2E_PORT_BASE: String(base), ...loadMockEnv(), ...(postgres ? { DATABASE_URL: postgres } : {}) };
  const database = postgres ? `PostgreSQL (ny database ${new URL(postgres).pathname.slice(1)})` : `PGlite (${pgliteDir}, ny)`;
  log(`Starter portal, MitID-simulator og fagsystemer på http://localhost:${base} (${database}); log: ${path.relative(root, logfil)}`);
  // Not detached: on this shared machine process ids are reused within minutes, and a group of our
  // own would be open to another script's stale `kill(-pid)`. The stack stops its children on SIGTERM.
  const stack = spawn(process.execPath, ["scripts/e2e-stack.mjs"], { cwd: root, env, stdio: ["ignore", fd, fd] });
  process.on("exit", () => {
    if (stack.exitCode === null) stack.kill("SIGTERM");
  });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => process.exit(130));
  await vent(`http://localhost:${base}/api/health`, stack);

  const resultat = await koerLoad({ ...faelles, portaler: `http://localhost:${base}` });
  await stop(stack);
  let optaelling: Optaelling | null = null;
  try {
    optaelling = await taelRettelser(postgres ? { postgres } : { pglite: path.join(root, pgliteDir) });
  } catch (error) {
    log(`Kunne ikke tælle i databasen: ${error instanceof Error ? error.message : error}`);
  }
  udskriv(resultat, { database, latens: latensTekst, optaelling });
  writeFileSync(path.join(root, `test-results/load-${postgres ? "postgres" : "pglite"}.json`), JSON.stringify({ ...resultat, database, optaelling, dato: new Date().toISOString() }, null, 2));
  const iDatabasen = optaelling !== null && optaelling.sendte === RETTELSER && optaelling.kladder === 0;
  return resultat.ok && iDatabasen ? 0 : 1;
}

main().then(
  (kode) => process.exit(kode),
  (error: unknown) => {
    console.error("bench:load kunne ikke gennemføres:", error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
