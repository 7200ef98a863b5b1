import { citizens } from "@/mocks/personas";
import { deterministicUuid } from "@/mocks/random";
import { PORTAL } from "./env";
import { expect, expectAccessible, login, test } from "./fixtures";
import type { Page } from "@playwright/test";

// FORSTÅ (issue 5): the citizen's overview of sager, ydelser, documents, decisions and registered data.

const sagId = (nr: string) => deterministicUuid(`sag:${nr}`);
const SKJULT = sagId("27.45.04-G01-9-25");
const MEDICIN = sagId("32.03.12-G01-7-25");
const SIDER = ["/", "/sager", `/sager/${MEDICIN}`, "/ydelser", "/oplysninger"];

async function ingenCprEllerSkjultSag(page: Page) {
  const html = await page.content();
  expect(html).not.toContain("Intern vurdering af boligsituation");
  expect(html).not.toContain(SKJULT);
  expect(html).not.toContain(citizens.karen.cpr);
  // What a person reads: no raw enum values, no bare KLE numbers.
  const tekst = await page.locator("main").innerText();
  expect(tekst).not.toMatch(/\b(opstaaet|ophoert|i_bero|[A-Z]+_[A-Z_]+|Opstaaet|Oplyst\b(?! af)|parts favør)/);
  expect(tekst).not.toMatch(/(?<!Emnenummer )\b\d{2}\.\d{2}\.\d{2}\b(?!-G)/);
}

