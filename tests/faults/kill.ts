/**
 * npm run test:faults – every state change survives a killed server (the "proof" issue).
 *
 * Builds if needed, starts the mock fagsystemer, the MitID simulator and the portal (scripts/server.mjs,
 * as npm start does) on FAULTS_PORT_BASE (5100) with a fresh PGlite folder, or the PostgreSQL in
 * DATABASE_URL. Amir Hassan logs in through the real OIDC flow; then, per round, a burst of his
 * "Tilføj en oplysning til sagen" forms is posted the way a browser without JavaScript posts them,
 * SAMTIDIGE at a time, and the portal's process group gets SIGKILL at a random moment in the burst.
 * After each restart on the same database, every write that got no answer is sent again with the
 * same form (same `noegle`), as a person pressing reload does. At the end every acknowledged text
 * (a 303 from the action) must be on the sag exactly once, a resent form must not be stored
 * twice, and the access log's hash chains must be whole. Exit code 1 on any loss, duplicate or break.
 *
 * FAULTS_RUNDER (20) rounds · FAULTS_SKRIV (16) forms per round · FAULTS_SAMTIDIGE (8) in flight.
 */
import type { ChildProcess } from "node:child_process";
import { randomBytes, randomInt } from "node:crypto";
import { rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { ensureBuild, root } from "../../scripts/lib/ensure.mjs";
import { deterministicUuid } from "@/mocks/random";
import { hentFormular, login, noegleAf, send, tilfoejelserPaaSagen, type Felter } from "./citizen";
import { killAll, killHard, openLog, runNode, sleep, spawnGroup, stopGroup, waitReady, type Env } from "./processes";

const base = Number(process.env.FAULTS_PORT_BASE ?? 5100);
const RUNDER = Number(process.env.FAULTS_RUNDER ?? 20);
const SKRIV = Number(process.env.FAULTS_SKRIV ?? 16);
const SAMTIDIGE = Number(process.env.FAULTS_SAMTIDIGE ?? 8);
const SAG = deterministicUuid("sag:15.17.06-G01-44-25"); // Amir's sygedagpenge
const PORTAL = `http://localhost:${base}`;
// Unique per run, so a PostgreSQL database that already holds earlier runs' additions still counts right.
const KOERSEL = randomBytes(4).toString("hex");

// stack.mjs reads E2E_PORT_BASE when it is loaded, so it is imported after this is set.
process.env.E2E_PORT_BASE = String(base);
const { stackEnv } = await import("../../scripts/lib/stack.mjs");
// Our own PGlite folder, never the demo data; deleted at start, so a PGLITE_DIR in the environment is not used.
const pgliteDir = `data/faults-pglite-${base}`;
const env: Env = { ...stackEnv("e2e"), PGLITE_DIR: pgliteDir };
const postgres = Boolean(env.DATABASE_URL);
const lock = path.join(root, `${pgliteDir}.in-use`);
const databaseNavn = postgres ? `PostgreSQL ${String(env.DATABASE_URL).replace(/\/\/[^@/]*@/, "//…@")}` : `PGlite i ${pgliteDir} (ny)`;

type Skrivning = { tekst: string; felter: Felter; svar: string; kvitteret: "burst" | "genforsoeg" | null };
const skrivninger: Skrivning[] = [];
const taal = { iLuftenVedDrab: 0, gemtUdenSvar: 0, genstartMs: [] as number[] };

process.on("exit", () => {
  killAll();
  if (!postgres) rmSync(lock, { force: true });
});
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.on(signal, () => process.exit(130));

async function startPortal(): Promise<ChildProcess> {
  const start = Date.now();
  const portal = spawnGroup(["scripts/server.mjs"], { ...env, PORT: String(base), HOST: "localhost" });
  await waitReady(`${PORTAL}/api/health`, portal);
  taal.genstartMs.push(Date.now() - start);
  return portal;
}

/** One attempt at one write; a dead connection is remembered as unanswered, never as an error. */
async function skriv(s: Skrivning, cookie: string, hvornaar: "burst" | "genforsoeg") {
  try {
    s.svar = await send(PORTAL, SAG, cookie, s.felter, s.tekst);
  } catch (error) {
    s.svar = `ubesvaret (${error instanceof Error ? ((error.cause as Error | undefined)?.message ?? error.message) : String(error)})`;
  }
  if (s.svar === "kvitteret") s.kvitteret ??= hvornaar;
}

/** Runs the jobs with at most `n` at a time. */
async function samtidigt<T>(n: number, jobs: (() => Promise<T>)[]): Promise<T[]> {
  const results: T[] = [];
  let next = 0;
  const worker = async () => {
    while (next < jobs.length) {
      const i = next++;
      results[i] = await jobs[i]!();
    }
  };
  await Promise.all(Array.from({ length: n }, worker));
  return results;
}

/**
 * One burst of SKRIV forms, SAMTIDIGE in flight, and SIGKILL at a random moment inside it: after a
 * random number of answers (0 … SKRIV-1) plus up to 30 ms, so some writes are done, some in flight.
 * The forms are fetched first, so the kill lands among the POSTs that change state.
 */
async function burst(nr: number, portal: ChildProcess, cookie: string) {
  const formularer = await samtidigt(4, Array.from({ length: SKRIV }, () => () => hentFormular(PORTAL, SAG, cookie)));
  const koe = formularer.map((felter, i): Skrivning => ({ felter, tekst: `Nedbrudstest ${KOERSEL} runde ${nr} nr ${i + 1}: lægen har forlænget sygemeldingen`, svar: "", kvitteret: null }));
  const draebVedSvar = randomInt(0, SKRIV);
  let svar = 0;
  let iLuften = 0;
  let ramt = 0;
  let draebt = false;
  let drab: Promise<void> | null = null;
  const udloes = () => {
    drab ??= sleep(randomInt(0, 31)).then(() => {
      draebt = true;
      ramt = iLuften;
      taal.iLuftenVedDrab += iLuften;
      return killHard(portal);
    });
  };
  const worker = async () => {
    while (!draebt && koe.length) {
      const s = koe.shift()!;
      skrivninger.push(s);
      iLuften++;
      if (draebVedSvar === 0) udloes();
      await skriv(s, cookie, "burst");
      iLuften--;
      if (++svar === draebVedSvar) udloes();
    }
  };
  await Promise.all(Array.from({ length: SAMTIDIGE }, worker));
  udloes();
  await drab;
  const denne = skrivninger.filter((s) => s.tekst.includes(` runde ${nr} `));
  console.log(`  runde ${nr}/${RUNDER}: ${denne.length} sendt, ${denne.filter((s) => s.kvitteret).length} kvitteret, SIGKILL efter ${draebVedSvar} svar med ${ramt} i luften`);
}

/** After a restart: what got no 303 is sent again with the same form, up to three times. */
async function genforsoeg(cookie: string) {
  // Those the kill cut off after their commit: stored, never answered. Their resend must not store them again.
  const paaSagen = new Set(await tilfoejelserPaaSagen(PORTAL, SAG, cookie));
  taal.gemtUdenSvar += skrivninger.filter((s) => !s.kvitteret && paaSagen.has(s.tekst)).length;
  for (let gang = 1; gang <= 3; gang++) {
    const mangler = skrivninger.filter((s) => !s.kvitteret);
    if (!mangler.length) return;
    await samtidigt(4, mangler.map((s) => () => skriv(s, cookie, "genforsoeg")));
    if (mangler.some((s) => !s.kvitteret)) await sleep(1000);
  }
}

async function main() {
  const t0 = Date.now();
  const logfil = openLog(`test-results/faults-${base}.log`);
  console.log(`Nedbrudstest / kill test: ${RUNDER} runder à ${SKRIV} formularer, ${SAMTIDIGE} ad gangen, database: ${databaseNavn}`);
  console.log(`  serverlog: ${logfil}`);
  if (ensureBuild() !== 0) throw new Error("next build fejlede");
  if (!postgres) rmSync(path.join(root, pgliteDir), { recursive: true, force: true });
  if ((await runNode(["--conditions=react-server", "--import", "tsx", "scripts/db-setup.ts"], env, false)) !== 0) throw new Error("databasen kunne ikke oprettes (se serverloggen)");
  if (!postgres) writeFileSync(lock, String(process.pid));
  const mocks = spawnGroup(["--import", "tsx", "mocks/server.ts"], env);
  const mitid = spawnGroup(["--import", "tsx", "mocks/mitid/server.ts"], env);
  await Promise.all([waitReady(`${env.FAGSYSTEM_CPR_URL}/health`, mocks), waitReady(`${env.MITID_ISSUER}/.well-known/openid-configuration`, mitid)]);

  let portal = await startPortal();
  const cookie = await login(PORTAL, "Amir Hassan");
  for (let nr = 1; nr <= RUNDER; nr++) {
    await burst(nr, portal, cookie);
    portal = await startPortal();
    await genforsoeg(cookie);
  }

  // The same form twice (a double click, a reload after the answer): one addition.
  const kvitterede = skrivninger.filter((s) => s.kvitteret);
  const gensendt = kvitterede[randomInt(kvitterede.length)];
  const gensendtSvar = gensendt ? await send(PORTAL, SAG, cookie, gensendt.felter, gensendt.tekst) : "ingen at gensende";

  const paaSagen = (await tilfoejelserPaaSagen(PORTAL, SAG, cookie)).filter((t) => t.includes(`Nedbrudstest ${KOERSEL} `));
  const antal = new Map<string, number>();
  for (const t of paaSagen) antal.set(t, (antal.get(t) ?? 0) + 1);
  const sendte = new Set(skrivninger.map((s) => s.tekst));
  const tabt = kvitterede.filter((s) => !antal.has(s.tekst));
  const dubletter = [...antal].filter(([, n]) => n > 1);
  const fremmede = [...antal.keys()].filter((t) => !sendte.has(t));
  const ukvitterede = skrivninger.filter((s) => !s.kvitteret);

  // PGlite is one process's folder: the portal stops before the chain is read from here.
  await stopGroup(portal);
  if (!postgres) rmSync(lock, { force: true });
  const logKode = await runNode(["--conditions=react-server", "--import", "tsx", "scripts/log-verify.ts"], env, true);
  await Promise.all([stopGroup(mocks), stopGroup(mitid)]);

  const ms = taal.genstartMs.slice(1);
  const gensendtGange = gensendt ? (antal.get(gensendt.tekst) ?? 0) : 0;
  const fejl = [
    ...tabt.map((s) => `TABT / LOST: »${s.tekst}« (noegle ${noegleAf(s.felter)}, kvitteret i ${s.kvitteret})`),
    ...dubletter.map(([t, n]) => `DUBLET / DUPLICATE: »${t}« står ${n} gange`),
    ...fremmede.map((t) => `UKENDT / UNKNOWN: »${t}« blev aldrig sendt`),
    ...ukvitterede.map((s) => `IKKE KVITTERET efter genforsøg / never acknowledged: »${s.tekst}«: ${s.svar}`),
    ...(gensendtSvar === "kvitteret" ? [] : [`Gensendt formular / resent form: ${gensendtSvar}`]),
    ...(logKode === 0 ? [] : [`Adgangsloggen / access log: log:verify gav kode ${logKode}`]),
  ];
  for (const linje of fejl) console.error(`  ${linje}`);
  console.log(`
  Nedbrudstest / kill test – ${databaseNavn}
    runder / rounds (SIGKILL) ........... ${RUNDER}
    sendt / writes sent ................. ${skrivninger.length} (i luften ved SIGKILL / in flight at the kill: ${taal.iLuftenVedDrab})
    kvitteret / acknowledged (303) ...... ${kvitterede.length} (${kvitterede.filter((s) => s.kvitteret === "burst").length} straks / at once, ${kvitterede.filter((s) => s.kvitteret === "genforsoeg").length} efter genforsøg med samme noegle / after a resend)
    gemt uden svar / stored, unanswered . ${taal.gemtUdenSvar} (og så sendt igen / then resent)
    på sagen / on the sag ............... ${antal.size}
    tabt / lost ......................... ${tabt.length}
    dubletter / duplicates .............. ${dubletter.length} (gensendt formular / resent form: ${gensendtSvar}, står ${gensendtGange} gang${gensendtGange === 1 ? "" : "e"} / stored ${gensendtGange}×)
    adgangslog / access log chain ....... ${logKode === 0 ? "hel / intact" : "BRUDT eller ikke kontrolleret / BROKEN or not checked"}
    genstart / restart to healthy ....... ${ms.length ? `${Math.round(ms.reduce((a, b) => a + b, 0) / ms.length)} ms i snit, højst ${Math.max(...ms)} ms` : "–"}
    tid / time .......................... ${((Date.now() - t0) / 1000).toFixed(0)} s
  ${fejl.length ? "FEJL / FAILED" : "OK: hver kvitteret ændring overlevede / every acknowledged change survived"}`);
  return fejl.length ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error("Nedbrudstesten kunne ikke gennemføres / could not run:", error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
