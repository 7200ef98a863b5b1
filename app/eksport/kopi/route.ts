import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { apiAccess } from "@/lib/data/guard";
import { eksportHtml, stroem } from "@/lib/eksport/skriv";

export const dynamic = "force-dynamic";

// GET /eksport/kopi – the readable, printable copy, streamed section by section as it is read
export async function GET() {
  const ctx = await apiAccess("handle:eksport");
  if (ctx instanceof Response) {
    if (ctx.status === 401) redirect("/log-ind?til=%2Feksport");
    return ctx;
  }
  const nonce = (await headers()).get("x-nonce") ?? "";
  return new Response(stroem(eksportHtml(ctx, nonce)), {
    headers: { "content-type": "text/html; charset=utf-8", "cache-control": "no-store", "content-language": "da" },
  });
}
