import type { Browser, Page } from "@playwright/test";
import { citizens, staff, type CitizenPersona, type Persona } from "@/mocks/personas";
import { E2E_NU, MOCKS, PORTAL } from "./env";
import { expect, expectAccessible, login, test } from "./fixtures";

// "På konens vegne" (issue 9): fuldmagt instead of borrowing MitID. Each test uses its own pair of
// people; the file runs serially after the rest, because the clock and a death are global.
test.describe.configure({ mode: "serial", timeout: 120_000 });

// Dates the tests type are counted from the run's fixed "now", as the portal counts them.
const dato = (dage: number) => new Date(Date.parse(E2E_NU) + dage * 86_400_000).toISOString().slice(0, 10);

async function person(browser: Browser, p: Persona, start = "/") {
  const page = await (await browser.newContext()).newPage();
  await login(page, p, start);
  return page;
}

/** Fills the give/request form: the other person by name and birth date, the privileges, the end. */
async function udfyld(page: Page, navn: string, [dag, maaned, aar]: string[], privilegier: string[], slut: string) {
  await page.getByLabel("Fulde navn").fill(navn);
  await page.getByLabel("Dag", { exact: true }).fill(dag!);
  await page.getByLabel("Måned", { exact: true }).fill(maaned!);
  await page.getByLabel("År", { exact: true }).fill(aar!);
  for (const p of privilegier) await page.getByLabel(p, { exact: true }).check();
  await page.getByLabel(/slutte\?$/).fill(slut);
  await page.getByRole("button", { name: "Fortsæt" }).click();
  await expect(page.getByRole("heading", { name: "Tjek dine svar" })).toBeVisible();
}

async function axeBothWidths(page: Page) {
  await expectAccessible(page);
  await page.setViewportSize({ width: 390, height: 844 });
  await expectAccessible(page);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.setViewportSize({ width: 1280, height: 900 });
}

