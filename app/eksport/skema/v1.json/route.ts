import { env } from "@/lib/env";
import { jsonSkema } from "@/lib/eksport/skema";

export const dynamic = "force-dynamic";

// GET /eksport/skema/v1.json – the JSON Schema (2020-12) of the export file, version 1, generated from the zod schemas
export function GET() {
  return Response.json(jsonSkema(env().AUTH_URL), { headers: { "cache-control": "public, max-age=300", "content-type": "application/schema+json" } });
}
