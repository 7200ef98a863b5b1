/** The URLs of the stack Playwright started (see playwright.config.ts and scripts/lib/stack.mjs). */
const base = Number(process.env.E2E_PORT_BASE ?? 3100);
export const PORTAL = `http://localhost:${base}`;
export const MITID = `http://localhost:${base + 1000}`;
export const MOCKS = `http://localhost:${base + 1010}`;
export const BANK = `http://localhost:${base + 1020}`;
