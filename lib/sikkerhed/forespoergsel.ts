/**
 * What proxy.ts refuses before a request reaches a page, a route or a server action: a foreign
 * or missing Origin on anything that changes state, a malformed server-action id (header or form field), an oversized
 * body, and text no form of ours can store (a NUL byte, a path that is not UTF-8). Each refusal is
 * a status and a Danish sentence; nothing behind it runs, so nothing is stored.
 */

export type Afvisning = { status: 400 | 403 | 411 | 413 | 503; overskrift: string; tekst: string };

/** The largest body the portal accepts; next.config.mjs gives server actions the same limit. */
export const MAKS_BODY_BYTES = 10 * 1024 * 1024;

const SIKRE_METODER = new Set(["GET", "HEAD", "OPTIONS"]);
/**
 * The deling API is called server to server by third parties that prove who they are with a
 * signed client assertion or an access token, never with a cookie, so a browser Origin does not apply.
 */
const UDEN_COOKIE = /^\/api\/v1\/deling\//;
/** Next 16's server-action ids: 42 hexadecimal characters. */
const ACTION_ID = /^[0-9a-f]{42}$/;

const FREMMED: Afvisning = {
  status: 403,
  overskrift: "Forespørgslen kom ikke fra Mine Data",
  tekst: "Vi gemmer kun det, der bliver sendt fra Mine Datas egne sider. Gå til siden igen, og prøv en gang til.",
};
const UGYLDIG_TEKST: Afvisning = {
  status: 400,
  overskrift: "Teksten kan ikke bruges",
  tekst: "Det, du sendte, indeholder et tegn, vi ikke kan gemme. Skriv teksten igen uden at kopiere den ind, og prøv igen.",
};
const UGYLDIG_ADRESSE: Afvisning = {
  status: 400,
  overskrift: "Adressen kan ikke bruges",
  tekst: "Adressen på siden indeholder tegn, vi ikke kan læse. Tjek adressen, eller gå til forsiden af Mine Data.",
};
const UGYLDIG_HANDLING: Afvisning = {
  status: 400,
  overskrift: "Handlingen findes ikke",
  tekst: "Siden bad om noget, Mine Data ikke kan gøre. Hent siden igen, og prøv en gang til.",
};
const FOR_STOR: Afvisning = {
  status: 413,
  overskrift: "Det, du sendte, er for stort",
  tekst: `Mine Data kan modtage højst ${MAKS_BODY_BYTES / 1024 / 1024} MB ad gangen. Send mindre, fx én fil ad gangen.`,
};
/** The portal's own database does not answer: nothing can be checked, logged or shown, so nothing is. */
export const DATABASE_NEDE: Afvisning = {
  status: 503,
  overskrift: "Mine Data kan ikke vises lige nu",
  tekst: "Vi har en teknisk fejl. Dine data er ikke væk. Prøv igen om lidt, eller ring til Borgerservice på 44 44 44 44.",
};
const UKENDT_STOERRELSE: Afvisning = {
  status: 411,
  overskrift: "Forespørgslen mangler sin størrelse",
  tekst: "Mine Data skal kende størrelsen på det, der bliver sendt. Prøv igen fra siden i din browser.",
};

/** A NUL byte, raw, URL-encoded or JSON-escaped (how React encodes a server action's arguments). */
const NUL = /\u0000|%00|\\u0000/i;

/** Checks what the request line and headers alone can tell. */
export function tjekHoved(request: { method: string; url: string; headers: Headers }, portalOrigin: string): Afvisning | null {
  const url = new URL(request.url);
  const raw = request.url.slice(url.origin.length);
  if (NUL.test(raw)) return UGYLDIG_TEKST;
  try {
    decodeURIComponent(url.pathname);
  } catch {
    return UGYLDIG_ADRESSE;
  }
  if (SIKRE_METODER.has(request.method)) return null;
  // Exact match: a missing, "null", malformed or foreign Origin is refused, never parsed.
  if (!UDEN_COOKIE.test(url.pathname) && request.headers.get("origin") !== portalOrigin) return FREMMED;
  const action = request.headers.get("next-action");
  if (action !== null && !ACTION_ID.test(action)) return UGYLDIG_HANDLING;
  const laengde = request.headers.get("content-length");
  if (laengde === null) return request.headers.has("transfer-encoding") ? UKENDT_STOERRELSE : null;
  const bytes = Number(laengde);
  if (!Number.isSafeInteger(bytes) || bytes < 0) return UKENDT_STOERRELSE;
  return bytes > MAKS_BODY_BYTES ? FOR_STOR : null;
}

/** Checks the text of a form or JSON body; files in a multipart form are left alone. */
export async function tjekIndhold(request: Request): Promise<Afvisning | null> {
  if (SIKRE_METODER.has(request.method) || !request.body) return null;
  const type = request.headers.get("content-type") ?? "";
  try {
    if (type.startsWith("multipart/form-data")) {
      for (const [navn, vaerdi] of await request.clone().formData()) {
        if (NUL.test(navn) || (typeof vaerdi === "string" && NUL.test(vaerdi))) return UGYLDIG_TEKST;
        // A form without JavaScript names its action in a field; Next answers a malformed one with a bare 400.
        if (navn.startsWith("$ACTION_ID_") && !ACTION_ID.test(navn.slice("$ACTION_ID_".length))) return UGYLDIG_HANDLING;
      }
      return null;
    }
    return NUL.test(await request.clone().text()) ? UGYLDIG_TEKST : null;
  } catch {
    // A body that does not parse as what it claims to be is not ours.
    return UGYLDIG_TEKST;
  }
}

const escape = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

/** The refusal as a small Danish page (for browsers) or JSON (for /api). */
export function afvisningsSvar(a: Afvisning, api: boolean): { body: string; type: string } {
  if (api) return { body: JSON.stringify({ fejl: a.overskrift }), type: "application/json" };
  const body = `<!doctype html><html lang="da"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escape(a.overskrift)} – Mine Data</title></head><body><main><h1>${escape(a.overskrift)}</h1><p>${escape(a.tekst)}</p><p><a href="/">Gå til forsiden af Mine Data</a></p></main></body></html>`;
  return { body, type: "text/html; charset=utf-8" };
}
