import { delingsAdgang } from "@/lib/data/deling";
import { delPerson } from "@/lib/data/deling-data";
import { delingPerson, tomQuery } from "@/lib/domain/deling";
import { fejl, laesefejl, query, svar } from "../_lib/svar";
import { jsonRute } from "@/lib/data/json-rute";

export const dynamic = "force-dynamic";

// GET /api/v1/deling/person – name and birth date (CPR number only if the samtykke names it)
export const GET = jsonRute(async (request: Request) => {
  const q = await query(tomQuery, request);
  if (q instanceof Response) return q;
  const adgang = await delingsAdgang(request.headers.get("authorization"), ["identitet", "cpr"]);
  if (!adgang.ok) return fejl(adgang);
  const result = await delPerson(adgang);
  return result.ok ? svar(delingPerson, result.data, adgang.graense) : laesefejl(result, adgang.graense);
});
