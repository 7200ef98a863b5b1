import { randomUUID } from "node:crypto";
import { type Browser, type Page } from "@playwright/test";
import { staff } from "@/mocks/personas";
import { PORTAL } from "./env";
import { expect, expectAccessible, login, test } from "./fixtures";

// The dialogue as it is used in a room: the projector, the phones, and what is left afterwards.

const PHONE = { width: 390, height: 844 };

/** A button whose visible text is followed by a screen-reader-only ": <what>". */
const named = (text: string, what: string) => new RegExp(`^${text}\\s?: ${what.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`);

async function nyDialog(page: Page, emne: string) {
  await login(page, staff.mette);
  await page.goto("/medarbejder/dialog");
  await page.getByLabel("Emne").fill(emne);
  await page.getByRole("button", { name: "Opret dialog" }).click();
  await expect(page).toHaveURL(/\/medarbejder\/dialog\/[0-9a-f-]{36}$/);
  const id = page.url().split("/").at(-1)!;
  const kode = (await page.locator(".dialog-kode").first().innerText()).replace(/\s/g, "");
  return { id, kode };
}

async function deltager(browser: Browser, kode: string, navn: string) {
  const context = await browser.newContext({ viewport: PHONE, locale: "da-DK" });
  const page = await context.newPage();
  await page.goto(`/deltag?kode=${kode}`);
  await page.getByLabel("Dit navn").fill(navn);
  await page.getByRole("button", { name: "Deltag" }).click();
  await expect(page.getByText(`Du er med som ${navn}`)).toBeVisible();
  return page;
}

async function naeste(page: Page, titel: RegExp) {
  await page.getByRole("button", { name: "Næste trin" }).click();
  await expect(page.getByRole("heading", { level: 2, name: titel })).toBeVisible();
}

const iSyne = async (page: Page, locator: ReturnType<Page["locator"]>) => {
  const box = (await locator.boundingBox())!;
  const { height } = page.viewportSize()!;
  return box.y >= 0 && box.y + box.height <= height;
};

test("the projector view: large type, no portal header or facilitator notes, the step above the fold, the join address with a QR code", async ({ page, context }) => {
  test.setTimeout(90_000);
  const { id, kode } = await nyDialog(page, `Projektor ${Date.now()}`);
  await page.getByRole("button", { name: "Start trin 1" }).click();
  await expect(page.getByRole("heading", { name: /Trin 1: Sæt emnet/ })).toBeVisible();

  const skaerm = await context.newPage();
  for (const [width, height, mindst] of [
    [1280, 720, 28],
    [1920, 1080, 40],
  ] as const) {
    await skaerm.setViewportSize({ width, height });
    await skaerm.goto(`/medarbejder/dialog/${id}/skaerm`);
    const h1 = skaerm.getByRole("heading", { level: 1 });
    await expect(h1).toContainText("Trin 1 af 5");
    await expect(skaerm.locator("header.header")).toBeHidden();
    await expect(skaerm.getByRole("contentinfo")).toBeHidden();
    await expect(skaerm.getByText("Sådan gør du")).toHaveCount(0);
    await expect(skaerm.getByRole("button")).toHaveCount(0);
    expect(await iSyne(skaerm, h1), `${width}: the step`).toBe(true);
    expect(await iSyne(skaerm, skaerm.locator(".dialog-timer")), `${width}: the timer`).toBe(true);
    expect(await iSyne(skaerm, skaerm.locator(".dialog-projektor-case h2")), `${width}: the case`).toBe(true);
    const brød = await skaerm.locator(".dialog-projektor-case p").first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(brød, `${width}: body text`).toBeGreaterThanOrEqual(mindst);
    await expect(skaerm.getByText(`${PORTAL}/deltag`)).toBeVisible();
    const qr = skaerm.getByRole("img", { name: /^QR-kode, der åbner/ });
    expect(await iSyne(skaerm, qr), `${width}: the QR code`).toBe(true);
    expect(await iSyne(skaerm, skaerm.locator(".dialog-kode")), `${width}: the code`).toBe(true);
    await expectAccessible(skaerm);
  }
  expect(await skaerm.locator(".dialog-kode").innerText()).toBe(`${kode.slice(0, 3)} ${kode.slice(3)}`);

  // The facilitator moves on; the projector follows by itself and shows the room's questions.
  await naeste(page, /Trin 2: Saml pointer/);
  await expect(skaerm.getByRole("heading", { level: 1 })).toContainText("Trin 2 af 5", { timeout: 10_000 });
  expect(await iSyne(skaerm, skaerm.getByRole("list", { name: "Spørgsmål til jer" }))).toBe(true);
});

