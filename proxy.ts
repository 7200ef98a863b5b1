import { NextResponse, type NextRequest } from "next/server";

/**
 * Security headers for every page and API response: a per-request nonce CSP (no inline script
 * without it), no framing, and an Origin check for state-changing API calls. Server actions carry
 * Next's own Origin check; Auth.js's routes carry its CSRF token.
 */
export function proxy(request: NextRequest) {
  const portal = new URL(process.env.AUTH_URL ?? request.nextUrl.origin);
  const unsafe = !["GET", "HEAD", "OPTIONS"].includes(request.method);
  const api = request.nextUrl.pathname.startsWith("/api/");
  // The deling API is called server to server by third parties that prove who they are with a
  // signed client assertion or an access token, never with a cookie, so a browser Origin does not apply.
  const utenCookie = request.nextUrl.pathname.startsWith("/api/v1/deling/");
  if (unsafe && api && !utenCookie && !request.nextUrl.pathname.startsWith("/api/auth/")) {
    if (request.headers.get("origin") !== portal.origin) {
      return NextResponse.json({ fejl: "Forespørgslen kom ikke fra Mine Data" }, { status: 403 });
    }
  }

  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const dev = process.env.NODE_ENV === "development";
  // Login posts a form whose answer redirects to the MitID broker: form-action must allow it.
  const broker = process.env.MITID_ISSUER ? new URL(process.env.MITID_ISSUER).origin : "";
  const csp = [
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

  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("content-security-policy", csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("content-security-policy", csp);
  // Stated, as the OpenAPI document says: only the portal's own pages may read /api/v1 in a browser.
  if (request.nextUrl.pathname.startsWith("/api/v1/")) response.headers.set("access-control-allow-origin", portal.origin);
  return response;
}

export const config = {
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico).*)" }],
};
