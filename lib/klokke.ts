import { idagIso } from "./format";

/**
 * "Now" as the portal and the mocked fagsystemer both see it. MINE_DATA_NU (an ISO 8601 instant)
 * fixes it for a demo or a test run – set for the portal and the mock server alike, so a payment
 * is "planned" on the same side of today in both. Unset, it is the real clock.
 */
export function nu(): Date {
  const fast = process.env.MINE_DATA_NU;
  return fast ? new Date(fast) : new Date();
}

/** Today's date in Copenhagen as YYYY-MM-DD, by the shared clock. */
export function idag(now: Date = nu()): string {
  return idagIso(now);
}

/** The calendar day after a YYYY-MM-DD date. */
export function dagEfter(dato: string): string {
  return new Date(Date.parse(`${dato}T12:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}
