import "server-only";
import type { z } from "zod";
import type { Adgang } from "@/lib/data/access";

export { apiAccess } from "@/lib/data/guard";

const headers = { "cache-control": "no-store", "content-language": "da" };

export function fejl(status: number, tekst: string): Response {
  return Response.json({ fejl: tekst }, { status, headers });
}

export function ok<S extends z.ZodType>(schema: S, data: z.input<S>): Response {
  // The same schema as the OpenAPI document: anything not in the contract is stripped here.
  return Response.json(schema.parse(data), { headers });
}

/** A refused or failed read, in Danish; a refusal looks like "not found". */
export function adgangsfejl(result: Exclude<Adgang<unknown>, { ok: true }>, hvad: string): Response {
  if ("reason" in result && result.reason === "ikke-fundet") return fejl(404, `${hvad} findes ikke.`);
  if ("reason" in result && result.reason === "log-fejl") return fejl(503, `${hvad} kan ikke vises lige nu, fordi adgangen ikke kunne logges. Prøv igen senere.`);
  return fejl(503, `${hvad} kan ikke hentes lige nu. Prøv igen senere.`);
}

const feltNavn: Record<string, string> = { side: "side", status: "status", emne: "emne", q: "q" };

/** Query parameters through zod; a bad one gives 400 with a Danish message naming it. */
export function laesQuery<S extends z.ZodType>(schema: S, url: string): z.infer<S> | Response {
  const params = Object.fromEntries(new URL(url).searchParams.entries());
  const parsed = schema.safeParse(params);
  if (parsed.success) return parsed.data;
  const navne = [...new Set(parsed.error.issues.map((i) => feltNavn[String(i.path[0])] ?? String(i.path[0])))];
  return fejl(400, `Ugyldig værdi i ${navne.length === 1 ? "parameteren" : "parametrene"} ${navne.join(", ")}.`);
}
