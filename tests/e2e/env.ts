/** The URLs of the stack Playwright started (see playwright.config.ts and scripts/lib/stack.mjs). */
const base = Number(process.env.E2E_PORT_BASE ?? 3100);
export const PORTAL = `http://localhost:${base}`;
export const MITID = `http://localhost:${base + 1000}`;
export const MOCKS = `http://localhost:${base + 1010}`;
export const BANK = `http://localhost:${base + 1020}`;

/**
 * The fixed "now" of a browser-test run, shared by the portal and the mocks (lib/klokke.ts), so
 * planned and paid payments and every date a test types are the same whatever day the tests run.
 */
export const E2E_NU = "2026-11-23T12:00:00+01:00";
