import { idagIso } from "./format";

/**
 * "Now" as the portal and the mocked fagsystemer both see it. MINE_DATA_NU (an ISO 8601 instant)
 * fixes it for a demo or a test run – set for the portal and the mock server alike, so a payment
 * is "planned" on the same side of today in both. Unset, it is the real clock.
 *
 * Browser tests that must see a fuldmagt expire can also move the portal's clock forward, but only
 * in a stack started with MINEDATA_TESTKLOK=1 (the e2e stack; never `npm start` or production),
 * through PUT /api/test/klok. Session expiry does not follow this clock: it is real time.
 */
const state = globalThis as unknown as { __mineDataKlokForskydning?: number };

export function testklokTilladt(): boolean {
  return process.env.MINEDATA_TESTKLOK === "1";
}

export function nu(): Date {
  const fast = process.env.MINE_DATA_NU;
  const base = fast ? Date.parse(fast) : Date.now();
  return new Date(base + (testklokTilladt() ? (state.__mineDataKlokForskydning ?? 0) : 0));
}

/** Moves the test clock; refused unless the test clock is switched on. */
export function saetForskydning(ms: number): boolean {
  if (!testklokTilladt()) return false;
  state.__mineDataKlokForskydning = ms;
  return true;
}

/** Today's date in Copenhagen as YYYY-MM-DD, by the shared clock. */
export function idag(now: Date = nu()): string {
  return idagIso(now);
}

/** The calendar day after a YYYY-MM-DD date. */
export function dagEfter(dato: string): string {
  return new Date(Date.parse(`${dato}T12:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}
