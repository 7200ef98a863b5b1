import { spawn } from "node:child_process";
import { generateKeyPairSync, randomBytes } from "node:crypto";
import { createWriteStream, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { root } from "./ensure.mjs";

/** Every fagsystem the portal calls; locally all are served by the mock server, one path each. */
const fagsystemer = ["cpr", "sdi", "ydelsesindeks", "organisation", "klassifikation", "eindkomst", "pension", "digitalpost"];

const e2ePortBase = Number(process.env.E2E_PORT_BASE ?? 3100);

const profiles = {
  start: { portal: 3000, mitid: 4000, mocks: 4010, bank: 4020, pgliteDir: "data/pglite", dev: false },
  dev: { portal: 3000, mitid: 4000, mocks: 4010, bank: 4020, pgliteDir: "data/pglite", dev: true },
  // The browser tests get their own ports and a fresh database, so they never touch demo data.
  // E2E_PORT_BASE lets two test runs share a machine.
  e2e: {
    portal: e2ePortBase,
    mitid: e2ePortBase + 1000,
    mocks: e2ePortBase + 1010,
    bank: e2ePortBase + 1020,
    pgliteDir: `data/e2e-pglite-${e2ePortBase}`,
    dev: false,
    fresh: true,
  },
};

/** Local defaults for everything the portal needs; anything set in the environment wins. */
/**
 * Node flags for the portal's own process. A server-rendered page allocates a lot that dies at
 * once; a larger young generation (64 MB semi-spaces, V8's default is 16) lets it die there instead
 * of being copied and promoted. Measured with `npm run bench` on PostgreSQL, 32 connections, two
 * back-to-back runs: portal CPU per page 10–30 % lower, 9–39 % more req/s; young generation up to 3 × 64 MB.
 */
export const PORTAL_NODE_ARGS = ["--max-semi-space-size=64"];

export function stackEnv(mode) {
  const p = profiles[mode];
  const portalUrl = `http://localhost:${p.portal}`;
  const env = {
    NEXT_TELEMETRY_DISABLED: "1",
    AUTH_URL: portalUrl,
    AUTH_SECRET: localSecret("auth-secret"),
    LOG_PSEUDONYM_SECRET: localSecret("log-pseudonym-secret"),
    MITID_ISSUER: `http://localhost:${p.mitid}`,
    MITID_PORT: String(p.mitid),
    MITID_CLIENT_ID: "mine-data-korsbaek",
    MITID_CLIENT_SECRET: "lokal-simulator-hemmelighed",
    MITID_REDIRECT_URIS: `${portalUrl}/api/auth/callback/mitid`,
    MITID_POST_LOGOUT_REDIRECT_URIS: `${portalUrl}/`,
    MOCK_PORT: String(p.mocks),
    ...Object.fromEntries(
      fagsystemer.map((system) => [`FAGSYSTEM_${system.toUpperCase()}_URL`, `http://localhost:${p.mocks}/${system}`]),
    ),
    PGLITE_DIR: p.pgliteDir,
    // The portal signs receipts and access tokens with its own key; the demo bank (mocks/bank)
    // holds its private key, and the portal knows only the public half (registered at start).
    SIGNERINGSNOEGLE: JSON.stringify(localKey("signeringsnoegle")),
    BANK_PORT: String(p.bank),
    BANK_NOEGLE: JSON.stringify(localKey("andelskassen-noegle")),
    DELING_DEMO_KLIENT: JSON.stringify({ klientId: "andelskassen", navn: "Andelskassen", cvr: "12345678", jwk: offentlig(localKey("andelskassen-noegle")) }),
    // Browser tests log in dozens of times a minute from one address, and may move the portal's
    // clock forward to see fuldmagter expire (lib/klokke.ts). Their fixed "now" (MINE_DATA_NU) comes
    // from playwright.config.ts.
    ...(mode === "e2e" ? { LOGIN_MAX_PR_MINUT: "1000", MINEDATA_TESTKLOK: "1" } : {}),
    ...process.env,
  };
  // Next sets NODE_ENV itself; a test runner's "test" would leak into the production server.
  delete env.NODE_ENV;
  return env;
}

/** A per-machine secret kept under data/, so sessions and log pseudonyms survive a restart. */
function localSecret(name) {
  const file = path.join(root, "data", name);
  if (!existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  }
  return readFileSync(file, "utf8").trim();
}

/** A per-machine EC P-256 private key (JWK) kept under data/, generated on first use. */
function localKey(name) {
  const file = path.join(root, "data", `${name}.jwk.json`);
  if (!existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true });
    const jwk = generateKeyPairSync("ec", { namedCurve: "P-256" }).privateKey.export({ format: "jwk" });
    writeFileSync(file, JSON.stringify(jwk), { mode: 0o600 });
  }
  return JSON.parse(readFileSync(file, "utf8"));
}

/** The public half of a private JWK. */
function offentlig({ kty, crv, x, y }) {
  return { kty, crv, x, y };
}

