import { mkdirSync } from "node:fs";
import { chromium, type Browser, type Page } from "@playwright/test";

/**
 * Both sides of an assisted session, at 1280 and 390 px: Karen makes a code, Mette enters it and
 * helps, Karen sees the banner and what Mette looked at. Run against a running portal whose
 * database has no session in progress for Karen or Mette (e.g. a fresh e2e stack):
 * `BASE_URL=http://localhost:3500 node --import tsx scripts/screenshots-hjaelp.ts`.
 */
const base = process.env.BASE_URL ?? "http://localhost:3000";
const out = process.env.OUT ?? "data/screenshots";
mkdirSync(out, { recursive: true });

async function login(browser: Browser, width: number, name: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height: 900 }, locale: "da-DK" });
  const page = await context.newPage();
  await page.goto(base);
  await page.getByRole("button", { name: "Log ind med MitID" }).click();
  await page.getByRole("button", { name: new RegExp(`^${name}`) }).click();
  await page.waitForLoadState("networkidle");
  return page;
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
});
for (const width of [1280, 390]) {
  const shoot = (page: Page, name: string) => page.screenshot({ path: `${out}/hjaelp-${name}-${width}.png`, fullPage: true });
  const karen = await login(browser, width, "Karen Jensen");
  await karen.goto(`${base}/hjaelp`);
  // A code left waiting by an earlier run is cancelled first.
  const fortryd = karen.getByRole("button", { name: "Fortryd – ingen hjælp" });
  if (await fortryd.isVisible()) await fortryd.click();
  await shoot(karen, "borger-start");
  for (const omraade of ["Sager", "Ydelser"]) await karen.getByRole("checkbox", { name: omraade, exact: true }).check();
  await karen.getByRole("checkbox", { name: "Ja, medarbejderen må gøre en anmodning klar" }).check();
  await karen.getByRole("button", { name: "Få en kode" }).click();
  const kode = (await karen.locator(".hjaelp-kode-cifre [aria-hidden]").textContent())!.replace(/\s/g, "");
  await shoot(karen, "borger-kode");

  const mette = await login(browser, width, "Mette Lund");
  await mette.goto(`${base}/medarbejder/hjaelp`);
  await shoot(mette, "medarbejder-konsol");
  await mette.getByRole("textbox", { name: "Borgerens kode" }).fill(kode);
  await mette.getByRole("button", { name: "Start hjælpen" }).click();
  await mette.waitForURL(`${base}/`);
  await shoot(mette, "medarbejder-overblik");
  await mette.goto(`${base}/sager`);
  await shoot(mette, "medarbejder-sager");
  await mette.goto(`${base}/medarbejder/hjaelp`);
  await mette.getByRole("radio", { name: /^Give en anden fuldmagt/ }).check();
  await mette.getByRole("textbox", { name: "Den andens fulde navn" }).fill("Ole Jensen");
  await mette.getByRole("textbox", { name: "Dag", exact: true }).fill("5");
  await mette.getByRole("textbox", { name: "Måned", exact: true }).fill("7");
  await mette.getByRole("textbox", { name: "År", exact: true }).fill("1942");
  await mette.getByRole("checkbox", { name: "Se sager", exact: true }).check();
  await mette.getByLabel("Hvornår skal fuldmagten slutte?").fill(new Date(Date.now() + 90 * 86_400_000).toISOString().slice(0, 10));
  await mette.getByRole("button", { name: /^Gør klar til/ }).click();
  await mette.getByText(/venter nu på/).waitFor();
  await shoot(mette, "medarbejder-konsol-igang");

  await karen.goto(`${base}/`);
  await shoot(karen, "borger-forside");
  // Declined, so the screenshots leave no fuldmagt behind.
  await karen.getByRole("button", { name: /^Afvis/ }).click();
  await karen.waitForURL(`${base}/`);
  await karen.goto(`${base}/hjaelp`);
  await shoot(karen, "borger-igang");
  await karen.getByRole("button", { name: "Afslut hjælp" }).first().click();
  await karen.waitForURL(/afsluttet=1/);
  await shoot(karen, "borger-afsluttet");
  await mette.goto(`${base}/sager`);
  await shoot(mette, "medarbejder-slut");
  await mette.context().close();
  await karen.context().close();
}
await browser.close();
console.log(`Skærmbilleder gemt i ${out}/`);
