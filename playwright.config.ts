import { defineConfig } from "@playwright/test";

const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 30_000,
  reporter: [["list"], ["json", { outputFile: "test-results/playwright.json" }]],
  use: {
    // localhost, not 127.0.0.1: the OIDC redirect URI is registered with localhost.
    baseURL: "http://localhost:3100",
    locale: "da-DK",
    launchOptions: {
      executablePath: chromium,
      args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    },
  },
  projects: [
    { name: "portal", testIgnore: /faults\.spec\.ts/ },
    // Breaks shared fagsystemer on purpose, so it runs alone after the rest.
    { name: "faults", testMatch: /faults\.spec\.ts/, dependencies: ["portal"] },
  ],
  webServer: {
    command: "node scripts/e2e-stack.mjs",
    url: "http://localhost:3100/api/health",
    timeout: 120_000,
    reuseExistingServer: false,
    gracefulShutdown: { signal: "SIGTERM", timeout: 5_000 },
    stdout: "pipe",
    stderr: "pipe",
  },
});
