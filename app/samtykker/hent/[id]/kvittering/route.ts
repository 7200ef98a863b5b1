import { kvitteringSvar } from "@/app/_components/kvittering-svar";
import { hentesamtykkeKvitteringJws } from "@/lib/hentesamtykke/store";

export const dynamic = "force-dynamic";

// GET /samtykker/hent/{id}/kvittering – the signed DPV receipt (compact JWS) of a consent to fetch, as a file
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return kvitteringSvar("handle:samtykke", `hentesamtykke-${id}`, (ctx) => hentesamtykkeKvitteringJws(ctx, id));
}
