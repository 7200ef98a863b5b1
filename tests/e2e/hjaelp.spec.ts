import { addDays } from "date-fns";
import type { Browser, Page } from "@playwright/test";
import { citizens, staff, type Persona } from "@/mocks/personas";
import { deterministicUuid } from "@/mocks/random";
import { E2E_NU, PORTAL } from "./env";
import { expect, expectAccessible, login, test } from "./fixtures";

/**
 * Staff assistance mode with two browsers, Bent's and Mette's: Bent makes a code and chooses
 * what Mette may see; Mette enters it and uses Bent's own pages in that scope; both banners;
 * Bent's protected address stays hidden; the log; a prepared fuldmagt Bent confirms; expiry with
 * the test-only clock; the brute-force limit; a staff member without the privilege; and Bent's
 * side without JavaScript. Serial: one staff member helps one citizen at a time.
 */
test.describe.configure({ mode: "serial", timeout: 180_000 });

const BENTS_SAG = deterministicUuid("sag:32.03.12-G01-3-26");
const BENTS_BREV = deterministicUuid("dok:32.03.12-G01-3-26:0");
const SOFIES_SAG = deterministicUuid("sag:32.24.04-G01-5-24");
const FORKERT_KODE = "Koden passer ikke. Den kan være skrevet forkert, være udløbet eller allerede brugt.";

async function som(browser: Browser, persona: Persona, javaScriptEnabled = true): Promise<Page> {
  const context = await browser.newContext({ locale: "da-DK" });
  const page = await context.newPage();
  await login(page, persona);
  await page.waitForURL(/\/(medarbejder)?$/);
  if (javaScriptEnabled) return page;
  // MitID's login needs JavaScript; the session it leaves is then used in a browser without it.
  const state = await context.storageState();
  await context.close();
  const noJs = await browser.newContext({ locale: "da-DK", javaScriptEnabled: false, storageState: state });
  return noJs.newPage();
}

/** Bent asks for help and gets a code; returns its six digits. */
async function lavKode(bent: Page, omraader: string[], { forberede = false, minutter = 20 } = {}): Promise<string> {
  await bent.goto("/hjaelp");
  for (const omraade of omraader) await bent.getByRole("checkbox", { name: omraade, exact: true }).check();
  if (forberede) await bent.getByRole("checkbox", { name: "Ja, medarbejderen må gøre en anmodning klar" }).check();
  await bent.getByRole("radio", { name: `${minutter} minutter` }).check();
  await bent.getByRole("button", { name: "Få en kode" }).click();
  const kode = await bent.locator(".hjaelp-kode-cifre [aria-hidden]").textContent();
  expect(kode).toMatch(/^\d{3} \d{3}$/);
  return kode!.replace(" ", "");
}

async function indtast(mette: Page, kode: string) {
  await mette.goto("/medarbejder/hjaelp");
  await mette.getByRole("textbox", { name: "Borgerens kode" }).fill(kode);
  await mette.getByRole("button", { name: "Start hjælpen" }).click();
}

/**
 * Mette makes a fuldmagt from Bent ready, in the console during Bent's session. To the test-only
 * Storforbruger, whom the fuldmagt browser tests do not use, so their lists stay as they expect.
 */
async function forberedFuldmagt(mette: Page) {
  await mette.goto("/medarbejder/hjaelp");
  await mette.getByRole("radio", { name: "Give en anden fuldmagt til at hjælpe Bent Holm" }).check();
  await mette.getByRole("textbox", { name: "Den andens fulde navn" }).fill("Test Storforbruger");
  await mette.getByRole("textbox", { name: "Dag", exact: true }).fill("1");
  await mette.getByRole("textbox", { name: "Måned", exact: true }).fill("1");
  await mette.getByRole("textbox", { name: "År", exact: true }).fill("1970");
  await mette.getByRole("checkbox", { name: "Se sager", exact: true }).check();
  await mette.getByLabel("Hvornår skal fuldmagten slutte?").fill(addDays(new Date(E2E_NU), 60).toISOString().slice(0, 10));
  await mette.getByRole("button", { name: "Gør klar til Bent Holm" }).click();
}

/** The browser tests' clock: moves the caller's own session (and a staff member's attempt window) back in time. */
async function spolFrem(page: Page, minutter: number) {
  const svar = await page.request.post("/api/testkontrol/hjaelp", { data: { minutter }, headers: { origin: PORTAL } });
  expect(svar.status()).toBe(200);
}

const stafBanner = (page: Page) => page.getByRole("region", { name: "Hjælp til en borger" });
const borgerBanner = (page: Page) => page.getByRole("region", { name: "En medarbejder hjælper dig" });

