import { apiAccess } from "@/lib/data/guard";
import { bilagForBorger, bilagSvar } from "@/lib/rettelser/bilag-adgang";

export const dynamic = "force-dynamic";

// GET /rettelser/bilag/{id} – a file the person attached to a request or a sag
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const ctx = await apiAccess("handle:rettelse");
  if (ctx instanceof Response) return ctx;
  const { id } = await params;
  const result = /^[0-9a-f-]{36}$/.test(id) ? await bilagForBorger(ctx, id) : { ok: true as const, data: null };
  if (!result.ok) return new Response("Filen kan ikke hentes lige nu. Prøv igen senere.", { status: 503, headers: { "content-type": "text/plain; charset=utf-8" } });
  if (!result.data) return new Response("Filen findes ikke.", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
  return bilagSvar(result.data);
}
