import { requestContext } from "@/lib/data/context";
import { bilagForSagsbehandler, bilagSvar } from "@/lib/rettelser/bilag-adgang";

export const dynamic = "force-dynamic";

const tekst = (status: number, besked: string) => new Response(besked, { status, headers: { "content-type": "text/plain; charset=utf-8" } });

// GET /medarbejder/indbakke/bilag/{id} – a citizen's attachment, under the caseworker's duty (logged)
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const request = await requestContext();
  if (!request || request.actor.art !== "medarbejder" || !request.actor.privilegier.includes("urn:dk:korsbaek:minedata:privilege:sagsbehandler")) {
    return tekst(404, "Filen findes ikke.");
  }
  const { id } = await params;
  const result = /^[0-9a-f-]{36}$/.test(id) ? await bilagForSagsbehandler(request.actor, id) : { ok: true as const, data: null };
  if (!result.ok) return tekst(result.reason === "ikke-fundet" ? 404 : 503, result.reason === "ikke-fundet" ? "Filen findes ikke." : "Filen kan ikke hentes lige nu.");
  if (!result.data) return tekst(404, "Filen findes ikke.");
  return bilagSvar(result.data);
}
