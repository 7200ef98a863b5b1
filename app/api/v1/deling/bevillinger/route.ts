import { delingsAdgang } from "@/lib/data/deling";
import { delBevillinger } from "@/lib/data/deling-data";
import { bevillingerQuery, delingBevillinger } from "@/lib/domain/deling";
import { fejl, laesefejl, query, svar } from "../_lib/svar";
import { jsonRute } from "@/lib/data/json-rute";

export const dynamic = "force-dynamic";

// GET /api/v1/deling/bevillinger?side – the ydelser the citizen gets, if the samtykke names them
export const GET = jsonRute(async (request: Request) => {
  const q = await query(bevillingerQuery, request);
  if (q instanceof Response) return q;
  const adgang = await delingsAdgang(request.headers.get("authorization"), ["bevillinger"]);
  if (!adgang.ok) return fejl(adgang);
  const result = await delBevillinger(adgang, q.side, 20);
  return result.ok ? svar(delingBevillinger, result.data, adgang.graense) : laesefejl(result, adgang.graense);
});
