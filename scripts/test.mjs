import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { ensureBuild, ensureDependencies, root, run } from "./lib/ensure.mjs";

/**
 * `npm test`: type check, lint, unit/integration tests (Vitest), build, browser tests (Playwright),
 * then one summary. Every step runs even if an earlier one fails, so one run shows everything.
 */
ensureDependencies();
ensureChromium();

const results = path.join(root, "test-results");
rmSync(results, { recursive: true, force: true });
mkdirSync(results, { recursive: true });

const node = process.execPath;
const steps = [
  { name: "Typecheck (tsc)", run: () => run(node, ["node_modules/typescript/bin/tsc", "--noEmit"]) },
  { name: "Lint (eslint)", run: () => run(node, ["node_modules/eslint/bin/eslint.js", "--max-warnings=0", "."]) },
  // The generated OpenAPI document against Spectral's OpenAPI rules and the OWASP API ruleset.
  { name: "OpenAPI lint (spectral)", run: () => run(node, ["--import", "tsx", "scripts/openapi-lint.ts"]) },
  {
    name: "Unit + integration (vitest)",
    run: () =>
      run(node, ["node_modules/vitest/vitest.mjs", "run", "--reporter=default", "--reporter=json", "--outputFile=test-results/vitest.json"]),
    counts: () => countVitest(path.join(results, "vitest.json")),
  },
  { name: "Build (next build)", run: () => ensureBuild() },
  {
    name: "Browser (playwright)",
    run: () => run(node, ["node_modules/@playwright/test/cli.js", "test"]),
    counts: () => countPlaywright(path.join(results, "playwright.json")),
    needs: "Build (next build)",
  },
  // The short form of `npm run test:faults`: 3 rounds of SIGKILL during writes (PGlite), and the
  // database cut and restored under load (on TEST_DATABASE_URL's PostgreSQL; skipped without one).
  {
    name: "Faults (SIGKILL, database)",
    run: () =>
      Math.max(
        run(node, ["--import", "tsx", "tests/faults/kill.ts"], { env: { ...process.env, FAULTS_RUNDER: "3" } }),
        run(node, ["--import", "tsx", "tests/faults/database.ts"]),
      ),
    needs: "Build (next build)",
  },
  // The short form of `npm run bench:cluster`: two instances behind nginx on TEST_DATABASE_URL's
  // PostgreSQL, the cross-instance checks, 12 s of load with one instance killed (about 75 s).
  {
    name: "Cluster (2 instanser, nginx)",
    run: () => {
      if (!process.env.TEST_DATABASE_URL) {
        console.log("Sprunget over: ingen TEST_DATABASE_URL (klyngen kører på PostgreSQL).");
        return 0;
      }
      return run(node, ["--import", "tsx", "bench/cluster/run.ts", "--smoke"]);
    },
    needs: "Build (next build)",
  },
];

const outcome = [];
for (const step of steps) {
  const blocked = step.needs && outcome.find((o) => o.name === step.needs && !o.ok);
  console.log(`\n━━ ${step.name} ━━`);
  if (blocked) {
    outcome.push({ name: step.name, ok: false, seconds: 0, note: `sprunget over: ${step.needs} fejlede` });
    continue;
  }
  const started = Date.now();
  const ok = step.run() === 0;
  outcome.push({ name: step.name, ok, seconds: (Date.now() - started) / 1000, counts: step.counts?.() });
}

let passed = 0;
let failed = 0;
let skipped = 0;
console.log("\n━━ Resultat ━━");
for (const o of outcome) {
  const c = o.counts;
  if (c) {
    passed += c.passed;
    failed += c.failed;
    skipped += c.skipped;
  } else if (o.ok) passed += 1;
  else failed += 1;
  const detail = c ? `${c.passed} bestået, ${c.failed} fejlet${c.skipped ? `, ${c.skipped} sprunget over` : ""}` : (o.note ?? "");
  console.log(`${o.ok ? "✔" : "✘"} ${o.name.padEnd(30)} ${`${o.seconds.toFixed(1)} s`.padStart(8)}  ${detail}`);
}
// Counted checks: each test case, plus each step without test cases (typecheck, lint, build) as one.
console.log(`\nTests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
process.exit(outcome.every((o) => o.ok) ? 0 : 1);

function countVitest(file) {
  if (!existsSync(file)) return undefined;
  const r = JSON.parse(readFileSync(file, "utf8"));
  return { passed: r.numPassedTests, failed: r.numFailedTests, skipped: r.numPendingTests + r.numTodoTests };
}

function countPlaywright(file) {
  if (!existsSync(file)) return undefined;
  const s = JSON.parse(readFileSync(file, "utf8")).stats;
  return { passed: s.expected + s.flaky, failed: s.unexpected, skipped: s.skipped };
}

/** Playwright drives Debian's chromium (its own browser download is not possible here). */
function ensureChromium() {
  const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
  if (existsSync(chromium)) return;
  const isRoot = process.getuid?.() === 0;
  if (isRoot && spawnSync("which", ["apt-get"]).status === 0) {
    console.log("Installerer chromium til browsertestene (apt-get) …");
    const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
    run("apt-get", ["update", "-qq"], { env });
    if (run("apt-get", ["install", "-y", "-qq", "--no-install-recommends", "chromium"], { env }) === 0) return;
  }
  console.error(`Chromium mangler (${chromium}). Installér den med: sudo apt-get install -y chromium – eller sæt CHROMIUM_PATH.`);
  process.exit(1);
}
