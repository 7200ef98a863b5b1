import "server-only";
import type { Action } from "@/lib/access/actions";
import type { Adgang, DataContext } from "@/lib/data/access";
import { apiAccess } from "@/lib/data/guard";

const headers = { "cache-control": "no-store", "content-language": "da" };

/** A signed receipt as a download; a refusal or a missing receipt is "not found", in Danish. */
export async function kvitteringSvar(action: Action, filnavn: string, hent: (ctx: DataContext) => Promise<Adgang<string | null>>): Promise<Response> {
  const ctx = await apiAccess(action);
  if (ctx instanceof Response) return ctx;
  const result = await hent(ctx);
  if (result.ok && result.data) {
    return new Response(result.data, {
      headers: { ...headers, "content-type": "application/jose; charset=utf-8", "content-disposition": `attachment; filename="kvittering-${filnavn.replace(/[^a-z0-9-]/gi, "")}.jws"` },
    });
  }
  const status = result.ok || result.reason === "ikke-fundet" ? 404 : 503;
  return Response.json({ fejl: status === 404 ? "Kvitteringen findes ikke." : "Kvitteringen kan ikke hentes lige nu. Prøv igen senere." }, { status, headers });
}