test("Ole asks Karen, Karen approves with less, Ole acts for her within it, Karen sees his reads, revokes, and Ole is refused", async ({ browser }) => {
  const ole = await person(browser, citizens.ole, "/fuldmagter/anmod");
  await axeBothWidths(ole);
  await udfyld(ole, "Karen Jensen", ["12", "3", "1944"], ["Se sager", "Se ydelser og udbetalinger", "Læse dokumenter"], dato(120));
  await axeBothWidths(ole);
  await ole.getByRole("button", { name: "Send anmodningen" }).click();
  await expect(ole.getByText(/Din anmodning er sendt til Karen Jensen/)).toBeVisible();

  const karen = await person(browser, citizens.karen);
  const venter = karen.getByRole("region", { name: "Venter på dig" });
  await expect(venter).toContainText("Ole Jensen beder om fuldmagt");
  await venter.getByRole("link", { name: "Se anmodningen, og svar" }).click();
  await axeBothWidths(karen);
  // Karen gives less than asked: no documents, and a shorter period.
  await karen.getByLabel("Læse dokumenter").uncheck();
  await karen.getByLabel("Fuldmagten gælder til og med").fill(dato(60));
  await karen.getByRole("button", { name: "Giv Ole Jensen fuldmagt" }).click();
  await expect(karen.getByText(/Du har givet Ole Jensen fuldmagt til og med/)).toBeVisible();

  // Ole acts for Karen: the banner, both names, only the areas she gave.
  await ole.goto("/");
  await ole.getByRole("button", { name: "Handl for Karen Jensen" }).click();
  const banner = ole.getByRole("region", { name: "Du handler for en anden" });
  await expect(banner).toContainText("Du handler for Karen Jensen");
  await expect(ole.getByRole("heading", { level: 1 })).toHaveText("Goddag Ole Jensen");
  await expect(ole.getByText("Du handler for Karen Jensen. Her er det, din fuldmagt giver dig lov til at se.")).toBeVisible();
  const menu = ole.getByRole("navigation", { name: "Hovedmenu" });
  await expect(menu.getByRole("link")).toHaveText(["Overblik", "Sager", "Ydelser"]);
  await axeBothWidths(ole);
  await ole.goto("/sager");
  await expect(ole.getByRole("heading", { level: 1 })).toHaveText("Karen Jensens sager");
  await expect(banner).toBeVisible();
  // Outside the scope: not found, on pages and in the API.
  for (const path of ["/oplysninger", "/log", "/fuldmagter", "/post"]) {
    expect((await ole.goto(path))?.status(), path).toBe(404);
  }
  expect((await ole.request.get("/api/v1/sager")).status()).toBe(200);
  expect((await ole.request.get("/api/v1/ydelser")).status()).toBe(200);
  const oplysninger = await ole.request.get("/api/v1/oplysninger");
  expect(oplysninger.status()).toBe(404);
  expect(await oplysninger.json()).toEqual({ fejl: expect.stringContaining("findes ikke") });
  // The plejebolig conversation note is not for representatives: hidden from Ole, shown to Karen.
  await ole.goto("/sager");
  await ole.getByRole("link", { name: "Ansøgning om plejebolig" }).click();
  await expect(ole.getByText("Notat om samtale med Karen alene")).toHaveCount(0);

  // Karen sees what Ole saw, in her log and under the fuldmagt.
  await karen.goto("/log");
  await expect(karen.locator(".log-liste > li").first()).toContainText("Ole Jensen");
  await expect(karen.locator(".log-liste")).toContainText("på grundlag af din fuldmagt");
  await karen.goto("/fuldmagter");
  await axeBothWidths(karen);
  await karen.getByRole("link", { name: "Til Ole Jensen" }).click();
  await axeBothWidths(karen);
  const setOgGjort = karen.getByRole("region", { name: "Hvad har Ole Jensen set og gjort" });
  await expect(setOgGjort).toContainText("Ole Jensen så dine sager");
  await expect(setOgGjort).toContainText("skjult, fordi det ikke er til fuldmægtige");

  // Karen revokes; Ole's next request is refused, on pages and in the API.
  await karen.getByText("Tilbagekald fuldmagten", { exact: true }).click();
  await karen.getByRole("button", { name: "Ja, tilbagekald fuldmagten nu" }).click();
  await expect(karen.getByText("Fuldmagten er ophævet fra nu.")).toBeVisible();
  const api = await ole.request.get("/api/v1/sager");
  expect(api.status()).toBe(403);
  expect(await api.json()).toEqual({ fejl: expect.stringContaining("ikke længere handle") });
  await ole.goto("/sager");
  await expect(ole).toHaveURL(/\/handl-for$/);
  await expect(ole.getByRole("heading", { name: "Du kan ikke længere handle for Karen Jensen" })).toBeVisible();
  await axeBothWidths(ole);
  await ole.getByRole("button", { name: "Se dine egne data, Ole Jensen" }).click();
  await expect(ole.getByRole("region", { name: "Du handler for en anden" })).toHaveCount(0);

  // Letters to both, without links.
  await karen.goto("/post");
  const titler = karen.locator(".brev-titel");
  await expect(titler.filter({ hasText: "Fuldmagten til Ole Jensen er ophævet" })).toBeVisible();
  await expect(titler.filter({ hasText: "Ole Jensen beder om fuldmagt" })).toBeVisible();
  await axeBothWidths(karen);
  expect(await karen.locator(".brev-liste a").count()).toBe(0);
});

