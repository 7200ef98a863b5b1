import { soegUdbetalinger } from "@/lib/data/ydelser";
import { sideQuery, udbetalingerSvar } from "@/lib/domain/api";
import { adgangsfejl, apiAccess, laesQuery, ok } from "../_lib/svar";
import { jsonRute } from "@/lib/data/json-rute";

export const dynamic = "force-dynamic";

// GET /api/v1/udbetalinger?side – one page of planned and paid udbetalinger, newest first (amounts in øre)
export const GET = jsonRute(async (request: Request) => {
  const ctx = await apiAccess("se:ydelser");
  if (ctx instanceof Response) return ctx;
  const query = laesQuery(sideQuery, request.url, ctx);
  if (query instanceof Response) return query;
  const result = await soegUdbetalinger(ctx, query.side);
  return result.ok ? ok(udbetalingerSvar, result.data, ctx) : adgangsfejl(result, "Dine udbetalinger", ctx);
});
