import "../support/test-env";
import { describe, expect, it } from "vitest";
import { testkontrolAaben } from "@/lib/assistance/testkontrol";

/** The browser tests' clock for assisted sessions must not exist anywhere but their own stack. */
describe("the test-only clock for assisted sessions", () => {
  it("is closed unless the portal's test clock is switched on", () => {
    expect(testkontrolAaben(false, "http://localhost:3100")).toBe(false);
    expect(testkontrolAaben(true, "http://localhost:3100")).toBe(true);
  });

  it("stays closed on a real host even with the test clock switched on", () => {
    expect(testkontrolAaben(true, "https://minedata.korsbaek.dk")).toBe(false);
  });
});