test("Bent lets Mette see his sager, documents and oplysninger; both banners, the scope, the hidden address, the log, a prepared fuldmagt, and the end", async ({ browser }) => {
  test.setTimeout(300_000);
  const bent = await som(browser, citizens.bent);
  await bent.goto("/hjaelp");
  await expect(bent.getByRole("heading", { level: 1, name: "Få hjælp af en medarbejder" })).toBeVisible();
  await expectAccessible(bent);
  await bent.getByRole("button", { name: "Få en kode" }).click();
  await expect(bent.locator(".fejlopsummering")).toContainText("Vælg mindst ét område, medarbejderen må se.");
  await expectAccessible(bent);
  const kode = await lavKode(bent, ["Sager", "Dokumenter", "Oplysninger"], { forberede: true });
  await expect(bent.getByText("Koden virker kun én gang og kun til")).toBeVisible();
  await expectAccessible(bent);

  const mette = await som(browser, staff.mette);
  await mette.goto("/medarbejder/hjaelp");
  await expectAccessible(mette);
  await mette.getByRole("textbox", { name: "Borgerens kode" }).fill("12");
  await mette.getByRole("button", { name: "Start hjælpen" }).click();
  await expect(mette.locator(".fejlopsummering")).toContainText("Koden er 6 cifre.");
  await indtast(mette, kode);

  // Mette is on Bent's own forside, in his scope, with her banner.
  await expect(mette).toHaveURL(`${PORTAL}/`);
  await expect(stafBanner(mette)).toContainText(/Du hjælper Bent Holm · 20 min tilbage · alt logges/);
  await expect(stafBanner(mette).getByRole("button", { name: "Afslut hjælpen til Bent Holm" })).toBeVisible();
  await expect(mette.getByRole("navigation", { name: "Hovedmenu" }).getByRole("link")).toHaveText(["Overblik", "Sager", "Oplysninger"]);
  await expect(mette.getByText("Du hjælper Bent Holm. Her er det, Bent Holm har givet dig lov til at se.")).toBeVisible();
  await expectAccessible(mette);

  // Protected address: hidden from the staff member in CPR data and inside a letter.
  await mette.goto("/oplysninger");
  await expect(mette.getByText("Beskyttet adresse – vises kun for dig")).toBeVisible();
  // Nor may she prepare a new address for him: only Bent himself can ask for that.
  await mette.getByRole("link", { name: /^Gør en rettelse klar til borgeren\s*: Adresse$/ }).click();
  await expect(mette.getByRole("heading", { level: 1, name: "Gør en rettelse klar til Bent Holm" })).toBeVisible();
  await expect(mette.getByText(/har beskyttet adresse\. Derfor kan kun borgeren selv/)).toBeVisible();
  await expectAccessible(mette);
  await mette.goto(`/sager/${BENTS_SAG}/dokumenter/${BENTS_BREV}`);
  await expect(mette.getByText("[beskyttet adresse]").first()).toBeVisible();
  expect(await mette.content()).not.toContain("Skovbrynet");

  // Outside the scope: pages and API answer "not found"; another citizen's sag too.
  for (const url of ["/ydelser", "/log", "/fuldmagter", `/sager/${SOFIES_SAG}`]) {
    const svar = await mette.goto(url);
    expect(svar?.status(), url).toBe(404);
  }
  expect((await mette.request.get("/api/v1/sager")).status()).toBe(200);
  for (const url of ["/api/v1/ydelser", "/api/v1/udbetalinger", `/api/v1/sager/${SOFIES_SAG}`]) {
    const svar = await mette.request.get(url);
    expect(svar.status(), url).toBe(404);
    expect(await svar.json(), url).toEqual({ fejl: expect.stringMatching(/findes ikke\.$/) });
  }

  // Bent's side: his banner, what Mette looked at, and his log.
  await bent.goto("/");
  await expect(borgerBanner(bent)).toContainText("Mette Lund, Borgerservice kan se: Sager, Dokumenter, Oplysninger");
  await expect(borgerBanner(bent).getByRole("button", { name: "Afslut hjælp" })).toBeVisible();
  await expectAccessible(bent);
  await bent.goto("/hjaelp");
  await expect(bent.getByRole("heading", { name: "Mette Lund, Borgerservice hjælper dig nu" })).toBeVisible();
  await expect(bent.getByText("Mette Lund så dine personlige oplysninger (Navn og adresse).").first()).toBeVisible();
  await bent.goto("/log");
  await expect(bent.getByText("Mette Lund læste dine dokumenter – mens du fik hjælp af en medarbejder").first()).toBeVisible();

  // A fuldmagt Mette makes ready; it waits on Bent's forside until he confirms it himself.
  await forberedFuldmagt(mette);
  await expect(mette.getByText("»Fuldmagt til Test Storforbruger« venter nu på Bent Holms forside.")).toBeVisible();
  await expectAccessible(mette);

  await bent.goto("/");
  const venter = bent.getByRole("region", { name: "Venter på din godkendelse" });
  await expect(venter).toContainText("Fuldmagt til Test Storforbruger");
  await expect(venter).toContainText("Gjort klar af Mette Lund, Borgerservice");
  await expect(venter).toContainText("Test Storforbruger, født 1. januar 1970");
  await expectAccessible(bent);
  await venter.getByRole("button", { name: /^Godkend\W+Fuldmagt til Test Storforbruger$/ }).click();
  await expect(bent).toHaveURL(/\/fuldmagter\/[0-9a-f-]+\?kvittering=1$/);
  await expect(bent.getByRole("heading", { level: 1, name: "Fuldmagt til Test Storforbruger" })).toBeVisible();
  await bent.goto("/");
  await expect(bent.getByRole("region", { name: "Venter på din godkendelse" })).toHaveCount(0);

  // Bent ends it from his banner; Mette's next page sends her back to the console, which says why.
  await borgerBanner(bent).getByRole("button", { name: "Afslut hjælp" }).click();
  await expect(bent).toHaveURL(/\/hjaelp\?afsluttet=1$/);
  await expect(bent.getByText("Medarbejderen kan ikke længere se dine data.")).toBeVisible();
  await expect(borgerBanner(bent)).toHaveCount(0);
  await mette.goto("/sager");
  await expect(mette).toHaveURL(/\/medarbejder\/hjaelp$/);
  await expect(mette.getByRole("heading", { name: "Hjælpen til Bent Holm er slut" })).toBeVisible();
  await expect(mette.getByText("Den sluttede, fordi borgeren afsluttede.")).toBeVisible();
  expect((await mette.request.get("/api/v1/sager")).status()).toBe(403);
  await expect(mette.locator(".hjaelp-historik li").first()).toContainText(/^Bent Holm · .* · borgeren afsluttede$/);
  await stafBanner(mette).getByRole("button", { name: "Luk" }).click();
  await expect(stafBanner(mette)).toHaveCount(0);
  await expectAccessible(mette);
  await bent.context().close();
  await mette.context().close();
});

