import { CLAIM, encodePrivileges, LOA } from "@/lib/auth/claims";
import { fullName, KOMMUNE, type Persona } from "../personas";

/** The claims NemLog-in would release for a test identity. */
export function claimsFor(p: Persona, loa: string = LOA.substantial): { sub: string } & Record<string, string> {
  const common = {
    sub: p.uuid,
    [CLAIM.specVersion]: "OIO-SAML-3.0",
    [CLAIM.loa]: loa,
    [CLAIM.fullName]: fullName(p),
    [CLAIM.firstName]: p.fornavn,
    [CLAIM.lastName]: p.efternavn,
  };
  if (p.kind === "borger") return { ...common, [CLAIM.cprNumber]: p.cpr };
  return {
    ...common,
    [CLAIM.cvr]: KOMMUNE.cvr,
    [CLAIM.orgName]: KOMMUNE.navn,
    [CLAIM.professionalUuid]: `urn:uuid:${p.uuid}`,
    [CLAIM.privileges]: encodePrivileges(KOMMUNE.cvr, p.privileges),
  };
}
