/**
 * npm run bench – performance figures, side by side in one run (issues 5, 9, 14):
 *   1. `/` for Karen vs a static response of the same server, 32 connections; then every
 *      logged-in citizen page vs the logged-out /log-ind, with the portal's and the mock
 *      fagsystemer's CPU per answer (from /proc) next to req/s and p50/p99
 *   2. `/` and `/sager` for the Storforbruger (2,000 sager, 20,000 payments) vs Karen
 *   3. `/` for Karen with one fagsystem (SDI) given 200 ms latency: ≈ 200 ms + overhead, not the sum
 *   4. `/` for Ole acting for Karen under a fuldmagt vs Karen's own `/` (target: within 10 %)
 *   5. The Storforbruger's copy of all data (/eksport/minedata.json and /eksport/kopi): time, size,
 *      and how much the portal process's memory (VmRSS) grows while it streams (target: < 50 MB)
 *
 * Starts the built app (NEXT_DIST_DIR, default .next) with the MitID simulator and the mock
 * fagsystemer on their own ports (BENCH_PORT_BASE, default 3500), logs in with the real OIDC
 * flow in Chromium to get session cookies, then measures with autocannon. Not part of npm test.
 * BENCH_SIDER=1, BENCH_FULDMAGT=1, BENCH_EKSPORT=1 or BENCH_KUN=<paths> measure one part only.
 */
import { readdirSync, readFileSync } from "node:fs";
import { PG_DATABASE, cpuMs, postgresCpuMs, rssKb } from "./proc";
import { CHROMIUM, cookieFor, koer, startStack, vent } from "./stack";
import autocannon, { type Result } from "autocannon";
import { chromium } from "@playwright/test";

const base = Number(process.env.BENCH_PORT_BASE ?? 3500);
const PORTAL = `http://localhost:${base}`;
const MOCKS = `http://localhost:${base + 1010}`;
const SEKUNDER = Number(process.env.BENCH_SEKUNDER ?? 10);
const FORBINDELSER = 32;

const { stack, stop } = startStack(base);

const dato = (dage: number) => new Date(Date.now() + dage * 86_400_000).toISOString().slice(0, 10);

/**
 * Karen gives Ole a fuldmagt for sager, ydelser and oplysninger (the forside blocks she sees
 * herself, minus the self-only ones), and Ole chooses to act for her: his cookie then reads her /.
 */
async function oleForKaren(): Promise<string> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox", "--disable-gpu"] });
  try {
    const karen = await browser.newPage();
    await karen.goto(`${PORTAL}/fuldmagter/ny`);
    await karen.getByRole("button", { name: "Log ind med MitID" }).click();
    await karen.getByRole("button", { name: /^Karen Jensen/ }).click();
    await karen.getByLabel("Fulde navn").fill("Ole Jensen");
    await karen.getByLabel("Dag", { exact: true }).fill("5");
    await karen.getByLabel("Måned", { exact: true }).fill("7");
    await karen.getByLabel("År", { exact: true }).fill("1942");
    for (const p of ["Se sager", "Se ydelser og udbetalinger", "Se oplysninger"]) await karen.getByLabel(p, { exact: true }).check();
    await karen.getByLabel(/slutte\?$/).fill(dato(90));
    await karen.getByRole("button", { name: "Fortsæt" }).click();
    await karen.getByRole("button", { name: "Giv fuldmagten" }).click();
    await karen.waitForURL(/kvittering=1/);
    const ole = await (await browser.newContext()).newPage();
    await ole.goto(PORTAL);
    await ole.getByRole("button", { name: "Log ind med MitID" }).click();
    await ole.getByRole("button", { name: /^Ole Jensen/ }).click();
    await ole.getByRole("button", { name: "Handl for Karen Jensen" }).click();
    await ole.getByRole("region", { name: "Du handler for en anden" }).waitFor();
    const cookies = await ole.context().cookies(PORTAL);
    return cookies.map((c) => `${c.name}=${c.value}`).join("; ");
  } finally {
    await browser.close();
  }
}