test.describe("Karen", () => {
  test("forside: open sager, next payment, who can act for her, latest access – each linking on", async ({ page }) => {
    await login(page, citizens.karen);
    const sager = page.getByRole("region", { name: "Dine sager" });
    await expect(sager.getByText("6", { exact: true })).toBeVisible();
    await expect(sager.getByRole("link", { name: "Ansøgning om plejebolig" })).toBeVisible();
    await expect(sager.getByRole("link", { name: "Se alle dine sager" })).toHaveAttribute("href", "/sager");
    const udbetaling = page.getByRole("region", { name: "Næste udbetaling" });
    await expect(udbetaling.getByText(/^\d{1,3}(\.\d{3})*,\d{2} kr\.$/)).toBeVisible();
    await expect(udbetaling.getByRole("link")).toHaveAttribute("href", "/ydelser");
    await expect(page.getByRole("region", { name: "Hvem kan handle for dig" })).toBeVisible();
    await expect(page.getByRole("region", { name: "Venter på svar" })).toBeVisible();
    await expect(page.getByRole("region", { name: "Hvem har set dine data" }).getByRole("link", { name: "Se hele din log" })).toHaveAttribute("href", "/log");
    await ingenCprEllerSkjultSag(page);
    await expectAccessible(page);
  });

  test("sager: filter by status and topic, search by title, without the hidden sag", async ({ page }) => {
    await login(page, citizens.karen, "/sager");
    await expect(page.getByRole("heading", { level: 1, name: "Mine sager" })).toBeVisible();
    await expect(page.getByText("Du har 6 sager.")).toBeVisible();
    await expect(page.locator("main").getByRole("heading", { level: 2 })).toHaveCount(6);
    await ingenCprEllerSkjultSag(page);
    await expectAccessible(page);

    await page.getByLabel("Status").selectOption({ label: "Åbne sager (modtaget eller under behandling)" });
    await page.getByRole("button", { name: "Vis sager" }).click();
    await expect(page).toHaveURL(/status=aabne/);
    await expect(page.getByText("1 sag passer til din søgning.")).toBeVisible();
    await expect(page.getByRole("link", { name: "Ansøgning om plejebolig" })).toBeVisible();

    await page.goto("/sager");
    await page.getByLabel("Emne").selectOption({ label: "Personligt tillæg" });
    await page.getByRole("button", { name: "Vis sager" }).click();
    await expect(page.getByText("2 sager passer til din søgning.")).toBeVisible();

    await page.getByRole("link", { name: "Nulstil søgningen" }).click();
    await expect(page).toHaveURL(`${PORTAL}/sager`);
    await expect(page.getByLabel("Emne")).toHaveValue("");
    await page.getByLabel("Søg i sagernes titler").fill("tandpleje");
    await page.getByRole("button", { name: "Vis sager" }).click();
    await expect(page.locator("main").getByRole("heading", { level: 2 })).toHaveText(["Omsorgstandpleje"]);

    await page.goto("/sager?q=boligsituation");
    await expect(page.getByText("Ingen sager passer til din søgning.")).toBeVisible();
    await ingenCprEllerSkjultSag(page);
  });

  test("sag detail: timeline, contact person, topic, decision with the data behind it, documents", async ({ page }) => {
    await login(page, citizens.karen, "/sager");
    await page.getByRole("link", { name: "Personligt tillæg til medicin" }).click();
    await expect(page).toHaveURL(`${PORTAL}/sager/${MEDICIN}`);
    await expect(page.getByRole("heading", { level: 1, name: "Personligt tillæg til medicin" })).toBeVisible();
    await expect(page).toHaveTitle(/^Personligt tillæg til medicin – Mine Data/);

    const forloeb = page.getByRole("region", { name: "Sagens forløb" });
    await expect(forloeb.getByRole("listitem")).toHaveText([/^Modtaget10\. januar 2025/, /^Under behandling28\. januar 2025/, /^Afgjort – sagen er her nu11\. februar 2025/, /^AfsluttetIkke endnu/]);

    const kontakt = page.getByRole("region", { name: "Din kontaktperson" });
    await expect(kontakt.getByText("Jonas Møller")).toBeVisible();
    await expect(kontakt.getByRole("link", { name: "44 44 41 37" })).toHaveAttribute("href", "tel:+4544444137");
    await expect(kontakt.getByRole("link", { name: "jonas.moller@korsbaek.dk" })).toBeVisible();

    const emne = page.getByRole("region", { name: "Hvad handler sagen om?" });
    await expect(emne.getByText(/ekstra penge til en bestemt udgift/)).toBeVisible();
    await expect(emne.getByText(/Emnenummer 32\.03\.12/)).toBeVisible();

    const afgoerelse = page.getByRole("region", { name: "Afgørelsen" });
    await expect(afgoerelse.getByText("Du fik det, du søgte om")).toBeVisible();
    const grundlag = afgoerelse.getByRole("list", { name: "Data bag afgørelsen" }).getByRole("listitem");
    await expect(grundlag).toHaveCount(3);
    await expect(grundlag.first()).toContainText("415,00 kr.");
    await expect(grundlag.first()).toContainText("Det Centrale Tilskudsregister (CTR)");
    await expect(grundlag.first()).toContainText("Lov om social pension (pensionsloven) § 14");
    // Each datum a decision rests on can be corrected from where it is shown (GDPR art. 16).
    await expect(grundlag.first().getByRole("link", { name: /^Ret denne oplysning\s*: Dine medicinudgifter/ })).toHaveAttribute("href", /^\/rettelser\/ny\?datum=/);
    await expect(afgoerelse.getByRole("heading", { name: "Hvis du vil klage" })).toBeVisible();
    await ingenCprEllerSkjultSag(page);
    await expectAccessible(page);

    await page.getByRole("link", { name: "Afgørelse om personligt tillæg til medicin" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Afgørelse om personligt tillæg til medicin" })).toBeVisible();
    await expect(page.getByText("Brev fra kommunen · 11. februar 2025")).toBeVisible();
    await expect(page.getByText(/Du får personligt tillæg på 415,00 kr\. om måneden/)).toBeVisible();
    await expectAccessible(page);
    await page.getByRole("link", { name: "Tilbage til sagen" }).click();
    await expect(page).toHaveURL(`${PORTAL}/sager/${MEDICIN}`);
  });

  test("the hidden sag and its document are 'not found', in pages and the API", async ({ page }) => {
    await login(page, citizens.karen);
    const dok = deterministicUuid("dok:27.45.04-G01-9-25:0");
    for (const url of [`/sager/${SKJULT}`, `/sager/${SKJULT}/dokumenter/${dok}`, "/sager/ikke-et-id"]) {
      const response = await page.goto(url);
      expect(response?.status()).toBe(404);
      await expect(page.getByRole("heading", { level: 1, name: "Siden findes ikke" })).toBeVisible();
    }
    expect((await page.request.get(`/api/v1/sager/${SKJULT}`)).status()).toBe(404);
    expect((await page.request.get(`/api/v1/sager/${SKJULT}/dokumenter/${dok}`)).status()).toBe(404);
  });

  test("ydelser: bevillinger with who pays and their sag, planned and paid udbetalinger, totals per year", async ({ page }) => {
    await login(page, citizens.karen, "/ydelser");
    await expect(page.getByRole("heading", { level: 1, name: "Ydelser og udbetalinger" })).toBeVisible();
    const bevillinger = page.getByRole("region", { name: "Det har du fået bevilget" });
    await expect(bevillinger.getByRole("heading", { name: "Personligt tillæg til medicin" })).toBeVisible();
    await expect(bevillinger.getByRole("heading", { name: "Boligstøtte" })).toBeVisible();
    await expect(bevillinger.getByText("Udbetaling Danmark")).toBeVisible();
    await expect(bevillinger.getByRole("link", { name: "Se sagen, bevillingen hører til" })).toHaveAttribute("href", `/sager/${MEDICIN}`);
    // The clock the portal shares with the Ydelsesindeks says 23 November 2026 in the browser tests.
    const kommende = page.getByRole("region", { name: "Kommende udbetalinger" });
    await expect(kommende.getByRole("row")).toHaveCount(5);
    await expect(kommende.getByRole("row").nth(4)).toContainText("30. november 2026");
    // Karen's ydelser are tax-free: no column of zeros for tax.
    await expect(kommende.getByRole("columnheader")).toHaveText(["Dato", "Ydelse", "Periode", "Forventet beløb", "Betales af"]);
    const tidligere = page.getByRole("region", { name: "Tidligere udbetalinger" });
    await expect(tidligere.getByRole("row").nth(1)).toContainText("30. oktober 2026");
    await expect(tidligere.getByRole("cell", { name: "438,75 kr." }).first()).toBeVisible();
    await expect(page.getByRole("region", { name: "Udbetalt pr. år" }).getByRole("rowheader", { name: "2025" })).toBeVisible();
    await ingenCprEllerSkjultSag(page);
    await expectAccessible(page);

    await tidligere.getByRole("link", { name: "Næste side" }).click();
    await expect(page).toHaveURL(/udbetalinger=2/);
    await expect(page.getByText("Side 2 af 12")).toBeVisible();
  });

  test("ydelser: a taxed ydelse shows tax and ATP; the phone page stays short", async ({ page, browser }) => {
    await login(page, citizens.amir, "/ydelser");
    const tidligere = page.getByRole("region", { name: "Tidligere udbetalinger" });
    await expect(tidligere.getByRole("columnheader")).toHaveText(["Dato", "Ydelse", "Periode", "Før skat", "Skat og ATP", "Udbetalt", "Betales af"]);
    const telefon = await (await browser.newContext({ viewport: { width: 390, height: 844 }, locale: "da-DK" })).newPage();
    await login(telefon, citizens.karen, "/ydelser");
    await expect(telefon.getByRole("heading", { level: 2, name: "Udbetalt pr. år" })).toBeVisible();
    const hoejde = await telefon.evaluate(() => document.documentElement.scrollHeight);
    // In either font: with font-display: optional a first view may be drawn in the fallback, ≈ 4 % taller.
    expect(hoejde).toBeLessThan(4400);
    await expect(telefon.getByText(/^0,00 kr\.$/)).toHaveCount(0);
    await telefon.context().close();
  });

  test("oplysninger: each field with where it comes from and which sager use it", async ({ page }) => {
    await login(page, citizens.karen, "/oplysninger");
    await expect(page.getByRole("heading", { level: 1, name: "Mine oplysninger" })).toBeVisible();
    const cpr = page.getByRole("region", { name: "Dig i Folkeregisteret" });
    const adresse = cpr.getByRole("listitem").filter({ has: page.getByRole("heading", { name: "Adresse" }) });
    await expect(adresse).toContainText("Algade 12, 4999 Korsbæk");
    await expect(adresse).toContainText("Hvor kommer det fra?Folkeregisteret (CPR)");
    await expect(adresse.getByRole("link", { name: "Omsorgstandpleje" })).toBeVisible();
    await expect(adresse.getByRole("link", { name: /^Ret denne oplysning\s*: Adresse$/ })).toHaveAttribute("href", "/rettelser/ny?felt=cpr.adresse");
    // Where CPR data come from is explained once for the section, at body size, not once per field.
    await expect(cpr.getByText(/Kommunen henter oplysningerne fra Folkeregisteret/)).toHaveCount(1);
    const forklaring = await cpr.getByText(/Kommunen henter oplysningerne fra Folkeregisteret/).evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(forklaring).toBeGreaterThanOrEqual(16);
    await expect(cpr.getByText("Ole Jensen")).toBeVisible();
    await expect(cpr.getByText("120344-••••")).toBeVisible();
    const oekonomi = page.getByRole("region", { name: "Indtægter, formue og udgifter i dine sager" });
    // One datum with two values: both shown, each with the date of its decision.
    const formue = oekonomi.getByRole("listitem").filter({ has: page.getByRole("heading", { name: "Din formue" }) });
    await expect(formue.getByText("Kommunen har registreret 2 forskellige værdier")).toBeVisible();
    await expect(formue.getByRole("listitem").nth(0)).toContainText("12.400,00 kr.Registreret11. februar 2025");
    await expect(formue.getByRole("listitem").nth(1)).toContainText("14.100,00 kr.Registreret22. maj 2023");
    await ingenCprEllerSkjultSag(page);
    await expectAccessible(page);
  });

  test("keyboard only: search the list, open a sag, reach its contact and documents", async ({ page }) => {
    await login(page, citizens.karen, "/sager");
    const search = page.getByLabel("Søg i sagernes titler");
    for (let i = 0; i < 20 && !(await search.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press("Tab");
    await expect(search).toBeFocused();
    await page.keyboard.type("tillæg");
    await page.keyboard.press("Enter");
    await expect(page.getByText("2 sager passer til din søgning.")).toBeVisible();
    const link = page.getByRole("link", { name: "Personligt tillæg til medicin" });
    for (let i = 0; i < 30 && !(await link.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press("Tab");
    await expect(link).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { level: 1, name: "Personligt tillæg til medicin" })).toBeVisible();
    const dokument = page.getByRole("link", { name: "Afgørelse om personligt tillæg til medicin" });
    const mail = page.getByRole("link", { name: "jonas.moller@korsbaek.dk" });
    let mailNaaet = false;
    for (let i = 0; i < 60 && !(await dokument.evaluate((el) => el === document.activeElement)); i++) {
      await page.keyboard.press("Tab");
      mailNaaet ||= await mail.evaluate((el) => el === document.activeElement);
    }
    await expect(dokument).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { level: 1, name: "Afgørelse om personligt tillæg til medicin" })).toBeVisible();
    // The contact box comes after the main column in the DOM; it is reached by tabbing on.
    await page.goBack();
    for (let i = 0; i < 80 && !mailNaaet; i++) {
      await page.keyboard.press("Tab");
      mailNaaet = await mail.evaluate((el) => el === document.activeElement);
    }
    expect(mailNaaet).toBe(true);
  });

  test("API: the same data as JSON, Danish errors, no CPR number", async ({ page }) => {
    const anon = await page.request.get("/api/v1/sager");
    expect(anon.status()).toBe(401);
    expect(await anon.json()).toEqual({ fejl: expect.stringContaining("logget ind") });

    await login(page, citizens.karen);
    const sager = await page.request.get("/api/v1/sager?status=aabne");
    expect(sager.status()).toBe(200);
    expect(await sager.json()).toMatchObject({ total: 1, side: 1, sager: [{ titel: "Ansøgning om plejebolig", status: "oplyst" }] });
    const bad = await page.request.get("/api/v1/sager?side=0&status=Afgjort");
    expect(bad.status()).toBe(400);
    expect(await bad.json()).toEqual({ fejl: "Ugyldig værdi i parametrene side, status." });

    const sag = await (await page.request.get(`/api/v1/sager/${MEDICIN}`)).json();
    expect(sag).toMatchObject({ sag: { titel: "Personligt tillæg til medicin", afgoerelse: { udfald: "bevilget" } }, kontakt: { navn: "Jonas Møller" } });
    for (const url of ["/api/v1/sager", `/api/v1/sager/${MEDICIN}`, "/api/v1/ydelser", "/api/v1/udbetalinger?side=2", "/api/v1/oplysninger"]) {
      const response = await page.request.get(url);
      expect(response.status(), url).toBe(200);
      const text = await response.text();
      expect(text).not.toContain(citizens.karen.cpr);
      expect(text).not.toContain(SKJULT);
      expect(text).not.toContain("Intern vurdering");
    }
    const openapi = await (await page.request.get("/api/v1/openapi.json")).json();
    expect(openapi.openapi).toBe("3.1.0");
    expect(Object.keys(openapi.paths)).toContain("/sager/{id}");
  });
});

test.describe("Storforbruger (2,000 sager, 20,000 payments)", () => {
  test("forside and sager: one page of 20, paged at the source", async ({ page }) => {
    await login(page, citizens.storforbruger);
    await expect(page.getByRole("region", { name: "Dine sager" }).getByText("2.000", { exact: true })).toBeVisible();
    await expectAccessible(page);

    await page.goto("/sager");
    await expect(page.getByText("Du har 2.000 sager.")).toBeVisible();
    await expect(page.locator(".sag-liste > li")).toHaveCount(20);
    await expect(page.getByText("Side 1 af 100")).toBeVisible();
    await expectAccessible(page);
    await page.getByRole("link", { name: "Næste side" }).click();
    await expect(page).toHaveURL(/side=2/);
    await expect(page.getByText("Side 2 af 100")).toBeVisible();
    await page.getByRole("link", { name: "Sidste side" }).click();
    await expect(page.getByText("Side 100 af 100")).toBeVisible();
    await page.locator(".sag-liste h2 a").first().click();
    await expect(page.getByRole("region", { name: "Sagens forløb" })).toBeVisible();
    await expectAccessible(page);
  });

  test("ydelser and oplysninger: one page each", async ({ page }) => {
    await login(page, citizens.storforbruger, "/ydelser");
    await expect(page.getByRole("region", { name: "Tidligere udbetalinger" }).locator(".udbetaling-tabel tbody tr")).toHaveCount(6);
    await expect(page.locator(".bevilling-liste > li")).toHaveCount(10);
    await expectAccessible(page);

    await page.goto("/oplysninger");
    await expect(page.getByRole("heading", { level: 1, name: "Mine oplysninger" })).toBeVisible();
    await expectAccessible(page);
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("login, every page, the filter form and paging work as plain HTML", async ({ page }) => {
    await login(page, citizens.karen);
    await expect(page.getByRole("heading", { level: 1, name: "Goddag Karen Jensen" })).toBeVisible();
    for (const url of SIDER) {
      const response = await page.goto(url);
      expect(response?.status(), url).toBe(200);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expect(page.getByText("kan ikke vises lige nu")).toHaveCount(0);
    }
    await page.goto("/sager");
    await page.getByLabel("Status").selectOption("afsluttet");
    await page.getByRole("button", { name: "Vis sager" }).click();
    await expect(page.getByText("2 sager passer til din søgning.")).toBeVisible();
    await page.goto("/ydelser");
    await page.getByRole("region", { name: "Tidligere udbetalinger" }).getByRole("link", { name: "Næste side" }).click();
    await expect(page.getByText("Side 2 af 12")).toBeVisible();
  });
});

test.describe("at 390 px", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  for (const persona of [citizens.karen, citizens.storforbruger]) {
    test(`no page scrolls sideways for ${persona.fornavn} ${persona.efternavn}`, async ({ page }) => {
      await login(page, persona);
      const urls = persona === citizens.karen ? [...SIDER, `/sager/${MEDICIN}/dokumenter/${deterministicUuid("dok:32.03.12-G01-7-25:1")}`] : ["/", "/sager", "/ydelser", "/oplysninger"];
      for (const url of urls) {
        await page.goto(url);
        const bredde = await page.evaluate(() => document.documentElement.scrollWidth);
        expect(bredde, url).toBeLessThanOrEqual(390);
      }
    });
  }
});
