import "server-only";
import { createHmac } from "node:crypto";
import { env } from "@/lib/env";

/**
 * The giver as a third party sees them: a pseudonym that is the same for one recipient every time
 * and different between recipients (like OpenID's pairwise subject), so two banks cannot join
 * what they know by it, and no CPR number leaves the portal in a token or a receipt.
 */
export function parvisPseudonym(cpr: string, modtager: string): string {
  return createHmac("sha256", env().LOG_PSEUDONYM_SECRET).update(`minedata:parvis:${modtager}:${cpr}`).digest("base64url").slice(0, 32);
}
