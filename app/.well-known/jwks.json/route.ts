import { jwks } from "@/lib/kvittering/noegle";

export const dynamic = "force-dynamic";

// GET /.well-known/jwks.json – the public keys that check receipts and the deling API's access tokens
export async function GET() {
  return Response.json(await jwks(), { headers: { "cache-control": "public, max-age=300" } });
}
