import { bannerVersion, hjaelpBanner } from "@/lib/assistance/banner";
import { jsonRute } from "@/lib/data/json-rute";

export const dynamic = "force-dynamic";

// GET /api/hjaelp/tilstand – which assisted help this login session sees now, as an opaque version (no names, no times).
export const GET = jsonRute(async () => {
  return Response.json({ version: bannerVersion(await hjaelpBanner()) }, { headers: { "cache-control": "no-store" } });
});
