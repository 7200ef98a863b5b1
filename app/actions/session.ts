"use server";

import { requestContext } from "@/lib/data/context";

/**
 * "Bliv logget ind": resolving the request context is itself the activity that keeps the login
 * session going. Answers how many seconds are left now, or null when the session has ended.
 */
export async function forlaengSession(): Promise<number | null> {
  const ctx = await requestContext();
  return ctx ? Math.max(0, Math.round((ctx.slut.getTime() - Date.now()) / 1000)) : null;
}
