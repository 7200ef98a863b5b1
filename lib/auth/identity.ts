import { CLAIM, citizenClaims, decodePrivileges, LOA, professionalClaims } from "./claims";

/** Who logged in, as established from the broker's claims (server-side only: holds the CPR number). */
export type Identity =
  | { art: "borger"; subject: string; navn: string; cpr: string; sikringsniveau: string }
  | {
      art: "medarbejder";
      subject: string;
      navn: string;
      cvr: string;
      medarbejderId: string;
      privilegier: string[];
      sikringsniveau: string;
    };

/**
 * Turns an ID token's claims into an Identity. A professional identity counts only for the
 * kommune's own CVR and with at least one privilege in its scope; anything else is refused.
 */
export function identityFromClaims(claims: unknown, kommuneCvr: string): Identity | null {
  const professional = professionalClaims.safeParse(claims);
  if (professional.success) {
    const c = professional.data;
    if (c[CLAIM.cvr] !== kommuneCvr) return null;
    const privilegier = decodePrivileges(c[CLAIM.privileges], kommuneCvr);
    if (privilegier.length === 0) return null;
    return {
      art: "medarbejder",
      subject: c.sub,
      navn: c[CLAIM.fullName],
      cvr: c[CLAIM.cvr],
      medarbejderId: c[CLAIM.professionalUuid].replace(/^urn:uuid:/, ""),
      privilegier,
      sikringsniveau: c[CLAIM.loa],
    };
  }
  const citizen = citizenClaims.safeParse(claims);
  if (citizen.success) {
    const c = citizen.data;
    return { art: "borger", subject: c.sub, navn: c[CLAIM.fullName], cpr: c[CLAIM.cprNumber], sikringsniveau: c[CLAIM.loa] };
  }
  return null;
}

/**
 * Mine Data shows personal data, so a login must be on NSIS level Substantial ("Betydelig") or
 * High – for citizens and staff alike. Low (username and password only) is refused.
 */
export function tilstraekkeligtSikringsniveau(identity: Identity): boolean {
  return identity.sikringsniveau === LOA.substantial || identity.sikringsniveau === LOA.high;
}
