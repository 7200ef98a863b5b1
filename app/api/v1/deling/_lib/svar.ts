import "server-only";
import type { z } from "zod";
import type { Adgang } from "@/lib/data/access";
import { afvisForespoergsel, type DelingFejl } from "@/lib/data/deling";
import type { Attempt } from "@/lib/data/rate-limit";
import { graenseHeaders } from "../../_lib/svar";

/** The deling API's answers: Danish `{ fejl }` bodies, RateLimit-* headers on every answer, no caching. */
const faste = { "cache-control": "no-store", pragma: "no-cache", "content-language": "da" };

export function svar<S extends z.ZodType>(schema: S, data: z.input<S>, g?: Attempt): Response {
  // The same schema as the OpenAPI document: anything not in the contract is stripped here.
  return Response.json(schema.parse(data), { headers: { ...faste, ...graenseHeaders(g) } });
}

export function fejl(f: Pick<DelingFejl, "status" | "fejl" | "graense" | "oauth">): Response {
  const body = f.oauth ? { error: f.oauth, error_description: f.fejl, fejl: f.fejl } : { fejl: f.fejl };
  const headers: Record<string, string> = { ...faste, ...graenseHeaders(f.graense) };
  if (f.status === 401 && !f.oauth) headers["www-authenticate"] = 'Bearer realm="minedata-deling", error="invalid_token"';
  return Response.json(body, { status: f.status, headers });
}

/** A refused or failed read after the checks: a refusal is "uden for samtykket", a failure a 503. */
export function laesefejl(result: Exclude<Adgang<unknown>, { ok: true }>, g: Attempt): Response {
  if ("reason" in result && result.reason === "ikke-fundet") return fejl({ status: 403, fejl: "Det ligger uden for samtykket.", graense: g });
  const tekst = "reason" in result && result.reason === "log-fejl" ? "Data kan ikke udleveres lige nu, fordi adgangen ikke kunne logges. Prøv igen senere." : "Data kan ikke hentes lige nu. Prøv igen senere.";
  return Response.json({ fejl: tekst }, { status: 503, headers: { ...faste, ...graenseHeaders(g), "retry-after": "30" } });
}

/**
 * Query parameters through a strict zod schema: an unknown or bad one is a 400 naming it (e.g. a
 * CPR number), recorded for the client the token names.
 */
export async function query<S extends z.ZodType>(schema: S, request: Request): Promise<z.infer<S> | Response> {
  const params = Object.fromEntries(new URL(request.url).searchParams.entries());
  const parsed = schema.safeParse(params);
  if (parsed.success) return parsed.data;
  const navne = [
    ...new Set(
      parsed.error.issues.flatMap((i) => ("keys" in i && Array.isArray(i.keys) ? i.keys.map(String) : [String(i.path[0] ?? "")])).map((n) => n.slice(0, 30)),
    ),
  ];
  const graense = await afvisForespoergsel(request.headers.get("authorization"));
  if (graense && !graense.allowed) return fejl({ status: 429, fejl: "For mange anmodninger. Vent lidt, og prøv igen.", graense });
  return fejl({ status: 400, fejl: `Ugyldig eller ukendt parameter: ${navne.join(", ")}.`, graense });
}