/** CPU milliseconds per request in the portal's process, the mock fagsystemer's and PostgreSQL's backends (when used). */
type Cpu = { portal: number; mocks: number; postgres: number };
type Raekke = { maaling: string; result: Result; cpu: Cpu };
const raekker: Raekke[] = [];

async function maal(maaling: string, path: string, cookie?: string, connections = FORBINDELSER) {
  const url = `${PORTAL}${path}`;
  // A warm-up at the same load, so JIT, caches and the mock seed do not count.
  await autocannon({ url, connections, duration: Math.min(3, SEKUNDER), headers: cookie ? { cookie } : {} });
  const pids = { portal: portalPid(), mocks: processPid("mocks/server.ts") };
  const foer = { portal: cpuMs(pids.portal), mocks: cpuMs(pids.mocks), postgres: postgresCpuMs() };
  const result = await autocannon({ url, connections, duration: SEKUNDER, headers: cookie ? { cookie } : {} });
  const svar = Math.max(1, result.requests.total);
  const cpu = {
    portal: (cpuMs(pids.portal) - foer.portal) / svar,
    mocks: (cpuMs(pids.mocks) - foer.mocks) / svar,
    postgres: (postgresCpuMs() - foer.postgres) / svar,
  };
  raekker.push({ maaling: `${maaling} (${connections} forb.)`, result, cpu });
  process.stderr.write(
    `  ${maaling}: ${Math.round(result.requests.average)} req/s, p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, CPU ${cpu.portal.toFixed(1)} + ${cpu.mocks.toFixed(1)}${PG_DATABASE ? ` + ${cpu.postgres.toFixed(1)}` : ""} ms/svar\n`,
  );
}

/** The stack's descendants whose command line matches, the one using the most memory first. */
function processPid(...kendetegn: string[]): number {
  const boern = new Map<number, number[]>();
  for (const navn of readdirSync("/proc").filter((n) => /^\d+$/.test(n))) {
    try {
      const ppid = Number(readFileSync(`/proc/${navn}/stat`, "utf8").split(") ")[1]!.split(" ")[1]);
      boern.set(ppid, [...(boern.get(ppid) ?? []), Number(navn)]);
    } catch {
      // gone meanwhile
    }
  }
  const efterkommere: number[] = [];
  const koe = [stack.pid!];
  while (koe.length) {
    for (const b of boern.get(koe.shift()!) ?? []) {
      efterkommere.push(b);
      koe.push(b);
    }
  }
  const fundet = efterkommere.filter((pid) => {
    try {
      const cmdline = readFileSync(`/proc/${pid}/cmdline`, "utf8");
      return kendetegn.some((k) => cmdline.includes(k));
    } catch {
      return false;
    }
  });
  return fundet.sort((a, b) => rssKb(b) - rssKb(a))[0] ?? 0;
}

/** The portal's process: Next runs in scripts/server.mjs. */
const portalPid = () => processPid("scripts/server.mjs", "next");

type Eksportmaaling = { maaling: string; sekunder: number; mb: number; foerMb: number; topMb: number; vaekstMb: number };
const eksportRaekker: Eksportmaaling[] = [];

/**
 * Streams one copy the way a browser downloads it, reading the body as it comes, while the portal
 * process's resident memory is sampled every 50 ms from /proc. Growth = the highest sample during
 * the download minus the level just before it.
 */
