import { hentAarstotaler, soegYdelser } from "@/lib/data/ydelser";
import { sideQuery, ydelserSvar } from "@/lib/domain/api";
import { adgangsfejl, apiAccess, laesQuery, ok } from "../_lib/svar";
import { jsonRute } from "@/lib/data/json-rute";

export const dynamic = "force-dynamic";

// GET /api/v1/ydelser?side – one page of bevillinger, and what was paid per year
export const GET = jsonRute(async (request: Request) => {
  const ctx = await apiAccess("se:ydelser");
  if (ctx instanceof Response) return ctx;
  const query = laesQuery(sideQuery, request.url, ctx);
  if (query instanceof Response) return query;
  const [bevillinger, totaler] = await Promise.all([soegYdelser(ctx, query.side), hentAarstotaler(ctx)]);
  if (!bevillinger.ok) return adgangsfejl(bevillinger, "Dine ydelser", ctx);
  return ok(ydelserSvar, { bevillinger: bevillinger.data, aarstotaler: totaler.ok ? totaler.data : null }, ctx);
});