test("a code runs out after 5 minutes and a session after its time, moved on with the test clock", async ({ browser }) => {
  const bent = await som(browser, citizens.bent);
  const mette = await som(browser, staff.mette);
  const gammel = await lavKode(bent, ["Sager"], { minutter: 10 });
  await spolFrem(bent, 6);
  await indtast(mette, gammel);
  await expect(mette.locator(".fejlopsummering")).toContainText(FORKERT_KODE);
  await bent.goto("/hjaelp");
  await expect(bent.getByRole("button", { name: "Få en kode" })).toBeVisible();

  await indtast(mette, await lavKode(bent, ["Sager"], { minutter: 10 }));
  await expect(stafBanner(mette)).toContainText("10 min tilbage");
  await spolFrem(mette, 11);
  await mette.goto("/sager");
  await expect(mette).toHaveURL(/\/medarbejder\/hjaelp$/);
  await expect(mette.getByText("Den sluttede, fordi tiden løb ud.")).toBeVisible();
  const api = await mette.request.get("/api/v1/sager");
  expect(api.status()).toBe(403);
  expect(await api.json()).toEqual({ fejl: "Hjælpen er afsluttet, så du kan ikke længere se borgerens data." });
  await bent.goto("/hjaelp");
  await expect(bent.getByRole("heading", { name: /^Tiden løb ud kl\. \d\d\.\d\d$/ })).toBeVisible();
  await expect(borgerBanner(bent)).toHaveCount(0);
  await stafBanner(mette).getByRole("button", { name: "Luk" }).click();
  await bent.context().close();
  await mette.context().close();
});

