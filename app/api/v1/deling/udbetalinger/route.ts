import { delingsAdgang } from "@/lib/data/deling";
import { delUdbetalinger } from "@/lib/data/deling-data";
import { delingUdbetalinger, udbetalingerQuery } from "@/lib/domain/deling";
import { fejl, laesefejl, query, svar } from "../_lib/svar";
import { jsonRute } from "@/lib/data/json-rute";

export const dynamic = "force-dynamic";

// GET /api/v1/deling/udbetalinger?aar&side&antal – payments in a year the samtykke names, paged at the source
export const GET = jsonRute(async (request: Request) => {
  const q = await query(udbetalingerQuery, request);
  if (q instanceof Response) return q;
  const adgang = await delingsAdgang(request.headers.get("authorization"), ["udbetalinger"], q.aar);
  if (!adgang.ok) return fejl(adgang);
  const result = await delUdbetalinger(adgang, q.aar, q.side, q.antal);
  return result.ok ? svar(delingUdbetalinger, result.data, adgang.graense) : laesefejl(result, adgang.graense);
});
