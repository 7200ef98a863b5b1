import { readFileSync } from "node:fs";
import path from "node:path";
import { MAKS_BODY_BYTES } from "@/lib/sikkerhed/forespoergsel";
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

/** A real server action of the login page, as a form without JavaScript posts it. */
async function loginAction(request: import("@playwright/test").APIRequestContext) {
  const html = await (await request.get("/log-ind")).text();
  const id = html.match(/name="\$ACTION_ID_([0-9a-f]{42})"/)?.[1];
  expect(id, "the login form's action id").toBeTruthy();
  return { [`$ACTION_ID_${id}`]: "", til: "/" };
}

test("a server action without our Origin is refused in Danish, with the security headers; with it, it runs", async ({ request }) => {
  const form = await loginAction(request);
  for (const headers of [{}, { origin: "null" }, { origin: "http://[" }, { origin: "https://angriber.example" }] as Record<string, string>[]) {
    const refused = await request.post("/log-ind", { multipart: form, headers, maxRedirects: 0 });
    expect(refused.status(), JSON.stringify(headers)).toBe(403);
    expect(await refused.text()).toContain("Forespørgslen kom ikke fra Mine Data");
    expectSecurityHeaders(refused.headers(), "403");
    expectCsp(refused.headers()["content-security-policy"], "403");
  }
  // The same request from our own origin is the login itself: off to MitID.
  const ok = await request.post("/log-ind", { multipart: form, headers: { origin: PORTAL }, maxRedirects: 0 });
  expect(ok.status()).toBe(303);
  expect(ok.headers().location).toMatch(/\/auth\?/);
});

test("bad input gets a Danish answer and the right 4xx, never a 500", async ({ request }) => {
  const cases: { name: string; send: () => Promise<import("@playwright/test").APIResponse>; status: number; tekst: RegExp }[] = [
    { name: "NUL in the query", send: () => request.get("/sager?q=a%00b"), status: 400, tekst: /Teksten kan ikke bruges/ },
    { name: "NUL in the path", send: () => request.get("/sager/a%00b"), status: 400, tekst: /Teksten kan ikke bruges/ },
    { name: "a path that is not UTF-8", send: () => request.get("/sager/%FF%FE"), status: 400, tekst: /Adressen kan ikke bruges/ },
    {
      name: "NUL in a form",
      send: () => request.post("/deltag", { form: { kode: "ABC234", navn: "A\u0000B" }, headers: { origin: PORTAL } }),
      status: 400,
      tekst: /Teksten kan ikke bruges/,
    },
    {
      name: "a malformed Next-Action",
      send: () => request.post("/deltag", { data: "[]", headers: { origin: PORTAL, "next-action": "../../x" } }),
      status: 400,
      tekst: /Handlingen findes ikke/,
    },
    {
      name: "an oversized body",
      send: () => request.post("/deltag", { data: "x".repeat(MAKS_BODY_BYTES + 1), headers: { origin: PORTAL, "content-type": "text/plain" } }),
      status: 413,
      tekst: /for stort/,
    },
    { name: "an unknown Auth.js action", send: () => request.get("/api/auth/findes-ikke"), status: 400, tekst: /Login-tjenesten kunne ikke forstå/ },
  ];
  for (const c of cases) {
    const response = await c.send();
    expect(response.status(), c.name).toBe(c.status);
    const body = await response.text();
    expect(body, c.name).toMatch(c.tekst);
    expect(body, c.name).not.toMatch(/Internal Server Error|Bad request|Error:/);
  }
});

test("Auth.js's own pages answer in Danish: sign-out asks in Danish, errors land on /log-ind", async ({ page }) => {
  await page.goto("/api/auth/signout");
  await expect(page).toHaveURL(/\/log-ud$/);
  await expect(page.getByRole("heading", { level: 1, name: "Du er ikke logget ind" })).toBeVisible();
  await page.goto("/api/auth/error?error=Configuration");
  await expect(page).toHaveURL(/\/log-ind\?error=Configuration$/);
  await expect(page.locator(".alert-error")).toContainText("Login blev afbrudt eller lykkedes ikke");
  await login(page, citizens.karen);
  await page.goto("/api/auth/signout");
  await expect(page.getByRole("heading", { level: 1, name: "Log af" })).toBeVisible();
  await page.getByRole("main").getByRole("button", { name: "Log af" }).click();
  await expect(page.getByText("Du er nu logget af")).toBeVisible();
});

test("the stack starts the portal only once its fagsystemer answer", () => {
  const log = readFileSync(path.join(import.meta.dirname, `../../test-results/server-${new URL(PORTAL).port}.log`), "utf8");
  const mocks = log.indexOf("[fagsystemer] mock-server kører");
  const portal = log.indexOf("[portal] kører");
  expect(mocks).toBeGreaterThanOrEqual(0);
  expect(portal).toBeGreaterThan(mocks);
});
