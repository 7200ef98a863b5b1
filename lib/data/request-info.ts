import "server-only";
import { headers } from "next/headers";

/**
 * The client's address as our own load balancer saw it: the last X-Forwarded-For entry, which the
 * proxy appends. Earlier entries are whatever the client sent and could be forged to dodge a
 * rate limit. Locally there is no proxy, and all requests share one bucket.
 */
export async function clientAddress(): Promise<string> {
  const h = await headers();
  return h.get("x-forwarded-for")?.split(",").at(-1)?.trim() || h.get("x-real-ip") || "ukendt";
}

/**
 * What may be logged about an error: its name and driver code, never its message. A failed query's
 * message carries the query parameters, and those can include a CPR number.
 */
export function safeErrorInfo(error: unknown): string {
  if (!(error instanceof Error)) return "ukendt fejl";
  const code = (error.cause as { code?: unknown } | undefined)?.code ?? (error as { code?: unknown }).code;
  return typeof code === "string" ? `${error.name} (${code})` : error.name;
}
