import { health } from "@/lib/data/health";

export const dynamic = "force-dynamic";

// GET /api/health – the database and each fagsystem, for operators and load balancers.
// A down fagsystem only degrades panels, so only a down database makes this instance unhealthy.
export async function GET() {
  const result = await health();
  const status = result.database.status === "ok" ? 200 : 503;
  return Response.json(result, { status, headers: { "cache-control": "no-store" } });
}
