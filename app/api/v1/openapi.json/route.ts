import { openApiDokument } from "@/lib/openapi";

export const dynamic = "force-static";

// GET /api/v1/openapi.json – the OpenAPI 3.1 document of /api/v1, generated from the zod schemas
export function GET() {
  return Response.json(openApiDokument(), { headers: { "cache-control": "public, max-age=300" } });
}
