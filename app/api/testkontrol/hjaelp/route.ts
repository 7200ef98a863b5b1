import { z } from "zod";
import { spolFrem, testkontrolAaben } from "@/lib/assistance/testkontrol";

export const dynamic = "force-dynamic";

const input = z.object({ minutter: z.number().int().min(1).max(24 * 60) });

// POST /api/testkontrol/hjaelp {"minutter": 6} – browser tests only (MINEDATA_TESTKLOK=1 on localhost); 404 everywhere else.
export async function POST(request: Request) {
  if (!testkontrolAaben()) return Response.json({ fejl: "Siden findes ikke." }, { status: 404 });
  const parsed = input.safeParse(await request.json().catch(() => null));
  if (!parsed.success) return Response.json({ fejl: "Angiv minutter som et helt tal." }, { status: 400 });
  const flyttet = await spolFrem(parsed.data.minutter);
  return Response.json({ flyttet }, { status: flyttet ? 200 : 404 });
}