test("bad input gets Danish messages on the fields, and a double click gives one fuldmagt", async ({ browser }) => {
  const amir = await person(browser, citizens.amir, "/fuldmagter/ny");
  await amir.getByRole("button", { name: "Fortsæt" }).click();
  const opsummering = amir.getByRole("alert").filter({ hasText: "Ret det, der er markeret" });
  await expect(opsummering).toBeFocused();
  await expect(opsummering.getByRole("link")).toHaveText(["Skriv personens fulde navn", "Skriv fødselsdatoen", "Vælg mindst én ting fra listen", "Vælg en slutdato"]);
  await axeBothWidths(amir);
  await udfyldFejl(amir, "Amir Hassan", ["14", "9", "1992"], dato(45));
  await expect(amir.locator("#navn-fejl")).toHaveText(/Du kan ikke give fuldmagt til dig selv/);
  await amir.getByLabel("Fulde navn").fill("Sofie Nielsen");
  await amir.getByLabel("Dag", { exact: true }).fill("22");
  await amir.getByLabel("Måned", { exact: true }).fill("3");
  await amir.getByLabel("År", { exact: true }).fill("2000");
  await amir.getByLabel(/slutte\?$/).fill(dato(6 * 365));
  await amir.getByRole("button", { name: "Fortsæt" }).click();
  await expect(amir.locator("#gyldigTil-fejl")).toContainText("højst gælde i 5 år");
  // What was typed is still there.
  await expect(amir.getByLabel("Fulde navn")).toHaveValue("Sofie Nielsen");
  await expect(amir.getByLabel("Se sager")).toBeChecked();
  await amir.getByLabel(/slutte\?$/).fill(dato(45));
  await amir.getByRole("button", { name: "Fortsæt" }).click();
  await amir.getByRole("button", { name: "Giv fuldmagten" }).dblclick();
  await expect(amir.getByText(/Fuldmagten er givet/)).toBeVisible();
  await amir.goto("/fuldmagter");
  await expect(amir.getByRole("region", { name: "Fuldmagter, du har givet" }).getByRole("link", { name: "Til Sofie Nielsen" })).toHaveCount(1);
});

async function udfyldFejl(page: Page, navn: string, [dag, maaned, aar]: string[], slut: string) {
  await page.getByLabel("Fulde navn").fill(navn);
  await page.getByLabel("Dag", { exact: true }).fill(dag!);
  await page.getByLabel("Måned", { exact: true }).fill(maaned!);
  await page.getByLabel("År", { exact: true }).fill(aar!);
  await page.getByLabel("Se sager").check();
  await page.getByLabel(/slutte\?$/).fill(slut);
  await page.getByRole("button", { name: "Fortsæt" }).click();
}

test("Mette registers a paper fuldmagt; it works and is shown as paper to both", async ({ browser }) => {
  const mette = await person(browser, staff.mette, "/medarbejder/fuldmagt");
  await expect(mette.getByRole("heading", { level: 1 })).toHaveText("Registrer en fuldmagt på papir");
  await axeBothWidths(mette);
  await mette.getByLabel("Giverens fulde navn").fill("Bent Holm");
  const giver = mette.getByRole("group", { name: "Giverens fødselsdato" });
  await giver.getByLabel("Dag").fill("8");
  await giver.getByLabel("Måned").fill("11");
  await giver.getByLabel("År").fill("1959");
  await mette.getByLabel("Fuldmægtigens fulde navn").fill("Sofie Nielsen");
  const holder = mette.getByRole("group", { name: "Fuldmægtigens fødselsdato" });
  await holder.getByLabel("Dag").fill("22");
  await holder.getByLabel("Måned").fill("3");
  await holder.getByLabel("År").fill("2000");
  await mette.getByLabel("Se sager").check();
  await mette.getByLabel("Læse dokumenter").check();
  await mette.getByLabel("Gælder til og med").fill(dato(200));
  await mette.getByLabel("Hvor er den underskrevne fuldmagt?").fill("J.nr. 2026-0042, underskrevet i Borgerservice");
  await mette.getByRole("button", { name: "Fortsæt" }).click();
  await expect(mette.getByRole("heading", { name: "Tjek oplysningerne" })).toBeVisible();
  await mette.getByRole("button", { name: "Registrer fuldmagten" }).click();
  await expect(mette.getByText(/Fuldmagten er registreret/)).toBeVisible();

  const bent = await person(browser, citizens.bent, "/fuldmagter");
  await bent.getByRole("link", { name: "Til Sofie Nielsen" }).click();
  await expect(bent.getByText("J.nr. 2026-0042, underskrevet i Borgerservice. Registreret af Mette Lund, Borgerservice.")).toBeVisible();
  await bent.goto("/log");
  await expect(bent.locator(".log-liste")).toContainText("Mette Lund");

  const sofie = await person(browser, citizens.sofie, "/fuldmagter");
  await expect(sofie.getByRole("region", { name: "Fuldmagter, du har fået" })).toContainText("underskrevet på papir");
  // Bent's protected address stays hidden from Sofie when she acts for him.
  await sofie.getByRole("button", { name: "Handl for Bent Holm" }).click();
  await expect(sofie.getByRole("region", { name: "Du handler for en anden" })).toContainText("Bent Holm");
  await sofie.goto("/sager");
  await sofie.getByRole("link", { name: "Personligt tillæg til varme" }).click();
  await sofie.getByRole("link", { name: "Brev om dine varmeudgifter" }).click();
  await expect(sofie.getByText("Vi mangler din seneste årsopgørelse for varme til [beskyttet adresse]")).toBeVisible();
  expect(await sofie.content()).not.toContain("Skovbrynet");
});

