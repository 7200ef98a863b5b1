import { kvitteringSvar } from "@/app/_components/kvittering-svar";
import { fuldmagtKvitteringJws } from "@/lib/data/samtykker";

export const dynamic = "force-dynamic";

// GET /fuldmagter/{id}/kvittering – the fuldmagt's signed DPV receipt (compact JWS), as a file
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return kvitteringSvar("se:fuldmagter", `fuldmagt-${id}`, (ctx) => fuldmagtKvitteringJws(ctx, id));
}