test("participants undo only their own choices, see whose choice an idea is, and never see text from the URL", async ({ page, browser }) => {
  test.setTimeout(120_000);
  const uid = randomUUID().slice(0, 8);
  const { kode } = await nyDialog(page, `Valg ${uid}`);
  const ali = await deltager(browser, kode, "Ali");
  const bo = await deltager(browser, kode, "Bo");
  await page.getByRole("button", { name: "Start trin 1" }).click();
  await naeste(page, /Trin 2/);
  await naeste(page, /Trin 3/);
  await naeste(page, /Trin 4/);
  for (const [p, tekst] of [
    [ali, `Alis idé ${uid}`],
    [bo, `Bos idé ${uid}`],
  ] as const) {
    await expect(p.getByLabel("Din idé")).toBeVisible({ timeout: 10_000 });
    await p.getByLabel("Din idé").fill(tekst);
    await p.getByRole("button", { name: "Send idé" }).click();
    await expect(p.getByText(tekst, { exact: true })).toBeVisible();
  }
  await ali.reload();
  await ali.getByRole("button", { name: named("Vælg som gruppens idé", `Alis idé ${uid}`) }).click();
  await expect(ali.getByRole("button", { name: named("Fjern mit valg", `Alis idé ${uid}`) })).toBeVisible();
  await expect(ali.getByText("Du har valgt 1 af højst 2 idéer. I alt er 1 idé valgt i rummet.")).toBeVisible();

  await bo.reload();
  const alisLap = bo.locator(".dialog-lap", { hasText: `Alis idé ${uid}` });
  await expect(alisLap).toContainText("valgt af Ali");
  await expect(alisLap.getByRole("button")).toHaveCount(0);
  await expect(bo.getByText("Du har valgt 0 af højst 2 idéer. I alt er 1 idé valgt i rummet.")).toBeVisible();
  await expectAccessible(bo);

  // ?fejl= shows only the fixed texts the page knows; anything else in the URL is ignored.
  await bo.goto("/deltag?fejl=<b>Nogen har hacket dialogen</b>");
  await expect(bo.getByText("Nogen har hacket dialogen")).toHaveCount(0);
  await expect(bo.locator(".alert-error")).toHaveCount(0);
  await bo.goto("/deltag?fejl=ikke-dit-valg");
  await expect(bo.locator(".alert-error")).toHaveText("Kun den, der valgte idéen, kan fjerne valget.");
});

test("a NUL byte in a participant's idea is refused in Danish and nothing is stored; dialogues can be archived, which ends the phones' access", async ({ page, browser }) => {
  test.setTimeout(120_000);
  const uid = randomUUID().slice(0, 8);
  const emne = `Arkiv ${uid}`;
  const { kode } = await nyDialog(page, emne);
  const cita = await deltager(browser, kode, "Cita");
  await page.getByRole("button", { name: "Start trin 1" }).click();
  for (const trin of [/Trin 2/, /Trin 3/, /Trin 4/]) await naeste(page, trin);
  await cita.reload();

  // The form as a browser without JavaScript posts it, with a NUL byte in the text.
  const felter = await cita.locator("form.dialog-skriv input[type=hidden]").evaluateAll((inputs) =>
    Object.fromEntries((inputs as HTMLInputElement[]).map((i) => [i.name, i.value])),
  );
  const send = (tekst: string) => cita.request.post("/deltag", { multipart: { ...felter, noegle: randomUUID(), tekst }, headers: { origin: PORTAL }, maxRedirects: 0 });
  const afvist = await send(`Skjult\u0000idé ${uid}`);
  expect(afvist.status()).toBe(400);
  expect(await afvist.text()).toContain("Teksten kan ikke bruges");
  const godkendt = await send(`Lovlig idé ${uid}`);
  expect(godkendt.status()).toBeLessThan(400);
  await cita.reload();
  await expect(cita.getByText(`Lovlig idé ${uid}`, { exact: true })).toBeVisible();
  await expect(cita.getByText(/Skjult.idé/)).toHaveCount(0);

  // The create form comes before the list; archiving moves the dialogue out of the list.
  await page.goto("/medarbejder/dialog");
  const overskrifter = await page.getByRole("heading", { level: 2 }).allInnerTexts();
  expect(overskrifter.indexOf("Opret en dialog")).toBeLessThan(overskrifter.indexOf("Jeres dialoger"));
  await page.getByRole("button", { name: new RegExp(`^Arkivér\\s?: ${emne}`) }).click();
  await expect(page.getByRole("link", { name: emne })).toBeHidden();
  await page.getByText(/^Arkiverede dialoger/).click();
  await expect(page.getByRole("link", { name: emne })).toBeVisible();
  await expectAccessible(page);

  // The participant's token ended with the dialogue: the phone is back at the join form.
  await cita.reload();
  await expect(cita.getByRole("heading", { level: 1, name: "Deltag i en dialog" })).toBeVisible();
});