test.describe("without JavaScript", () => {
  test("give, request, approve and revoke work as plain forms", async ({ browser }) => {
    const noJs = async (p: CitizenPersona) => {
      const setup = await browser.newContext();
      await login(await setup.newPage(), p);
      const state = await setup.storageState();
      await setup.close();
      return (await browser.newContext({ javaScriptEnabled: false, storageState: state })).newPage();
    };
    const sofie = await noJs(citizens.sofie);
    await sofie.goto("/fuldmagter/ny");
    await udfyld(sofie, "Amir Hassan", ["14", "9", "1992"], ["Se ydelser og udbetalinger"], dato(40));
    await sofie.getByRole("button", { name: "Giv fuldmagten" }).click();
    await expect(sofie.getByText(/Fuldmagten er givet/)).toBeVisible();
    await sofie.getByText("Tilbagekald fuldmagten", { exact: true }).click();
    await sofie.getByRole("button", { name: "Ja, tilbagekald fuldmagten nu" }).click();
    await expect(sofie.getByText("Fuldmagten er ophævet fra nu.")).toBeVisible();

    const amir = await noJs(citizens.amir);
    await amir.goto("/fuldmagter/anmod");
    await udfyld(amir, "Sofie Nielsen", ["22", "3", "2000"], ["Se sager", "Se ydelser og udbetalinger"], dato(50));
    await amir.getByRole("button", { name: "Send anmodningen" }).click();
    await expect(amir.getByText(/Din anmodning er sendt til Sofie Nielsen/)).toBeVisible();

    await sofie.goto("/");
    await sofie.getByRole("link", { name: "Se anmodningen, og svar" }).click();
    await sofie.getByLabel("Se sager").uncheck();
    await sofie.getByRole("button", { name: "Giv Amir Hassan fuldmagt" }).click();
    await expect(sofie.getByText(/Du har givet Amir Hassan fuldmagt/)).toBeVisible();
    await expect(sofie.locator(".fuldmagt-fakta")).not.toContainText("Se sager");
  });
});

