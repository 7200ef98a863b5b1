import "server-only";
import { z } from "zod";
import { env } from "@/lib/env";
import { fagsystemUrl, type FagsystemNavn } from "./registry";
import { ForStortSvar, udveksl, type Svar } from "./transport";

export type { FagsystemNavn };

export type Unavailable = {
  ok: false;
  system: FagsystemNavn;
  reason: "timeout" | "http" | "invalid" | "network";
  /** For operators: what went wrong. Never contains request bodies, so never a CPR number. */
  detail: string;
  retriable: boolean;
  /** The HTTP status when the system answered with an error (e.g. 403: no valid samtykke). */
  status?: number;
};
export type Result<T> = { ok: true; data: T } | Unavailable;

type FagsystemRequest<S extends z.ZodType> = {
  system: FagsystemNavn;
  path: string;
  schema: S;
  method?: "GET" | "POST";
  body?: unknown;
  /** Reads are retried once on a transient failure; anything that changes state never is. */
  idempotent: boolean;
};

/**
 * Calls a fagsystem and validates the answer. Every failure (slow, down, or a body that does not
 * match the contract) comes back as a typed Unavailable, so one broken system degrades one panel.
 * The whole call, retries included, stays within FAGSYSTEM_TIMEOUT_MS.
 */
export async function callFagsystem<S extends z.ZodType>(
  req: FagsystemRequest<S>,
): Promise<Result<z.infer<S>>> {
  const deadline = Date.now() + env().FAGSYSTEM_TIMEOUT_MS;
  const attempts = req.idempotent ? 2 : 1;
  let result: Result<z.infer<S>> | undefined;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    const remaining = deadline - Date.now();
    if (remaining <= 0) break;
    result = await attemptOnce(req, remaining);
    if (result.ok || !result.retriable) return result;
  }
  return (
    result ?? { ok: false, system: req.system, reason: "timeout", detail: "deadline passed", retriable: false }
  );
}

async function attemptOnce<S extends z.ZodType>(
  req: FagsystemRequest<S>,
  timeoutMs: number,
): Promise<Result<z.infer<S>>> {
  const fail = (reason: Unavailable["reason"], detail: string, retriable: boolean, status?: number): Unavailable => ({
    ok: false,
    system: req.system,
    reason,
    detail: `${req.method ?? "GET"} ${req.path}: ${detail}`,
    retriable,
    ...(status === undefined ? {} : { status }),
  });
  // A timer of our own rather than AbortSignal.timeout: the same deadline, on the clock tests can fake.
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new DOMException(`no answer within ${timeoutMs} ms`, "TimeoutError")), timeoutMs);
  try {
    return await answer(req, controller.signal, fail, timeoutMs);
  } finally {
    clearTimeout(timer);
  }
}

async function answer<S extends z.ZodType>(
  req: FagsystemRequest<S>,
  signal: AbortSignal,
  fail: (reason: Unavailable["reason"], detail: string, retriable: boolean, status?: number) => Unavailable,
  timeoutMs: number,
): Promise<Result<z.infer<S>>> {
  let response: Svar;
  try {
    response = await udveksl(fagsystemUrl(req.system), req.path.replace(/^\//, ""), {
      method: req.method ?? "GET",
      // identity: the answer is read as it comes, never decompressed.
      headers: { accept: "application/json", "accept-encoding": "identity", "content-type": "application/json" },
      body: req.body === undefined ? undefined : JSON.stringify(req.body),
      signal,
    });
  } catch (error) {
    if (error instanceof ForStortSvar) return fail("invalid", error.message, false);
    // An abort while the answer was still arriving is the deadline too.
    const timedOut = signal.aborted || (error instanceof Error && (error.name === "TimeoutError" || error.name === "AbortError"));
    return timedOut
      ? fail("timeout", `no answer within ${timeoutMs} ms`, false)
      : fail("network", error instanceof Error ? error.message : "network error", true);
  }
  if (response.status < 200 || response.status > 299) {
    return fail("http", `HTTP ${response.status}`, response.status >= 500, response.status);
  }
  let json: unknown;
  try {
    json = JSON.parse(response.tekst);
  } catch {
    return fail("invalid", "the body is not JSON", false);
  }
  const parsed = req.schema.safeParse(json);
  if (!parsed.success) {
    const where = parsed.error.issues
      .slice(0, 3)
      // The issue's code, not its message: forms give every message one Danish sentence (lib/zod-dansk.ts).
      .map((i) => `${i.path.join(".") || "(rod)"}: ${i.code}${"expected" in i ? ` (forventede ${String(i.expected)})` : ""}`)
      .join("; ");
    return fail("invalid", `the answer does not match the contract (${where})`, false);
  }
  return { ok: true, data: parsed.data };
}

/**
 * True when the source refused because the samtykke is missing, expired or too narrow (HTTP 403
 * in the eIndkomst and pension contracts), so a page can say "Samtykke mangler" rather than
 * pretending the system is down.
 */
export function manglerSamtykke(result: Result<unknown>): result is Unavailable & { status: 403 } {
  return !result.ok && result.reason === "http" && result.status === 403;
}

/** Liveness of one fagsystem, for /api/health. */
export function ping(system: FagsystemNavn): Promise<Result<unknown>> {
  return callFagsystem({ system, path: "health", schema: z.object({ status: z.literal("ok") }), idempotent: true });
}
