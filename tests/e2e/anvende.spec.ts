import type { Browser, Page } from "@playwright/test";
import Ajv2020 from "ajv/dist/2020.js";
import { compactVerify, createLocalJWKSet } from "jose";
import { citizens, type CitizenPersona } from "@/mocks/personas";
import { BANK, PORTAL } from "./env";
import { expect, expectAccessible, login, test } from "./fixtures";

// ANVENDE (issue 12): Sofie's copy of her data, her samtykke to Andelskassen and the bank's
// round trip through the deling API. Serial: the bank's reads land in Sofie's log one by one.
test.describe.configure({ mode: "serial", timeout: 120_000 });

const dato = (dage: number) => new Date(Date.now() + dage * 86_400_000).toISOString().slice(0, 10);

async function axeBothWidths(page: Page) {
  await expectAccessible(page);
  await page.setViewportSize({ width: 390, height: 844 });
  await expectAccessible(page);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.setViewportSize({ width: 1280, height: 900 });
}

async function person(browser: Browser, p: CitizenPersona, start: string, javaScriptEnabled = true) {
  const setup = await browser.newContext();
  await login(await setup.newPage(), p, start);
  await setup.pages()[0]!.waitForURL(new RegExp(start.replace(/\//g, "\\/")));
  const state = await setup.storageState();
  await setup.close();
  const page = await (await browser.newContext({ javaScriptEnabled, storageState: state })).newPage();
  await page.goto(start);
  return page;
}

/** The bank's own page: paste the samtykke number, press a button, read the steps it shows. */
async function bankHenter(page: Page, samtykke: string, hvad: "Hent udbetalinger" | "Hent navn og fødselsdato" | "Se samtykkets status", aar = "2024") {
  await page.goto(BANK);
  await page.getByLabel(/Samtykkenummer/).fill(samtykke);
  await page.getByLabel("År for udbetalinger").fill(aar);
  await page.getByRole("button", { name: hvad }).click();
  return page.locator(".trin > li").last();
}

test("Sofie exports her data: the JSON validates against its published schema, and the printable copy reads at 390 px", async ({ browser }) => {
  const sofie = await person(browser, citizens.sofie, "/eksport");
  await expect(sofie.getByRole("heading", { level: 1 })).toHaveText("Kopi af dine data");
  await expect(sofie.getByText(/Kopien har 1 sag og 8 udbetalinger/)).toBeVisible();
  await axeBothWidths(sofie);

  const download = sofie.waitForEvent("download");
  await sofie.getByRole("link", { name: "Hent som fil (JSON)" }).click();
  const fil = await download;
  expect(fil.suggestedFilename()).toMatch(/^mine-data-\d{4}-\d{2}-\d{2}\.json$/);
  const doc = JSON.parse(await (await fil.createReadStream()).toArray().then((c) => Buffer.concat(c).toString("utf8")));
  const skemaSvar = await sofie.request.get(`${PORTAL}/eksport/skema/v1.json`);
  expect(skemaSvar.headers()["content-type"]).toContain("application/schema+json");
  const skema = await skemaSvar.json();
  expect(skema.$id).toBe(`${PORTAL}/eksport/skema/v1.json`);
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: false });
  const valider = ajv.compile(skema);
  expect(valider(doc), JSON.stringify(valider.errors?.slice(0, 3))).toBe(true);
  expect(doc).toMatchObject({ version: "1.0.0", person: { navn: "Sofie Nielsen" }, faerdig: true });
  expect(doc.sektioner.sager.elementer.map((s: { titel: string }) => s.titel)).toEqual(["Kontanthjælp"]);
  expect(JSON.stringify(doc)).not.toContain(citizens.sofie.cpr);

  await sofie.goto("/eksport");
  await sofie.getByRole("link", { name: "Åbn kopien til at læse og udskrive" }).click();
  await expect(sofie.getByRole("heading", { level: 1 })).toHaveText("Kopi af dine data");
  await expect(sofie.getByText("Kopien er færdig.")).toBeVisible();
  await expect(sofie.getByRole("heading", { name: "Dine sager" })).toBeVisible();
  await expect(sofie.getByText("Din boligudgift: 5.950,00 kr. pr. måned")).toBeVisible();
  await axeBothWidths(sofie);
  await sofie.setViewportSize({ width: 390, height: 844 });
  await sofie.emulateMedia({ media: "print" });
  expect(await sofie.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  // A sag is never split across printed pages.
  expect(await sofie.locator("article.sag").first().evaluate((el) => getComputedStyle(el).breakInside)).toBe("avoid");
});

test("Sofie gives Andelskassen a samtykke; the bank fetches within it, is refused outside it; she revokes and the next fetch is refused; her log shows each fetch", async ({ browser }) => {
  const sofie = await person(browser, citizens.sofie, "/samtykker");
  await expect(sofie.getByRole("heading", { level: 1 })).toHaveText("Samtykker");
  await axeBothWidths(sofie);
  await sofie.getByRole("link", { name: "Giv et samtykke" }).click();
  await axeBothWidths(sofie);
  await sofie.getByLabel(/Andelskassen/).check();
  await sofie.getByLabel("Vurdering af en ansøgning om lån").check();
  // Nothing is ticked in advance.
  await expect(sofie.getByRole("checkbox", { checked: true })).toHaveCount(0);
  await sofie.getByLabel("Udbetalinger fra kommunen").check();
  await sofie.getByLabel("Navn og fødselsdato").check();
  await sofie.getByLabel("Udbetalinger fra hvilket år?").selectOption("2024");
  await sofie.getByLabel("I en periode", { exact: true }).check();
  await sofie.getByLabel("Hvornår skal samtykket slutte?").fill(dato(30));
  await sofie.getByRole("button", { name: "Fortsæt" }).click();
  await expect(sofie.getByRole("heading", { name: "Tjek dine svar" })).toBeVisible();
  await expect(sofie.getByText("Andelskassen får din fødselsdato, ikke dit CPR-nummer.")).toBeVisible();
  await axeBothWidths(sofie);
  await sofie.getByRole("button", { name: "Giv samtykket" }).click();
  await expect(sofie.getByText(/Samtykket er givet\./)).toBeVisible();
  await axeBothWidths(sofie);
  const id = sofie.url().match(/deling\/([0-9a-f-]{36})/)![1]!;
  await expect(sofie.locator(".samtykke-id")).toHaveText(id);

  // The signed receipt checks against the portal's published keys.
  const kvittering = await sofie.request.get(`${PORTAL}/samtykker/deling/${id}/kvittering`);
  expect(kvittering.headers()["content-disposition"]).toContain("attachment");
  const noegler = await (await sofie.request.get(`${PORTAL}/.well-known/jwks.json`)).json();
  const { payload } = await compactVerify(await kvittering.text(), createLocalJWKSet(noegler));
  expect(JSON.parse(new TextDecoder().decode(payload))["dpv:hasRecordOfActivity"]["dct:identifier"]).toBe(id);

  const bank = await (await browser.newContext()).newPage();
  const inden = await bankHenter(bank, id, "Hent udbetalinger", "2024");
  await expect(inden).toContainText("GET /api/v1/deling/udbetalinger?aar=2024");
  await expect(inden.locator(".http-status")).toHaveText("200");
  await expect(inden).toContainText('"aar": 2024');
  const navn = await bankHenter(bank, id, "Hent navn og fødselsdato");
  await expect(navn.locator(".http-status")).toHaveText("200");
  await expect(navn).toContainText('"foedselsdato": "2000-03-22"');
  await expect(navn).toContainText('"cprNummer": null');
  const uden = await bankHenter(bank, id, "Hent udbetalinger", "2023");
  await expect(uden.locator(".http-status")).toHaveText("403");
  await expect(uden).toContainText("Det ligger uden for samtykket.");

  await sofie.goto("/log");
  const fraBanken = sofie.locator(".log-liste > li").filter({ hasText: "Andelskassen" });
  await expect(fraBanken).toHaveCount(2);
  await expect(fraBanken.first()).toContainText("på grundlag af dit samtykke");
  await expect(sofie.locator(".log-liste")).toContainText("Udbetalinger i 2024 (side 1)");

  await sofie.goto(`/samtykker/deling/${id}`);
  await expect(sofie.getByRole("region", { name: "Hvad har Andelskassen hentet" })).toContainText("Udbetalinger i 2024 (side 1)");
  await sofie.getByText("Træk samtykket tilbage", { exact: true }).click();
  await sofie.getByRole("button", { name: "Ja, træk samtykket tilbage nu" }).click();
  await expect(sofie.getByText(/Samtykket er trukket tilbage fra nu/)).toBeVisible();

  // The bank still holds an unexpired token; the samtykke is checked again and the call refused.
  const efter = await bankHenter(bank, id, "Hent udbetalinger", "2024");
  await expect(bank.locator(".trin")).toContainText("Genbruger adgangsbeviset fra før");
  await expect(efter.locator(".http-status")).toHaveText("403");
  await expect(efter).toContainText("Borgeren har trukket samtykket tilbage.");
  const status = await bankHenter(bank, id, "Se samtykkets status");
  await expect(status).toContainText('"status": "tilbagekaldt"');

  await sofie.goto("/post");
  await expect(sofie.locator(".brev-titel").filter({ hasText: "Du har givet Andelskassen samtykke" })).toBeVisible();
  await expect(sofie.locator(".brev-titel").filter({ hasText: "Dit samtykke til Andelskassen er trukket tilbage" })).toBeVisible();
  await sofie.goto("/samtykker");
  await expect(sofie.getByRole("list", { name: "Tidligere samtykker" })).toContainText("Tilbagekaldt");
});

test("the deling API answers bad input in Danish with a 4xx, rate-limit headers and nothing leaked", async ({ request }) => {
  const uden = await request.get(`${PORTAL}/api/v1/deling/udbetalinger?aar=2024`);
  expect(uden.status()).toBe(401);
  expect(uden.headers()["www-authenticate"]).toContain("Bearer");
  expect(await uden.json()).toEqual({ fejl: expect.stringContaining("Adgangsbevis mangler") });
  const cpr = await request.get(`${PORTAL}/api/v1/deling/udbetalinger?aar=2024&cpr=${citizens.sofie.cpr}`);
  expect(cpr.status()).toBe(400);
  expect(await cpr.text()).not.toContain(citizens.sofie.cpr);
  expect((await request.get(`${PORTAL}/api/v1/deling/udbetalinger?aar=2024&antal=100000`)).status()).toBe(400);
  const falsk = await request.get(`${PORTAL}/api/v1/deling/person`, { headers: { authorization: "Bearer eyJhbGciOiJub25lIn0.e30." } });
  expect(falsk.status()).toBe(401);
  const token = await request.post(`${PORTAL}/api/v1/deling/token`, { form: { grant_type: "client_credentials" } });
  expect(token.status()).toBe(401);
  expect(token.headers()["ratelimit-limit"]).toBe("30");
  expect(await token.json()).toMatchObject({ error: "invalid_client", fejl: expect.stringContaining("private_key_jwt") });
  const openapi = await (await request.get(`${PORTAL}/api/v1/openapi.json`)).json();
  expect(Object.keys(openapi.paths)).toEqual(expect.arrayContaining(["/deling/token", "/deling/udbetalinger", "/deling/samtykker/{id}"]));
});

test.describe("without JavaScript", () => {
  test("/eksport offers plain links, and /samtykker gives and revokes a samtykke with plain forms, with Danish errors", async ({ browser }) => {
    const sofie = await person(browser, citizens.sofie, "/eksport", false);
    const kopi = await sofie.request.get(`${PORTAL}/eksport/kopi`);
    expect(kopi.headers()["content-type"]).toContain("text/html");
    expect(await kopi.text()).toContain("Kopien er færdig.");
    await sofie.getByRole("link", { name: "Åbn kopien til at læse og udskrive" }).click();
    await expect(sofie.getByText("Kopien er færdig.")).toBeVisible();

    await sofie.goto("/samtykker/deling/ny");
    await sofie.getByRole("button", { name: "Fortsæt" }).click();
    const fejl = sofie.getByRole("alert").filter({ hasText: "Ret det, der er markeret" });
    await expect(fejl.getByRole("link")).toHaveText(["Vælg, hvem der skal have oplysningerne", "Vælg, hvad oplysningerne skal bruges til", "Vælg mindst én slags oplysninger", "Vælg, om samtykket gælder én gang eller i en periode"]);
    await sofie.getByLabel(/Andelskassen/).check();
    await sofie.getByLabel("Rådgivning om din økonomi").check();
    await sofie.getByLabel("Udbetalinger fra kommunen").check();
    await sofie.getByLabel("I en periode", { exact: true }).check();
    await sofie.getByLabel("Hvornår skal samtykket slutte?").fill(dato(120));
    await sofie.getByRole("button", { name: "Fortsæt" }).click();
    await expect(sofie.locator("#gyldigTil-fejl")).toContainText("højst gælde i 90 dage");
    await expect(sofie.locator("#aar-fejl")).toContainText("Vælg, hvilket år");
    await sofie.getByLabel("Udbetalinger fra hvilket år?").selectOption("2024");
    await sofie.getByLabel("Én gang").check();
    await sofie.getByRole("button", { name: "Fortsæt" }).click();
    await sofie.getByRole("button", { name: "Giv samtykket" }).click();
    await expect(sofie.getByText(/Samtykket er givet\./)).toBeVisible();
    await expect(sofie.locator(".samtykke-fakta")).toContainText("Én gang");
    await sofie.getByText("Træk samtykket tilbage", { exact: true }).click();
    await sofie.getByRole("button", { name: "Ja, træk samtykket tilbage nu" }).click();
    await expect(sofie.getByText(/Samtykket er trukket tilbage fra nu/)).toBeVisible();
  });
});