test("expiry: a warning 30 days before with 'Forny', and after the end the holder is refused and both get a letter", async ({ browser }) => {
  const amir = await person(browser, citizens.amir, "/fuldmagter/ny");
  await udfyld(amir, "Bent Holm", ["8", "11", "1959"], ["Se sager"], dato(10));
  await amir.getByRole("button", { name: "Giv fuldmagten" }).click();
  await expect(amir.getByText(/Fuldmagten er givet/)).toBeVisible();
  await amir.goto("/");
  const venter = amir.getByRole("region", { name: "Venter på dig" });
  await expect(venter).toContainText("Din fuldmagt til Bent Holm udløber");
  await venter.getByRole("link", { name: "Forny fuldmagten" }).click();
  await expect(amir.getByRole("heading", { level: 1 })).toHaveText("Forny fuldmagten til Bent Holm");
  await expect(amir.getByLabel("Fulde navn")).toHaveValue("Bent Holm");
  await expect(amir.getByLabel("Se sager")).toBeChecked();

  const bent = await person(browser, citizens.bent);
  await bent.getByRole("button", { name: "Handl for Amir Hassan" }).click();
  await expect(bent.getByRole("region", { name: "Du handler for en anden" })).toContainText("Amir Hassan");
  try {
    await flytKlok(bent, 12);
    await bent.goto("/sager");
    await expect(bent.getByRole("heading", { name: "Du kan ikke længere handle for Amir Hassan" })).toBeVisible();
    await expect(bent.getByText("Fuldmagten er udløbet.")).toBeVisible();
    await amir.goto("/fuldmagter");
    await expect(amir.getByRole("region", { name: "Tidligere" })).toContainText("Ophørt");
    await amir.goto("/post");
    await expect(amir.getByText("Fuldmagten til Bent Holm er udløbet")).toBeVisible();
  } finally {
    await flytKlok(bent, 0);
  }
});

test("death: when CPR registers the giver's death, the holder is refused at once and told by letter", async ({ browser }) => {
  const sofie = await person(browser, citizens.sofie, "/fuldmagter/ny");
  await udfyld(sofie, "Ole Jensen", ["5", "7", "1942"], ["Se sager"], dato(100));
  await sofie.getByRole("button", { name: "Giv fuldmagten" }).click();
  await expect(sofie.getByText(/Fuldmagten er givet/)).toBeVisible();
  const ole = await person(browser, citizens.ole);
  await ole.getByRole("button", { name: "Handl for Sofie Nielsen" }).click();
  await expect(ole.getByRole("region", { name: "Du handler for en anden" })).toContainText("Sofie Nielsen");
  await cprStatus(citizens.sofie.cpr, "doed");
  try {
    await ole.goto("/sager");
    await expect(ole).toHaveURL(/\/handl-for$/);
    await expect(ole.getByRole("heading", { name: "Du kan ikke længere handle for Sofie Nielsen" })).toBeVisible();
    await expect(ole.getByText("Fuldmagten er ophørt.")).toBeVisible();
    await ole.getByRole("button", { name: "Se dine egne data, Ole Jensen" }).click();
    await expect(ole.getByRole("region", { name: "Du handler for en anden" })).toHaveCount(0);
    await ole.goto("/fuldmagter");
    await expect(ole.getByRole("region", { name: "Tidligere" })).toContainText("Fra Sofie Nielsen");
    await ole.goto("/post");
    await expect(ole.getByText("Fuldmagten fra Sofie Nielsen er ophørt")).toBeVisible();
  } finally {
    await cprStatus(citizens.sofie.cpr, "levende");
  }
});

test("the page for someone who cannot give fuldmagt explains værgemål and fremtidsfuldmagt, and why not MitID", async ({ page }) => {
  await page.goto("/fuldmagter/kan-ikke-give");
  await expect(page.getByRole("heading", { name: "Kan personen ikke længere forstå det?" })).toBeVisible();
  await expect(page.getByText(/værgemål/).first()).toBeVisible();
  await expect(page.getByText(/fremtidsfuldmagt/).first()).toBeVisible();
  await expect(page.getByText(/kan det\s+være dokumentfalsk/)).toBeVisible();
  await axeBothWidths(page);
});

async function flytKlok(page: Page, dage: number) {
  const r = await page.request.put(`${PORTAL}/api/test/klok`, { data: { forskydningMs: dage * 86_400_000 }, headers: { origin: PORTAL } });
  expect(r.status()).toBe(200);
}

async function cprStatus(cprNummer: string, status: "doed" | "levende") {
  const r = await fetch(`${MOCKS}/cpr/__admin/status`, { method: "POST", body: JSON.stringify({ cprNummer, status }) });
  expect(r.status).toBe(200);
}