async function maalEksport(maaling: string, path: string, cookie: string) {
  const pid = portalPid();
  if (!pid) throw new Error("portalens proces blev ikke fundet");
  const foer = rssKb(pid);
  let top = foer;
  const sampler = setInterval(() => (top = Math.max(top, rssKb(pid))), 50);
  const start = Date.now();
  let bytes = 0;
  const svar = await fetch(`${PORTAL}${path}`, { headers: { cookie } });
  const reader = svar.body!.getReader();
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
  }
  clearInterval(sampler);
  top = Math.max(top, rssKb(pid));
  if (!svar.ok) throw new Error(`${path} svarede ${svar.status}`);
  const r = { maaling, sekunder: (Date.now() - start) / 1000, mb: bytes / 1e6, foerMb: foer / 1024, topMb: top / 1024, vaekstMb: (top - foer) / 1024 };
  eksportRaekker.push(r);
  process.stderr.write(`  ${maaling}: ${r.sekunder.toFixed(1)} s, ${r.mb.toFixed(1)} MB, RSS ${r.foerMb.toFixed(0)} → ${r.topMb.toFixed(0)} MB (+${r.vaekstMb.toFixed(1)} MB)\n`);
}

async function eksportMaalinger(stor: string, karen: string) {
  // A small copy first, so code paths and caches are warm and do not count as growth.
  await maalEksport("Kopi (JSON) Karen, opvarmning", "/eksport/minedata.json", karen);
  // The first large copy in a fresh process also pays for V8 growing its heap to a working size
  // once (measured outside Next, the export's own heap after GC stays flat); it is shown, and the
  // target is checked on the copies after it.
  await maalEksport("Kopi (JSON) Storforbruger, første i processen", "/eksport/minedata.json", stor);
  await maalEksport("Kopi (JSON) Storforbruger", "/eksport/minedata.json", stor);
  await maalEksport("Kopi (HTML) Storforbruger", "/eksport/kopi", stor);
}

/**
 * Every logged-in citizen page against the logged-out /log-ind in the same run: the portal's CPU
 * per answer is the figure that decides how many citizens one process serves (target: at most
 * 2× /log-ind, and at least half its throughput).
 */
async function sideMaalinger(karen: string) {
  const sager = await fetch(`${PORTAL}/sager`, { headers: { cookie: karen } }).then((r) => r.text());
  const sag = /href="(\/sager\/[^"?#]+)"/.exec(sager)?.[1];
  if (!sag) throw new Error("Karens sagsliste viste ingen sag at måle på");
  await maal("/log-ind (logget ud)", "/log-ind");
  for (const path of ["/", "/sager", sag, "/ydelser", "/oplysninger", "/log", "/fuldmagter"]) {
    await maal(`${path === sag ? "/sager/[id]" : path} Karen`, path, karen);
  }
}

async function main() {
  process.stderr.write(`Starter portal, MitID-simulator og fagsystemer på ${PORTAL} …\n`);
  await vent(`${PORTAL}/api/health`, 120);
  const karen = await cookieFor(PORTAL, "Karen Jensen");
  const stor = await cookieFor(PORTAL, "Test Storforbruger");
  // Sanity: the cookies give the logged-in forside, not the login page.
  for (const [navn, cookie] of [["Karen Jensen", karen], ["Test Storforbruger", stor]] as const) {
    const html = await fetch(`${PORTAL}/`, { headers: { cookie } }).then((r) => r.text());
    if (!html.includes("Goddag") || !html.includes(navn)) throw new Error(`Login som ${navn} virkede ikke`);
  }
  await fetch(`${MOCKS}/__admin/fejl`, { method: "DELETE" });

  // BENCH_EKSPORT=1 measures only the copies of all data (the memory figure).
  if (process.env.BENCH_EKSPORT) {
    await eksportMaalinger(stor, karen);
    return udskriv();
  }
  // BENCH_KUN="/ydelser,/oplysninger" measures just those pages for Karen (for finding a bottleneck).
  if (process.env.BENCH_KUN) {
    for (const path of process.env.BENCH_KUN.split(",")) await maal(`${path} Karen`, path, karen);
    return udskriv();
  }
  // BENCH_SIDER=1 measures only the CPU-per-page table.
  if (process.env.BENCH_SIDER) {
    await sideMaalinger(karen);
    return udskriv();
  }
  // BENCH_FULDMAGT=1 measures only Ole acting for Karen between two of Karen's own rows.
  if (process.env.BENCH_FULDMAGT) {
    const ole = await oleForKaren();
    await maal("/ Karen", "/", karen);
    await maal("/ Ole for Karen (fuldmagt)", "/", ole);
    await maal("/ Karen (igen, ved siden af)", "/", karen);
    await maal("/ Ole for Karen (fuldmagt)", "/", ole, 1);
    await maal("/ Karen", "/", karen, 1);
    return udskriv();
  }
  await maal("Statisk svar (/api/v1/openapi.json)", "/api/v1/openapi.json");
  await sideMaalinger(karen);
  await maal("/ Karen", "/", karen);
  await maal("/ Storforbruger", "/", stor);
  await maal("/sager Karen", "/sager", karen);
  await maal("/sager Storforbruger", "/sager", stor);
  const ole = await oleForKaren();
  await maal("/ Ole for Karen (fuldmagt)", "/", ole);
  await maal("/ Karen (igen, ved siden af)", "/", karen);
  await maal("/ Karen, ingen forsinkelse", "/", karen, 1);
  await fetch(`${MOCKS}/__admin/fejl/sdi`, { method: "PUT", headers: { "content-type": "application/json" }, body: JSON.stringify({ latencyMs: 200 }) });
  await maal("/ Karen, SDI +200 ms", "/", karen, 1);
  await maal("/ Karen, SDI +200 ms", "/", karen);
  await fetch(`${MOCKS}/__admin/fejl`, { method: "DELETE" });
  await eksportMaalinger(stor, karen);
  udskriv();
}

