import { NextResponse, type NextRequest } from "next/server";
import { STI_HEADER, databasenSvarer } from "@/lib/db/tilstand";
import { UPLOAD_STIER } from "@/lib/rettelser/graenser";
import { DATABASE_NEDE, afvisningsSvar, tjekHoved, tjekIndhold, type Afvisning } from "@/lib/sikkerhed/forespoergsel";

/**
 * The edge of the portal. Every request that changes state must carry our own Origin (server
 * actions included: Next's own check lets a request without Origin through); bad input is
 * refused here with a Danish answer and the right 4xx, so no page, action or route sees it.
 * Every answer gets a per-request nonce CSP (no inline script without it) and no framing. The
 * client address was settled before Next by scripts/server.mjs.
 */
export async function proxy(request: NextRequest) {
  const portal = new URL(process.env.AUTH_URL ?? request.nextUrl.origin);
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const csp = contentSecurityPolicy(nonce, portal);

  const hoved = tjekHoved(request, portal.origin);
  // A form that uploads gets its own page back with a Danish message instead of a bare 413: the
  // browser checks the size first when JavaScript runs; this is for when it does not.
  if (hoved?.status === 413 && UPLOAD_STIER.some((sti) => sti.test(request.nextUrl.pathname))) {
    const tilbage = request.nextUrl.clone();
    tilbage.searchParams.set("fejl", "fil-for-stor");
    return NextResponse.redirect(tilbage, 303);
  }
  const afvist = hoved ?? (await tjekIndhold(request)) ?? (await databaseNede(request));
  if (afvist) return afvis(afvist, request.nextUrl.pathname.startsWith("/api/"), csp);

  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set(STI_HEADER, request.nextUrl.pathname + request.nextUrl.search);
  requestHeaders.set("content-security-policy", csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("content-security-policy", csp);
  // Stated, as the OpenAPI document says: only the portal's own pages may read /api/v1 in a browser.
  if (request.nextUrl.pathname.startsWith("/api/v1/")) response.headers.set("access-control-allow-origin", portal.origin);
  return response;
}

/**
 * Without its own database the portal can check no login, policy or log, so it shows nothing and
 * says so in Danish, as a 503 a browser or client may retry. /api/health still answers and names
 * what is down.
 */
async function databaseNede(request: NextRequest): Promise<Afvisning | null> {
  return request.nextUrl.pathname === "/api/health" || (await databasenSvarer()) ? null : DATABASE_NEDE;
}

function afvis(afvisning: Afvisning, api: boolean, csp: string): NextResponse {
  const { body, type } = afvisningsSvar(afvisning, api);
  return new NextResponse(body, {
    status: afvisning.status,
    headers: {
      "content-type": type,
      "content-language": "da",
      "cache-control": "no-store",
      "content-security-policy": csp,
      ...(afvisning.status === 503 ? { "retry-after": "30" } : {}),
    },
  });
}

function contentSecurityPolicy(nonce: string, portal: URL): string {
  const dev = process.env.NODE_ENV === "development";
  // Login posts a form whose answer redirects to the MitID broker: form-action must allow it.
  const broker = process.env.MITID_ISSUER ? new URL(process.env.MITID_ISSUER).origin : "";
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    `style-src 'self' 'nonce-${nonce}'`,
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    `form-action 'self' ${broker}`.trim(),
    "frame-ancestors 'none'",
    ...(portal.protocol === "https:" ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

export const config = {
  matcher: [{ source: "/((?!_next/static|_next/image).*)" }],
};
