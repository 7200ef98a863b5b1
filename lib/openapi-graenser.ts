/**
 * Limits for the OpenAPI document where a zod schema has none of its own, so every string, list
 * and number in the contract has a stated worst case (OWASP API4). They are the bounds the
 * fagsystemer's own wire contracts already enforce on what reaches the portal (titles ≤ 255,
 * descriptions ≤ 4096, pages ≤ 100), rounded up; a document's text may be long.
 */
const TEKST_MAKS: Record<string, number> = { tekst: 200_000, beskrivelse: 4096, resultat: 4096, klagevejledning: 4096, hjemmel: 1024 };
const FORMAT_MAKS: Record<string, number> = { uuid: 36, date: 10, "date-time": 40, uri: 2048, email: 320 };

type JsonSchema = Record<string, unknown> & { type?: unknown; format?: string; properties?: Record<string, JsonSchema>; items?: JsonSchema };

/** Adds the missing limits in place, walking properties, items and combinators. */
export function medGraenser(schema: JsonSchema, navn = ""): JsonSchema {
  const types = Array.isArray(schema.type) ? schema.type : [schema.type];
  if (types.includes("string") && schema.maxLength === undefined && schema.enum === undefined && schema.const === undefined) {
    schema.maxLength = (schema.format && FORMAT_MAKS[schema.format]) ?? TEKST_MAKS[navn] ?? 1000;
  }
  if (types.includes("array") && schema.maxItems === undefined) schema.maxItems = 1000;
  if (types.includes("integer")) {
    schema.format ??= "int64";
    schema.minimum ??= -1_000_000_000_000;
    schema.maximum ??= 1_000_000_000_000;
  }
  for (const [k, v] of Object.entries(schema.properties ?? {})) medGraenser(v, k);
  if (schema.items) medGraenser(schema.items, navn);
  for (const key of ["anyOf", "oneOf", "allOf"] as const) {
    for (const s of (schema[key] as JsonSchema[] | undefined) ?? []) medGraenser(s, navn);
  }
  return schema;
}
