import { kvitteringSvar } from "@/app/_components/kvittering-svar";
import { samtykkeKvitteringJws } from "@/lib/data/samtykker";

export const dynamic = "force-dynamic";

// GET /samtykker/deling/{id}/kvittering – the samtykke's signed DPV receipt (compact JWS), as a file
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return kvitteringSvar("handle:samtykke", `samtykke-${id}`, (ctx) => samtykkeKvitteringJws(ctx, id));
}
