import { hentDokument } from "@/lib/data/sager";
import { dokumentSvar } from "@/lib/domain/api";
import { adgangsfejl, apiAccess, fejl, ok } from "../../../../_lib/svar";
import { jsonRute } from "@/lib/data/json-rute";

export const dynamic = "force-dynamic";

// GET /api/v1/sager/{id}/dokumenter/{dokumentId} – one document of a sag, with its text where the fagsystem has it
export const GET = jsonRute(async (_request: Request, { params }: { params: Promise<{ id: string; dokumentId: string }> }) => {
  const ctx = await apiAccess("se:dokumenter");
  if (ctx instanceof Response) return ctx;
  const { id, dokumentId } = await params;
  const result = await hentDokument(ctx, id, dokumentId);
  if (!result.ok) return adgangsfejl(result, "Dokumentet", ctx);
  if (result.data === null) return fejl(404, "Dokumentet findes ikke.", ctx);
  return ok(dokumentSvar, result.data, ctx);
});
