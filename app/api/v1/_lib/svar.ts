import "server-only";
import type { z } from "zod";
import type { Action } from "@/lib/access/actions";
import type { Adgang, DataContext } from "@/lib/data/access";
import { apiAccess as adgang } from "@/lib/data/guard";
import { apiGraense } from "@/lib/data/api-graense";
import type { Attempt } from "@/lib/data/rate-limit";

const faste = { "cache-control": "no-store", "content-language": "da" };

/** The RateLimit-* headers (IETF draft) every answer of /api/v1 carries; Retry-After when the limit is reached. */
export function graenseHeaders(g?: Attempt): Record<string, string> {
  if (!g) return {};
  return {
    "ratelimit-limit": String(g.limit),
    "ratelimit-remaining": String(g.remaining),
    "ratelimit-reset": String(g.resetSeconds),
    ...(g.allowed ? {} : { "retry-after": String(g.resetSeconds) }),
  };
}

/** The counter this request was counted under, for the headers of its answer. */
const graenser = new WeakMap<DataContext, Attempt>();

/**
 * The citizen API's guard: the request context may do the action (lib/data/guard.ts), and the
 * session stays within its rate limit, counted in the database so every instance shares it.
 */
export async function apiAccess(action: Action): Promise<DataContext | Response> {
  const ctx = await adgang(action);
  if (ctx instanceof Response) return ctx;
  const g = await apiGraense(ctx);
  if (!g.allowed) return Response.json({ fejl: "Du har hentet meget på kort tid. Vent lidt, og prøv igen." }, { status: 429, headers: { ...faste, ...graenseHeaders(g) } });
  graenser.set(ctx, g);
  return ctx;
}

export function fejl(status: number, tekst: string, ctx?: DataContext): Response {
  return Response.json({ fejl: tekst }, { status, headers: { ...faste, ...graenseHeaders(ctx && graenser.get(ctx)) } });
}

export function ok<S extends z.ZodType>(schema: S, data: z.input<S>, ctx?: DataContext): Response {
  // The same schema as the OpenAPI document: anything not in the contract is stripped here.
  return Response.json(schema.parse(data), { headers: { ...faste, ...graenseHeaders(ctx && graenser.get(ctx)) } });
}

/** A refused or failed read, in Danish; a refusal looks like "not found". */
export function adgangsfejl(result: Exclude<Adgang<unknown>, { ok: true }>, hvad: string, ctx?: DataContext): Response {
  if ("reason" in result && result.reason === "ikke-fundet") return fejl(404, `${hvad} findes ikke.`, ctx);
  if ("reason" in result && result.reason === "log-fejl") return fejl(503, `${hvad} kan ikke vises lige nu, fordi adgangen ikke kunne logges. Prøv igen senere.`, ctx);
  return fejl(503, `${hvad} kan ikke hentes lige nu. Prøv igen senere.`, ctx);
}

const feltNavn: Record<string, string> = { side: "side", status: "status", emne: "emne", q: "q" };

/** Query parameters through zod; a bad one gives 400 with a Danish message naming it. */
export function laesQuery<S extends z.ZodType>(schema: S, url: string, ctx?: DataContext): z.infer<S> | Response {
  const params = Object.fromEntries(new URL(url).searchParams.entries());
  const parsed = schema.safeParse(params);
  if (parsed.success) return parsed.data;
  const navne = [...new Set(parsed.error.issues.map((i) => feltNavn[String(i.path[0])] ?? String(i.path[0])))];
  return fejl(400, `Ugyldig værdi i ${navne.length === 1 ? "parameteren" : "parametrene"} ${navne.join(", ")}.`, ctx);
}
