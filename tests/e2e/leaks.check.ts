import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { citizens } from "@/mocks/personas";
import { PORTAL } from "./env";
import { expect, login, test } from "./fixtures";

/** Every demo CPR number, with and without the hyphen. */
const cprPatterns = Object.values(citizens).flatMap((p) => [p.cpr, `${p.cpr.slice(0, 6)}-${p.cpr.slice(6)}`]);

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}

function leaksIn(text: string): string[] {
  return cprPatterns.filter((cpr) => text.includes(cpr));
}

test("no CPR number in the client bundles the build produced", () => {
  const staticDir = path.join(process.env.NEXT_DIST_DIR ?? ".next", "static");
  const files = filesUnder(staticDir);
  expect(files.length).toBeGreaterThan(0);
  const leaks = files.flatMap((file) => leaksIn(readFileSync(file, "utf8")).map((cpr) => `${file}: ${cpr}`));
  expect(leaks).toEqual([]);
});

test("no CPR number in any URL while citizens use the portal", async ({ browser }) => {
  // Six logins and sixty pages in one test: far more than the default 30 s on a busy machine.
  test.setTimeout(300_000);
  const urls: string[] = [];
  for (const persona of Object.values(citizens)) {
    const page = await browser.newPage();
    page.on("request", (request) => urls.push(request.url()));
    await login(page, persona);
    // Every page a citizen reaches from the menu, and the first step of each form.
    for (const route of ["/", "/sager", "/ydelser", "/oplysninger", "/fuldmagter", "/rettelser", "/samtykker", "/eksport", "/log", "/hjaelp"]) {
      await page.goto(`${PORTAL}${route}`);
    }
    await page.close();
  }
  expect(urls.length).toBeGreaterThan(20);
  expect(urls.flatMap(leaksIn)).toEqual([]);
});

test("no CPR number in what the portal, the MitID simulator and the fagsystemer logged during the run", () => {
  const log = readFileSync(`test-results/server-${new URL(PORTAL).port}.log`, "utf8");
  expect(log.length).toBeGreaterThan(0);
  expect(leaksIn(log)).toEqual([]);
});
