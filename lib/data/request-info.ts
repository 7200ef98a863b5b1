import "server-only";
import { headers } from "next/headers";

/**
 * The client's address. The portal's server (scripts/server.mjs) has already replaced
 * X-Forwarded-For with the one address it trusts – the socket's, or the one our own proxies
 * reported (TRUSTED_PROXY_HOPS) – so a client cannot choose its rate-limit bucket.
 */
export async function clientAddress(): Promise<string> {
  return adresseFra(await headers());
}

export function adresseFra(h: Pick<Headers, "get">): string {
  return h.get("x-forwarded-for")?.trim() || "ukendt";
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
