import { mkdirSync } from "node:fs";
import { chromium, type Page } from "@playwright/test";

/**
 * Screenshots of the pages as people see them, at 1280 and 390 px, for a human to look at.
 * Run against a running portal: `npm start`, then `node --import tsx scripts/screenshots.ts`.
 */
const base = process.env.BASE_URL ?? "http://localhost:3000";
const out = process.env.OUT ?? "data/screenshots";
mkdirSync(out, { recursive: true });

async function login(page: Page, name: string) {
  await page.goto(base);
  await page.getByRole("button", { name: "Log ind med MitID" }).click();
  await page.getByRole("button", { name: new RegExp(`^${name}`) }).click();
  await page.waitForLoadState("networkidle");
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
});
for (const width of [1280, 390]) {
  const shoot = async (page: Page, name: string) => page.screenshot({ path: `${out}/${name}-${width}.png`, fullPage: true });
  const context = await browser.newContext({ viewport: { width, height: 900 }, locale: "da-DK" });
  const page = await context.newPage();
  await page.goto(base);
  await shoot(page, "forside-logget-ud");
  await page.getByRole("button", { name: "Log ind med MitID" }).click();
  await shoot(page, "mitid-simulator");
  await page.getByRole("button", { name: /^Karen Jensen/ }).click();
  await page.waitForLoadState("networkidle");
  await shoot(page, "forside-karen");
  await page.goto(`${base}/sager`);
  await shoot(page, "sager-karen");
  await page.getByRole("link", { name: "Personligt tillæg til medicin" }).click();
  await page.waitForLoadState("networkidle");
  await shoot(page, "sag-karen");
  await page.getByRole("link", { name: "Afgørelse om personligt tillæg til medicin" }).click();
  await page.waitForLoadState("networkidle");
  await shoot(page, "dokument-karen");
  await page.goto(`${base}/ydelser`);
  await shoot(page, "ydelser-karen");
  await page.goto(`${base}/oplysninger`);
  await shoot(page, "oplysninger-karen");
  await page.goto(`${base}/log`);
  await shoot(page, "log-karen");
  await page.goto(`${base}/findes-ikke`);
  await shoot(page, "404");
  await context.close();

  const staffContext = await browser.newContext({ viewport: { width, height: 900 }, locale: "da-DK" });
  const staffPage = await staffContext.newPage();
  await login(staffPage, "Mette Lund");
  await shoot(staffPage, "medarbejder-mette");
  await staffContext.close();
}
await browser.close();
console.log(`Skærmbilleder gemt i ${out}/`);
