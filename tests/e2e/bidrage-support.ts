import type { Browser, Page } from "@playwright/test";
import { citizens, staff, type Persona } from "@/mocks/personas";
import { deterministicUuid } from "@/mocks/random";
import { MOCKS } from "./env";
import { expect as baseExpect, expectAccessible, login } from "./fixtures";

/** Server actions here call several fagsystemer in a row; on a busy two-core machine that can take more than 5 s. */
export const expect = baseExpect.configure({ timeout: 20_000 });

/** Shared by the BIDRAGE browser tests: Amir's sygedagpenge sag and its data, the letters in the Digital Post mock. */
export const SYGEDAGPENGE = deterministicUuid("sag:15.17.06-G01-44-25");
export const datum = (i: number) => deterministicUuid(`datum:15.17.06-G01-44-25:${i}`);
export const DATUM = { sygemeldt: datum(0), uger: datum(1), indkomst: datum(2), adresse: datum(3) };

/** A tiny real PNG (the 8-byte signature and an IHDR chunk), enough for the content check. */
export const PNG = Buffer.from("89504e470d0a1a0a0000000d4948445200000001000000010806000000", "hex");

export async function som(browser: Browser, persona: Persona, start = "/", javaScriptEnabled = true): Promise<Page> {
  const context = await browser.newContext({ javaScriptEnabled: true, locale: "da-DK" });
  const page = await context.newPage();
  await login(page, persona, start);
  await expect(page.getByRole("button", { name: "Log af" })).toBeVisible();
  // Staff land on their own front page after login; go where the test starts.
  if (new URL(page.url()).pathname + new URL(page.url()).search !== start) await page.goto(start);
  if (javaScriptEnabled) return page;
  const state = await context.storageState();
  await context.close();
  const noJs = await browser.newContext({ javaScriptEnabled: false, locale: "da-DK", storageState: state });
  const p = await noJs.newPage();
  await p.goto(start);
  return p;
}

export const amir = (browser: Browser, start = "/", js = true) => som(browser, citizens.amir, start, js);
export const jonas = (browser: Browser, start = "/medarbejder/indbakke") => som(browser, staff.jonas, start);

/** The letters the Digital Post mock holds for a person (the CPR number goes in the body, never a URL). */
export async function breve(cpr: string): Promise<{ titel: string; tekst: string }[]> {
  const response = await fetch(`${MOCKS}/digitalpost/breve/soeg`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ cprNummer: cpr, side: 1, antal: 100 }),
  });
  return ((await response.json()) as { breve: { titel: string; tekst: string }[] }).breve;
}

/** Step 1 → 2 → 3 → sent, from the form page the test is on; returns the reference and the request's page URL. */
export async function udfyldOgSend(page: Page, svar: { rigtigt?: string; hvorfor: string; fil?: boolean }): Promise<{ reference: string; url: string }> {
  if (svar.rigtigt !== undefined) await page.getByLabel("Hvad er det rigtige?").fill(svar.rigtigt);
  await page.getByLabel("Hvorfor er det forkert?").fill(svar.hvorfor);
  await page.getByRole("button", { name: "Fortsæt" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Vedhæft dokumenter" })).toBeVisible();
  await expectAccessible(page);
  if (svar.fil) {
    await page.getByLabel("Vælg en fil").setInputFiles({ name: "lejekontrakt.png", mimeType: "image/png", buffer: PNG });
    await page.getByRole("button", { name: "Vedhæft filen" }).click();
    await expect(page.getByText("Filen er vedhæftet.")).toBeVisible();
  }
  await page.getByRole("link", { name: "Fortsæt til Tjek dine svar" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Tjek dine svar" })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Send anmodningen" }).click();
  await expect(page.getByRole("heading", { name: "Anmodningen er sendt" })).toBeVisible();
  const reference = (await page.locator(".rettelse-kvittering strong").first().innerText()).trim();
  expect(reference).toMatch(/^R-\d{5}$/);
  return { reference, url: page.url().replace(/\?.*$/, "") };
}

/** Jonas opens the request with this reference from his inbox. */
export async function aabnIIndbakken(page: Page, reference: string) {
  await page.goto("/medarbejder/indbakke");
  await page.getByRole("link", { name: new RegExp(`Anmodning om rettelse ${reference}:`) }).click();
  await expect(page.getByRole("heading", { level: 1, name: new RegExp(reference) })).toBeVisible();
}