test("stops a staff member after 5 wrong codes in 15 minutes, without a hint whether a code exists", async ({ browser }) => {
  const bent = await som(browser, citizens.bent);
  const mette = await som(browser, staff.mette);
  await spolFrem(mette, 16); // a fresh window: earlier tests' attempts no longer count
  const kode = await lavKode(bent, ["Sager"]);
  const forkerte = ["000001", "000002", "000003", "000004", "000005"].filter((k) => k !== kode).slice(0, 5);
  for (const forkert of forkerte) {
    await indtast(mette, forkert);
    await expect(mette.locator(".fejlopsummering")).toContainText(FORKERT_KODE);
  }
  // The sixth attempt is refused before the code is even looked at – also Bent's right one.
  await indtast(mette, kode);
  await expect(mette.locator(".fejlopsummering")).toContainText("Du har prøvet for mange koder. Vent 15 minutter, før du prøver igen.");
  await expect(stafBanner(mette)).toHaveCount(0);
  await expectAccessible(mette);
  // Bent's code was not used up or locked: after the window it still works.
  await spolFrem(mette, 16);
  await indtast(mette, kode);
  await expect(stafBanner(mette)).toContainText("Du hjælper Bent Holm");
  await stafBanner(mette).getByRole("button", { name: "Afslut hjælpen til Bent Holm" }).click();
  await expect(mette.getByRole("heading", { name: "Hjælpen er afsluttet" })).toBeVisible();
  await bent.context().close();
  await mette.context().close();
});

test("a staff member without the Borgerservice privilege cannot enter codes, and still gets the lawful routes", async ({ browser }) => {
  const jonas = await som(browser, staff.jonas);
  await expect(jonas.getByRole("navigation", { name: "Hovedmenu" }).getByRole("link", { name: "Hjælp en borger" })).toHaveCount(0);
  await jonas.goto("/medarbejder/hjaelp");
  await expect(jonas.getByRole("heading", { name: "Du har ikke rettighed til at hjælpe borgere i Mine Data" })).toBeVisible();
  await expect(jonas.getByRole("textbox", { name: "Borgerens kode" })).toHaveCount(0);
  const veje = jonas.getByRole("region", { name: "Når nogen beder dig bruge en andens MitID" });
  await expect(veje.getByRole("link", { name: "Fuldmagter" })).toHaveAttribute("href", "/fuldmagter");
  await expect(veje.getByRole("link", { name: "Registrér en fuldmagt på papir" })).toHaveAttribute("href", "/medarbejder/fuldmagt");
  await expect(veje.getByRole("link", { name: "»Få hjælp af en medarbejder«" })).toHaveAttribute("href", "/hjaelp");
  await expect(veje).toContainText("kan det være dokumentfalsk");
  await expect(veje).toContainText("Værgemål");
  await expectAccessible(jonas);
  await jonas.goto("/medarbejder/scenarier/skriv-mit-mitid?trin=telefonen&valg=skriv");
  await expect(jonas.getByRole("link", { name: /Lovlige veje, når nogen vil bruge en andens MitID/ })).toHaveAttribute("href", "/medarbejder/hjaelp#lovlige-veje");
  await jonas.context().close();
});

test("Bent's side works without JavaScript: choose, get a code, see the banner, decline what was prepared, end the help", async ({ browser }) => {
  const bent = await som(browser, citizens.bent, false);
  await bent.goto("/hjaelp");
  await bent.getByRole("button", { name: "Få en kode" }).click();
  await expect(bent.getByText("Vælg mindst ét område, medarbejderen må se.").first()).toBeVisible();
  const kode = await lavKode(bent, ["Oplysninger"], { minutter: 30, forberede: true });
  const mette = await som(browser, staff.mette);
  await indtast(mette, kode);
  await expect(stafBanner(mette)).toContainText("Du hjælper Bent Holm");
  await forberedFuldmagt(mette);
  await expect(mette.getByText("venter nu på Bent Holms forside")).toBeVisible();
  await bent.goto("/");
  await expect(borgerBanner(bent)).toContainText("Mette Lund, Borgerservice kan se: Oplysninger");
  const venter = bent.getByRole("region", { name: "Venter på din godkendelse" });
  await venter.getByRole("button", { name: /^Afvis\W+Fuldmagt til Test Storforbruger$/ }).click();
  await expect(bent.getByRole("region", { name: "Venter på din godkendelse" })).toHaveCount(0);
  await expect(bent.getByRole("heading", { level: 1, name: "Goddag Bent Holm" })).toBeVisible();
  await borgerBanner(bent).getByRole("button", { name: "Afslut hjælp" }).click();
  await expect(bent).toHaveURL(/\/hjaelp\?afsluttet=1$/);
  await expect(bent.getByRole("heading", { name: "Hjælpen er afsluttet" })).toBeVisible();
  await bent.setViewportSize({ width: 320, height: 700 });
  expect(await bent.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  await mette.goto("/oplysninger");
  await expect(mette).toHaveURL(/\/medarbejder\/hjaelp$/);
  await stafBanner(mette).getByRole("button", { name: "Luk" }).click();
  await bent.context().close();
  await mette.context().close();
});
