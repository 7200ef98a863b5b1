import { soegSager } from "@/lib/data/sager";
import { sagerSvar } from "@/lib/domain/api";
import { sagerQuery, soegningFraQuery } from "@/lib/domain/sag";
import { adgangsfejl, apiAccess, laesQuery, ok } from "../_lib/svar";
import { jsonRute } from "@/lib/data/json-rute";

export const dynamic = "force-dynamic";

// GET /api/v1/sager?side&status&emne&q – one page of the citizen's sager, open first, filtered at the source
export const GET = jsonRute(async (request: Request) => {
  const ctx = await apiAccess("se:sager");
  if (ctx instanceof Response) return ctx;
  const query = laesQuery(sagerQuery, request.url, ctx);
  if (query instanceof Response) return query;
  const result = await soegSager(ctx, query.side, soegningFraQuery(query));
  return result.ok ? ok(sagerSvar, result.data, ctx) : adgangsfejl(result, "Dine sager", ctx);
});
