import { apiAccess } from "@/lib/data/guard";
import { bilagForBorger, bilagSvar } from "@/lib/rettelser/bilag-adgang";

export const dynamic = "force-dynamic";

const tekst = (status: number, besked: string) => new Response(besked, { status, headers: { "content-type": "text/plain; charset=utf-8" } });

// GET /sager/{id}/bilag/{bilagId} – a document the person added to the sag
export async function GET(_request: Request, { params }: { params: Promise<{ id: string; bilagId: string }> }) {
  const ctx = await apiAccess("se:sager");
  if (ctx instanceof Response) return ctx;
  const { bilagId } = await params;
  const result = /^[0-9a-f-]{36}$/.test(bilagId) ? await bilagForBorger(ctx, bilagId) : { ok: true as const, data: null };
  if (!result.ok) return tekst(503, "Filen kan ikke hentes lige nu. Prøv igen senere.");
  if (!result.data) return tekst(404, "Filen findes ikke.");
  return bilagSvar(result.data);
}
