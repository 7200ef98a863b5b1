import { citizens } from "@/mocks/personas";
import { PORTAL } from "./env";
import { expect, login, test } from "./fixtures";

function expectSecurityHeaders(headers: Record<string, string>, url: string) {
  expect(headers["strict-transport-security"], url).toMatch(/max-age=\d{7,}/);
  expect(headers["x-content-type-options"], url).toBe("nosniff");
  expect(headers["referrer-policy"], url).toMatch(/^(same-origin|no-referrer|strict-origin)$/);
  expect(headers["permissions-policy"], url).toContain("camera=()");
}

function expectCsp(csp: string | undefined, url: string) {
  expect(csp, url).toBeDefined();
  expect(csp, url).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  expect(csp, url).not.toContain("'unsafe-inline'");
  expect(csp, url).toContain("frame-ancestors 'none'");
}

test("every page, API response and static file carries the security headers", async ({ page, request }) => {
  const cspViolations: string[] = [];
  page.on("console", (msg) => {
    if (msg.text().includes("Content Security Policy")) cspViolations.push(msg.text());
  });
  const seen = new Map<string, Record<string, string>>();
  page.on("response", (response) => {
    if (response.url().startsWith(PORTAL)) seen.set(response.url(), response.headers());
  });
  await login(page, citizens.karen);
  for (const route of ["/", "/sager", "/log", "/findes-ikke"]) await page.goto(route);
  const health = await request.get("/api/health");
  seen.set(health.url(), health.headers());

  const pages = [...seen].filter(([, h]) => (h["content-type"] ?? "").includes("text/html"));
  const statics = [...seen].filter(([url]) => url.includes("/_next/static/"));
  expect(pages.length).toBeGreaterThanOrEqual(4);
  expect(statics.length).toBeGreaterThan(0);
  for (const [url, headers] of seen) expectSecurityHeaders(headers, url);
  for (const [url, headers] of [...pages, [health.url(), health.headers()] as const]) expectCsp(headers["content-security-policy"], url);
  expect(cspViolations).toEqual([]);
});

test("each page gets its own nonce", async ({ request }) => {
  const nonce = async () => (await request.get("/log-ind")).headers()["content-security-policy"]?.match(/'nonce-([^']+)'/)?.[1];
  const [a, b] = [await nonce(), await nonce()];
  expect(a).toBeTruthy();
  expect(a).not.toBe(b);
});

test("a state-changing API call from another origin is refused", async ({ request }) => {
  const foreign = await request.post("/api/health", { headers: { origin: "https://angriber.example" } });
  expect(foreign.status()).toBe(403);
  expect(await foreign.json()).toEqual({ fejl: "Forespørgslen kom ikke fra Mine Data" });
  const noOrigin = await request.post("/api/health");
  expect(noOrigin.status()).toBe(403);
});
