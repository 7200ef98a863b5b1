import "server-only";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { tryAttempt } from "./rate-limit";

/**
 * One login attempt from this address, counted in the database: the portal's button and a
 * direct POST to Auth.js's /api/auth/signin/… share the same counter.
 */
export function loginTilladt(adresse: string, now = new Date()): Promise<boolean> {
  return tryAttempt(db(), `login:${adresse}`, env().LOGIN_MAX_PR_MINUT, 60, now);
}
