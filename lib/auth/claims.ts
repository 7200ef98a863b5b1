import { z } from "zod";

/**
 * Claim names from OIOSAML 3 (NemLog-in), carried as OIDC claims by the broker. A real
 * SAML→OIDC bridge emits the same names, so swapping the simulator for NemLog-in is configuration.
 */
export const CLAIM = {
  specVersion: "https://data.gov.dk/model/core/specVersion",
  loa: "https://data.gov.dk/concept/core/nsis/loa",
  fullName: "https://data.gov.dk/model/core/eid/fullName",
  firstName: "https://data.gov.dk/model/core/eid/firstName",
  lastName: "https://data.gov.dk/model/core/eid/lastName",
  cprNumber: "https://data.gov.dk/model/core/eid/cprNumber",
  cvr: "https://data.gov.dk/model/core/eid/professional/cvr",
  orgName: "https://data.gov.dk/model/core/eid/professional/orgName",
  professionalUuid: "https://data.gov.dk/model/core/eid/professional/uuid/persistent",
  privileges: "https://data.gov.dk/model/core/eid/privilegesIntermediate",
} as const;

export const LOA = {
  low: "https://data.gov.dk/concept/core/nsis/loa/Low",
  substantial: "https://data.gov.dk/concept/core/nsis/loa/Substantial",
  high: "https://data.gov.dk/concept/core/nsis/loa/High",
} as const;

const base = z.object({
  sub: z.string().min(1),
  [CLAIM.fullName]: z.string().min(1),
  [CLAIM.loa]: z.enum([LOA.low, LOA.substantial, LOA.high]),
});

export const citizenClaims = base.extend({ [CLAIM.cprNumber]: z.string().regex(/^\d{10}$/) });
export const professionalClaims = base.extend({
  [CLAIM.cvr]: z.string().regex(/^\d{8}$/),
  [CLAIM.orgName]: z.string().min(1),
  [CLAIM.professionalUuid]: z.string().min(1),
  [CLAIM.privileges]: z.string().min(1),
});

const PRIVILEGE_NS = "http://digst.dk/oiosaml/basic_privilege_profile";

/** The OIOSAML basic privilege profile: base64 XML listing privileges per CVR scope. */
export function encodePrivileges(cvr: string, privileges: string[]): string {
  const xml =
    `<bpp:PrivilegeList xmlns:bpp="${PRIVILEGE_NS}">` +
    `<PrivilegeGroup Scope="urn:dk:gov:saml:cvrNumberIdentifier:${cvr}">` +
    privileges.map((p) => `<Privilege>${p}</Privilege>`).join("") +
    `</PrivilegeGroup></bpp:PrivilegeList>`;
  return Buffer.from(xml, "utf8").toString("base64");
}

/** The privileges granted within the given CVR's scope; anything unparsable grants nothing. */
export function decodePrivileges(encoded: string, cvr: string): string[] {
  const xml = Buffer.from(encoded, "base64").toString("utf8");
  const groups = xml.matchAll(/<PrivilegeGroup Scope="([^"]+)">([\s\S]*?)<\/PrivilegeGroup>/g);
  const result: string[] = [];
  for (const [, scope, body] of groups) {
    if (scope !== `urn:dk:gov:saml:cvrNumberIdentifier:${cvr}`) continue;
    for (const [, privilege] of body!.matchAll(/<Privilege>([^<]+)<\/Privilege>/g)) result.push(privilege!);
  }
  return result;
}
