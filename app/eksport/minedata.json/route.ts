import { redirect } from "next/navigation";
import { apiAccess } from "@/lib/data/guard";
import { eksportJson, stroem } from "@/lib/eksport/skriv";
import { idagIso } from "@/lib/format";

export const dynamic = "force-dynamic";

// GET /eksport/minedata.json – a copy of all the person's data as one JSON file, streamed as it is read
export async function GET() {
  const ctx = await apiAccess("handle:eksport");
  if (ctx instanceof Response) {
    if (ctx.status === 401) redirect("/log-ind?til=%2Feksport");
    return ctx;
  }
  return new Response(stroem(eksportJson(ctx)), {
    headers: {
      "content-type": "application/json; charset=utf-8",
      "content-disposition": `attachment; filename="mine-data-${idagIso()}.json"`,
      "cache-control": "no-store",
    },
  });
}
