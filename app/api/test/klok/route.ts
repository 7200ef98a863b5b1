import { z } from "zod";
import { saetForskydning, testklokTilladt } from "@/lib/klokke";

export const dynamic = "force-dynamic";

const input = z.object({ forskydningMs: z.number().int().min(0).max(10 * 365 * 86_400_000) });

// PUT /api/test/klok – moves the portal's clock forward in a browser-test stack; 404 everywhere else
export async function PUT(request: Request) {
  if (!testklokTilladt()) return Response.json({ fejl: "Siden findes ikke." }, { status: 404 });
  const parsed = input.safeParse(await request.json().catch(() => null));
  if (!parsed.success) return Response.json({ fejl: "Ugyldig forskydning." }, { status: 400 });
  saetForskydning(parsed.data.forskydningMs);
  return Response.json({ forskydningMs: parsed.data.forskydningMs });
}