const children = [];
let stopping = false;
/** In e2e runs every child's output is also kept in a file, so a test can check the server logs. */
let logFile = null;

function start(name, args, env) {
  // Same process group as this script: a Ctrl-C or a test runner's group kill reaches every child.
  const child = spawn(process.execPath, args, { cwd: root, env, stdio: logFile ? ["ignore", "pipe", "pipe"] : "inherit" });
  if (logFile) {
    child.stdout.on("data", (chunk) => (process.stdout.write(chunk), logFile.write(chunk)));
    child.stderr.on("data", (chunk) => (process.stderr.write(chunk), logFile.write(chunk)));
  }
  children.push({ name, child });
  child.on("exit", (code, signal) => {
    if (stopping) return;
    console.error(`\n[${name}] stoppede uventet (${signal ?? `kode ${code}`}). Stopper resten.`);
    stop(1);
  });
  return child;
}

export function stop(code = 0) {
  if (stopping) return;
  stopping = true;
  for (const { child } of children) {
    if (child.exitCode === null) child.kill("SIGTERM");
  }
  setTimeout(() => process.exit(code), 1500).unref();
  Promise.all(children.map(({ child }) => (child.exitCode === null ? new Promise((r) => child.once("exit", r)) : null))).then(
    () => process.exit(code),
  );
}

async function waitFor(url, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url);
      if (response.status < 500) return true;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return false;
}

function runOnce(args, env) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { cwd: root, env, stdio: "inherit" });
    child.on("exit", (code) => resolve(code ?? 1));
  });
}

/** Starts fagsystem mocks, the MitID simulator, the database and the portal; Ctrl-C stops them all. */
export async function runStack(mode) {
  const p = profiles[mode];
  const env = stackEnv(mode);
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) process.on(signal, () => stop(0));
  if (mode === "e2e") {
    mkdirSync(path.join(root, "test-results"), { recursive: true });
    logFile = createWriteStream(path.join(root, `test-results/server-${p.portal}.log`));
  }

  if (p.fresh && !env.DATABASE_URL) rmSync(path.join(root, p.pgliteDir), { recursive: true, force: true });
  if ((await runOnce(["--conditions=react-server", "--import", "tsx", "scripts/db-setup.ts"], env)) !== 0) process.exit(1);

  // Marks the PGlite folder as open, so log:verify does not open it from a second process.
  const lock = path.join(root, `${p.pgliteDir}.in-use`);
  if (!env.DATABASE_URL) {
    writeFileSync(lock, String(process.pid));
    process.on("exit", () => rmSync(lock, { force: true }));
  }

  start("fagsystemer", ["--import", "tsx", "mocks/server.ts"], env);
  start("mitid", ["--import", "tsx", "mocks/mitid/server.ts"], env);
  start("bank", ["--import", "tsx", "mocks/bank/server.ts"], env);
  // The portal starts once its fagsystemer, MitID and the demo bank answer: whoever polls /api/health
  // (a test runner, a load balancer) then never gets "ready" while the mocks are still seeding.
  const dependencies = await Promise.all(
    [`http://localhost:${p.mocks}/cpr/health`, `${env.MITID_ISSUER}/.well-known/openid-configuration`, `http://localhost:${p.bank}/health`].map((url) => waitFor(url, 120_000)),
  );
  if (dependencies.every(Boolean)) {
    // PORTAL_CPU_PROFIL=<folder>: V8 writes a CPU profile of the portal there when it stops (bench/profil.mjs sums it up).
    const profil = env.PORTAL_CPU_PROFIL ? ["--cpu-prof", `--cpu-prof-dir=${env.PORTAL_CPU_PROFIL}`] : [];
    start("portal", [...PORTAL_NODE_ARGS, ...profil, "scripts/server.mjs", ...(p.dev ? ["--dev"] : [])], { ...env, PORT: String(p.portal), HOST: "localhost" });
  }
  const ready = dependencies.every(Boolean) && (await waitFor(`${env.AUTH_URL}/api/health`, 120_000));
  if (!ready) {
    console.error("Portalen, MitID-simulatoren eller fagsystemerne svarede ikke inden for 2 minutter.");
    stop(1);
    return;
  }
  console.log(`
  Mine Data kører.

    Portal ........... ${env.AUTH_URL}
    MitID-simulator .. ${env.MITID_ISSUER}
    Fagsystemer ...... http://localhost:${p.mocks} (mock)
    Andelskassen ..... http://localhost:${p.bank} (demo-bank, der henter med samtykke)
    Sundhed .......... ${env.AUTH_URL}/api/health
    Database ......... ${env.DATABASE_URL ? "PostgreSQL (DATABASE_URL)" : `PGlite i ${env.PGLITE_DIR}`}

  Demo-logins (vælg på simulatorens side efter "Log ind med MitID"):
    Borgere ......... Karen Jensen, Ole Jensen, Amir Hassan, Sofie Nielsen, Bent Holm, Test Storforbruger
    Medarbejdere .... Mette Lund (Borgerservice), Jonas Møller (Ydelsesservice)

  Stop med Ctrl-C.
`);
}