function udskriv() {
  const fejl = raekker.filter((r) => r.result.non2xx > 0 || r.result.errors > 0);
  console.log("");
  const pg = PG_DATABASE ? " CPU PostgreSQL ms/svar |" : "";
  console.log(`| måling | req/s | p50 ms | p99 ms | CPU portal ms/svar | CPU fagsystemer ms/svar |${pg} svar | fejl/ikke-2xx |`);
  console.log(`| --- | ---: | ---: | ---: | ---: | ---: |${pg ? " ---: |" : ""} ---: | ---: |`);
  for (const { maaling, result, cpu } of raekker) {
    console.log(
      `| ${maaling} | ${result.requests.average.toFixed(1)} | ${result.latency.p50} | ${result.latency.p99} | ${cpu.portal.toFixed(1)} | ${cpu.mocks.toFixed(1)} |${pg ? ` ${cpu.postgres.toFixed(1)} |` : ""} ${result.requests.total} | ${result.errors + result.non2xx} |`,
    );
  }
  if (eksportRaekker.length) {
    console.log("\n| kopi af alle data | sekunder | MB | RSS før MB | RSS top MB | vækst MB |");
    console.log("| --- | ---: | ---: | ---: | ---: | ---: |");
    for (const r of eksportRaekker) {
      console.log(`| ${r.maaling} | ${r.sekunder.toFixed(1)} | ${r.mb.toFixed(1)} | ${r.foerMb.toFixed(0)} | ${r.topMb.toFixed(0)} | ${r.vaekstMb.toFixed(1)} |`);
    }
    const stoerst = Math.max(...eksportRaekker.filter((r) => r.maaling.includes("Storforbruger") && !r.maaling.includes("første")).map((r) => r.vaekstMb));
    if (stoerst >= 50) {
      console.error(`Advarsel: portalens hukommelse voksede ${stoerst.toFixed(1)} MB under Storforbrugerens kopi (mål: under 50 MB)`);
      process.exitCode = 1;
    }
  }
  console.log(`\n${SEKUNDER} s pr. måling, ${PG_DATABASE ? "PostgreSQL" : "PGlite"}, ${new Date().toISOString().slice(0, 10)}, Node ${process.version}.`);
  if (fejl.length) {
    console.error(`Advarsel: fejl eller ikke-2xx-svar i ${fejl.map((r) => r.maaling).join(", ")}`);
    process.exitCode = 1;
  }
}

koer(main, stop);
