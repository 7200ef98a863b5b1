import "server-only";
import { unstable_rethrow } from "next/navigation";
import { databasenSvarer } from "@/lib/db/tilstand";
import { DATABASE_NEDE, afvisningsSvar } from "@/lib/sikkerhed/forespoergsel";
import { safeErrorInfo } from "./request-info";

const FEJL = "Der skete en fejl hos Mine Data. Prøv igen om lidt.";

/**
 * A JSON route handler that answers in Danish JSON even when something under it throws. The
 * proxy has found the database answering, but it may go while the handler runs (between the
 * session read and the rate-limit count, say): that is the same Danish 503 the proxy gives, with
 * Retry-After, not Next's empty 500. Anything else is a Danish 500 with nothing of the error in it.
 */
export function jsonRute<A extends unknown[]>(handler: (...args: A) => Promise<Response>): (...args: A) => Promise<Response> {
  return async (...args) => {
    try {
      return await handler(...args);
    } catch (error) {
      // Next's own signals (a redirect, "dynamic usage") are not failures.
      unstable_rethrow(error);
      const nede = !(await databasenSvarer(Date.now() - 50));
      console.error(`[api] ${nede ? "databasen svarer ikke" : "fejl"}:`, safeErrorInfo(error));
      const headers = { "content-type": "application/json", "content-language": "da", "cache-control": "no-store" };
      if (!nede) return Response.json({ fejl: FEJL }, { status: 500, headers });
      return new Response(afvisningsSvar(DATABASE_NEDE, true).body, { status: 503, headers: { ...headers, "retry-after": "30" } });
    }
  };
}
