import { hentSag } from "@/lib/data/sager";
import { sagSvar } from "@/lib/domain/api";
import { adgangsfejl, apiAccess, fejl, ok } from "../../_lib/svar";
import { jsonRute } from "@/lib/data/json-rute";

export const dynamic = "force-dynamic";

// GET /api/v1/sager/{id} – one sag with timeline, decision and the data it rests on, contact and topic
export const GET = jsonRute(async (_request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const ctx = await apiAccess("se:sager");
  if (ctx instanceof Response) return ctx;
  const result = await hentSag(ctx, (await params).id);
  if (!result.ok) return adgangsfejl(result, "Sagen", ctx);
  if (result.data === null) return fejl(404, "Sagen findes ikke.", ctx);
  const { sag, emne, kontakt } = result.data;
  return ok(sagSvar, { sag, emne: emne.ok ? emne.data : null, kontakt: kontakt.ok ? kontakt.data : null }, ctx);
});
