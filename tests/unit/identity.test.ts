import { describe, expect, it } from "vitest";
import { decodePrivileges, encodePrivileges } from "@/lib/auth/claims";
import { LOA } from "@/lib/auth/claims";
import { identityFromClaims, tilstraekkeligtSikringsniveau } from "@/lib/auth/identity";
import { claimsFor } from "@/mocks/mitid/claims";
import { citizens, staff } from "@/mocks/personas";

describe("identity from OIOSAML-named claims", () => {
  it("reads a citizen's name and CPR number", () => {
    expect(identityFromClaims(claimsFor(citizens.karen), "11111111")).toMatchObject({
      art: "borger",
      navn: "Karen Jensen",
      cpr: "1203443996",
    });
  });

  it("reads a staff member's privileges within the kommune's CVR", () => {
    const identity = identityFromClaims(claimsFor(staff.mette), "11111111");
    expect(identity).toMatchObject({ art: "medarbejder", navn: "Mette Lund", medarbejderId: staff.mette.uuid });
    expect(identity?.art === "medarbejder" && identity.privilegier).toEqual(staff.mette.privileges);
  });

  it("accepts assurance level Substantial or High and refuses Low, for citizens and staff alike", () => {
    for (const p of [citizens.karen, staff.mette]) {
      expect(tilstraekkeligtSikringsniveau(identityFromClaims(claimsFor(p), "11111111")!)).toBe(true);
      expect(tilstraekkeligtSikringsniveau(identityFromClaims(claimsFor(p, LOA.high), "11111111")!)).toBe(true);
      expect(tilstraekkeligtSikringsniveau(identityFromClaims(claimsFor(p, LOA.low), "11111111")!)).toBe(false);
    }
  });

  it("refuses staff of another organisation", () => {
    expect(identityFromClaims(claimsFor(staff.mette), "22222222")).toBeNull();
  });

  it("refuses claims without CPR or professional attributes", () => {
    expect(identityFromClaims({ sub: "x", "https://data.gov.dk/model/core/eid/fullName": "X" }, "11111111")).toBeNull();
  });

  it("only grants privileges scoped to the given CVR", () => {
    const encoded = encodePrivileges("99999999", ["urn:x"]);
    expect(decodePrivileges(encoded, "11111111")).toEqual([]);
    expect(decodePrivileges(encodePrivileges("11111111", ["urn:x", "urn:y"]), "11111111")).toEqual(["urn:x", "urn:y"]);
  });
});
