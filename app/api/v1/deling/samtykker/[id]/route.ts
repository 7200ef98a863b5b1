import { z } from "zod";
import { samtykkeStatusFor } from "@/lib/data/deling";
import { samtykkeStatus } from "@/lib/domain/deling";
import { fejl, svar } from "../../_lib/svar";
import { jsonRute } from "@/lib/data/json-rute";

export const dynamic = "force-dynamic";

// GET /api/v1/deling/samtykker/{id} – grant status: is the samtykke given to us still active?
export const GET = jsonRute(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const id = z.uuid().safeParse((await params).id);
  if (!id.success) return fejl({ status: 404, fejl: "Samtykket findes ikke." });
  const result = await samtykkeStatusFor(request.headers.get("authorization"), id.data);
  return result.ok ? svar(samtykkeStatus, result.svar, result.graense) : fejl(result);
});
