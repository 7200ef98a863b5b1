import { defineConfig } from "@playwright/test";
import { E2E_NU } from "./tests/e2e/env";

// The stack Playwright starts inherits this (scripts/lib/stack.mjs spreads process.env last).
process.env.MINE_DATA_NU ??= E2E_NU;

const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
// Must match scripts/lib/stack.mjs: the portal on the base port, MitID on +1000, fagsystemer on +1010.
const portBase = Number(process.env.E2E_PORT_BASE ?? 3100);
const portal = `http://localhost:${portBase}`;

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 30_000,
  reporter: [["list"], ["json", { outputFile: `test-results/playwright${portBase === 3100 ? "" : `-${portBase}`}.json` }]],
  use: {
    // localhost, not 127.0.0.1: the OIDC redirect URI is registered with localhost.
    baseURL: portal,
    locale: "da-DK",
    launchOptions: {
      executablePath: chromium,
      args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    },
  },
  projects: [
    { name: "portal", testIgnore: /faults\.spec\.ts|leaks\.check\.ts|fuldmagt\.spec\.ts|\.efter\.spec\.ts|anvende\.spec\.ts|fuzz\.spec\.ts/ },
    // Moves the portal's clock and registers a death in CPR, and adds reads to citizens' logs: it
    // runs after the pages that count log entries, and serially (see the file).
    { name: "fuldmagt", testMatch: /fuldmagt\.spec\.ts/, dependencies: ["portal"] },
    // After the clock is back: these change data other tests count (Karen's log in log.spec.ts), and
    // the long serial BIDRAGE flows would otherwise crowd the timing-sensitive dialogue tests on two cores.
    { name: "efter", testMatch: /\.efter\.spec\.ts/, dependencies: ["fuldmagt"] },
    // Adds a bank's reads to Sofie's log (log.spec.ts counts on none) and needs her alive (the
    // fuldmagt file registers her death for a moment): it runs after both.
    { name: "anvende", testMatch: /anvende\.spec\.ts/, dependencies: ["efter"] },
    // Thousands of bad inputs as Test Storforbruger and Mette (npm run test:fuzz runs it alone): after
    // the specs that count data, and before the faults, so a broken fagsystem never reads as a finding.
    { name: "fuzz", testMatch: /fuzz\.spec\.ts/, dependencies: ["anvende"] },
    // Breaks shared fagsystemer on purpose, so it runs alone after the rest.
    // One worker: two fault files must not break (and clear) the same fagsystemer at the same time.
    { name: "faults", testMatch: /faults\.spec\.ts/, dependencies: ["fuzz"], workers: 1 },
    // Runs last: greps what the browser received and what the servers logged for CPR numbers.
    { name: "leaks", testMatch: /leaks\.check\.ts/, dependencies: ["faults"] },
  ],
  webServer: {
    command: "node scripts/e2e-stack.mjs",
    url: `${portal}/api/health`,
    timeout: 120_000,
    reuseExistingServer: false,
    gracefulShutdown: { signal: "SIGTERM", timeout: 5_000 },
    stdout: "pipe",
    stderr: "pipe",
  },
});
