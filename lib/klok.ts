import "server-only";

/**
 * The portal's clock. In production it is the system clock. Browser tests that must see a
 * fuldmagt expire can move it forward, but only in a stack started with MINEDATA_TESTKLOK=1 (the
 * e2e stack does this; `npm start` and production never do), through /api/test/klok.
 */
const state = globalThis as unknown as { __mineDataKlokForskydning?: number };

export function testklokTilladt(): boolean {
  return process.env.MINEDATA_TESTKLOK === "1";
}

export function nu(): Date {
  return new Date(Date.now() + (testklokTilladt() ? (state.__mineDataKlokForskydning ?? 0) : 0));
}

/** Moves the test clock; refused unless the test clock is switched on. */
export function saetForskydning(ms: number): boolean {
  if (!testklokTilladt()) return false;
  state.__mineDataKlokForskydning = ms;
  return true;
}
