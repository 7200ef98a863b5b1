import { type Browser, type Page } from "@playwright/test";
import { staff } from "@/mocks/personas";
import { expect, expectAccessible, login, test } from "./fixtures";

const PHONE = { width: 390, height: 844 };

/** A button whose visible text is followed by a screen-reader-only ": <what>". */
const named = (text: string, what: string) => new RegExp(`^${text}\\s?: ${what.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`);

async function noHorizontalScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

async function participant(browser: Browser, kode: string, navn: string) {
  const context = await browser.newContext({ viewport: PHONE, locale: "da-DK" });
  const page = await context.newPage();
  await page.goto("/deltag");
  await page.getByLabel("Kode").fill(kode.toLowerCase());
  await page.getByLabel("Dit navn").fill(navn);
  await page.getByRole("button", { name: "Deltag" }).click();
  await expect(page.getByText(`Du er med som ${navn}`)).toBeVisible();
  return page;
}

test("a facilitator and three participants run all five steps, vote, decide, and the follow-up reaches /medarbejder", async ({ page, browser }) => {
  test.setTimeout(180_000);
  const uid = Date.now().toString(36);
  const ideaA = `Fast svar når nogen vil bruge en andens MitID ${uid}`;
  const ideaB = `Skilt ved printeren ${uid}`;
  const ideaC = `Skærmet rum til følsomme samtaler ${uid}`;

  await page.setViewportSize({ width: 1280, height: 900 });
  await login(page, staff.mette);
  await expect(page).toHaveURL(/\/medarbejder$/);
  await page.getByRole("link", { name: "Dialog", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Dialog om adgang til borgeres data og GDPR" })).toBeVisible();
  await expect(page.getByText("Materialer: noget at skrive med")).toBeVisible();
  await expectAccessible(page);

  // A wrong participant count gets a Danish message; then a short silent minute for the test.
  await page.getByLabel("Forventet antal deltagere").fill("3");
  await page.getByRole("button", { name: "Opret dialog" }).click();
  // The error summary takes focus and links to the field, which carries the same message.
  await expect(page.getByRole("alert").filter({ hasText: "Dialogen blev ikke oprettet" })).toBeFocused();
  await expect(page.getByRole("link", { name: "Dialogen er lavet til mindst 4 deltagere" })).toHaveAttribute("href", "#forventedeDeltagere");
  await expect(page.locator("#forventedeDeltagere-fejl")).toContainText("Dialogen er lavet til mindst 4 deltagere");
  await expectAccessible(page);
  await page.getByLabel("Forventet antal deltagere").fill("4");
  await page.getByText("Tilpas tiderne").click();
  await page.getByLabel("Trin 1 (minutter)").fill("1");
  // Long enough for three phones to write on a busy machine; the facilitator ends it by hand below.
  await page.getByLabel("Det stille minut (sekunder)").fill("60");
  await page.getByRole("button", { name: "Opret dialog" }).click();
  await expect(page).toHaveURL(/\/medarbejder\/dialog\/[0-9a-f-]{36}$/);
  const kode = (await page.locator(".dialog-kode").innerText()).replace(/\s/g, "");
  expect(kode).toMatch(/^[A-Z0-9]{6}$/);
  await expectAccessible(page);

  // Joining: a wrong code first, then three phones.
  const strangerContext = await browser.newContext({ viewport: PHONE, locale: "da-DK" });
  const stranger = await strangerContext.newPage();
  await stranger.goto("/deltag");
  await expectAccessible(stranger);
  await stranger.getByLabel("Kode").fill(kode === "AAAAAA" ? "BBBBBB" : "AAAAAA");
  await stranger.getByLabel("Dit navn").fill("Ukendt");
  await stranger.getByRole("button", { name: "Deltag" }).click();
  await expect(stranger.locator(".form-error-message")).toContainText("Vi kan ikke finde en dialog med den kode");
  await expectAccessible(stranger);
  await noHorizontalScroll(stranger);
  await strangerContext.close();

  const ali = await participant(browser, kode, "Ali");
  const bo = await participant(browser, kode, "Bo");
  const cita = await participant(browser, kode, "Cita");
  await expect(ali.getByText("Dialogen er ikke startet endnu")).toBeVisible();
  await expectAccessible(ali);
  await noHorizontalScroll(ali);
  await expect(page.getByText("3 deltagere med")).toBeVisible();

  // Trin 1: the case, the timer and its controls.
  await page.getByRole("button", { name: "Start trin 1" }).click();
  await expect(page.getByRole("heading", { name: /Trin 1: Sæt emnet/ })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Læs casen højt: På konens vegne" })).toBeVisible();
  await expect(page.locator(".dialog-timer-tal")).toHaveText(/^[01]:\d\d$/);
  await page.getByRole("button", { name: "Pause" }).click();
  await expect(page.getByText("Sat på pause")).toBeVisible();
  await page.getByRole("button", { name: "Forlæng 1 minut" }).click();
  await expect(page.locator(".dialog-timer-tal")).toHaveText(/^[12]:\d\d$/);
  await page.getByRole("button", { name: "Fortsæt tiden" }).click();
  await expect(page.getByRole("button", { name: "Pause" })).toBeVisible();
  await page.reload();
  await expect(page.getByRole("heading", { name: /Trin 1: Sæt emnet/ })).toBeVisible();
  await expectAccessible(page);
  await expect(ali.getByRole("heading", { name: /Trin 1/ })).toBeVisible();
  await ali.getByText("Læs casen med").click();
  await expect(ali.getByText(/Ole|ældre mand/).first()).toBeVisible();
  await expectAccessible(ali);

  // Trin 2: points from the phones reach the big screen.
  await page.getByRole("button", { name: "Næste trin" }).click();
  await expect(page.getByRole("heading", { name: "Trin 2: Saml pointer" })).toBeVisible();
  for (const [p, tekst] of [
    [ali, `Manden vil hjælpe konen ${uid}`],
    [bo, `Medarbejderen står alene med valget ${uid}`],
  ] as const) {
    await expect(p.getByRole("heading", { name: "Trin 2: Saml pointer" })).toBeVisible();
    await p.getByLabel("Jeres pointe").fill(tekst);
    await p.getByRole("button", { name: "Send pointe" }).click();
    await expect(page.getByText(tekst)).toBeVisible();
  }
  await page.getByLabel("Skriv en pointe for rummet").fill(`Vi mangler en fælles linje ${uid}`);
  await page.getByRole("button", { name: "Tilføj" }).click();
  await expect(page.getByText(`Vi mangler en fælles linje ${uid}`)).toBeVisible();
  await expect(cita.getByText(`Vi mangler en fælles linje ${uid}`)).toBeVisible();
  await expectAccessible(ali);

  // Trin 3 and 4: the silent minute shows a count, not the ideas, until it ends.
  await page.getByRole("button", { name: "Næste trin" }).click();
  await expect(page.getByRole("heading", { name: "Trin 3: Reflektér over jeres egen praksis" })).toBeVisible();
  await page.getByRole("button", { name: "Næste trin" }).click();
  await expect(page.getByRole("heading", { name: "Trin 4: Find jeres handlemuligheder" })).toBeVisible();
  await page.getByRole("button", { name: "Start det stille minut" }).click();
  await expect(page.getByText("Stille minut – ingen taler")).toBeVisible();
  for (const [p, tekst] of [
    [ali, ideaA],
    [bo, ideaB],
    [cita, ideaC],
  ] as const) {
    await expect(p.getByText("Stille minut. Skriv dine idéer")).toBeVisible();
    await p.getByLabel("Din idé").fill(tekst);
    await p.getByRole("button", { name: "Send idé" }).click();
    // Exact: once the idea can be chosen, its button also carries the text (for screen readers).
    await expect(p.getByText(tekst, { exact: true })).toBeVisible();
  }
  await expect(page.getByText("3 idéer skrevet", { exact: false })).toBeVisible();
  await expect(page.getByText(ideaA, { exact: true })).toHaveCount(0);
  await expect(ali.getByText(ideaB, { exact: true })).toHaveCount(0);
  await expectAccessible(page);
  await page.getByRole("button", { name: "Afslut det stille minut nu" }).click();
  await expect(page.getByText(ideaA, { exact: true })).toBeVisible();
  await expect(page.getByText(ideaC, { exact: true })).toBeVisible();

  // A group marks its 1–2 chosen ideas from a phone.
  await expect(ali.getByRole("button", { name: named("Vælg som gruppens idé", ideaA) })).toBeVisible();
  await ali.getByRole("button", { name: named("Vælg som gruppens idé", ideaA) }).click();
  await ali.getByRole("button", { name: named("Vælg som gruppens idé", ideaB) }).click();
  await expect(ali.getByText("Du har valgt 2 af højst 2 idéer. I alt er 2 idéer valgt i rummet.")).toBeVisible();
  await expectAccessible(ali);
  await noHorizontalScroll(ali);
  await expect(page.locator(".dialog-lap-valgt")).toHaveCount(2);

  // Trin 5: one dot each; the big screen counts them.
  await page.getByRole("button", { name: "Næste trin" }).click();
  await expect(page.getByRole("heading", { name: "Trin 5: Saml op og beslut" })).toBeVisible();
  for (const [p, idea] of [
    [ali, ideaA],
    [bo, ideaA],
    [cita, ideaB],
  ] as const) {
    await p.getByRole("button", { name: named("Sæt min prik her", idea) }).click();
    await expect(p.getByText("Din prik er her")).toBeVisible();
  }
  await expect(cita.getByRole("button", { name: named("Sæt min prik her", ideaC) })).toHaveCount(0);
  await expectAccessible(cita);
  await noHorizontalScroll(cita);
  await expect(page.getByText("3 af 3 har stemt")).toBeVisible();
  await expect(page.getByLabel("Det forslag, I vil afprøve")).toHaveValue(ideaA);
  await expectAccessible(page);

  // The decision.
  await page.getByLabel("Hvorfor netop det forslag?").fill("Flest prikker, og det er nemt at prøve");
  await page.getByLabel("Hvem er ansvarlig, og hvem deltager?").fill("Mette Lund og hele skranken");
  await page.getByLabel("Hvordan afprøver I det?").fill("Alle bruger den samme ordlyd i tre uger");
  await page.getByLabel("Afprøvningen er færdig").fill("2026-12-18");
  await page.getByLabel("Dato for opfølgning").fill("2027-01-08");
  await page.getByRole("button", { name: "Gem beslutningen og afslut dialogen" }).click();
  await expect(page.getByRole("heading", { name: "Dialogen er afsluttet" })).toBeVisible();
  await expect(page.getByText("Beslutningen er gemt")).toBeVisible();
  await expectAccessible(page);
  await expect(bo.getByRole("heading", { name: "Tak for i dag" })).toBeVisible();

  await page.getByRole("link", { name: "Se opsummering til print" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /Opsummering/ })).toBeVisible();
  await expect(page.getByText(ideaA, { exact: true }).first()).toBeVisible();
  await expectAccessible(page);

  // The follow-up stays on the staff front page until it is marked done.
  await page.goto("/medarbejder");
  const block = page.getByRole("region", { name: "Opfølgning på dialoger" });
  await expect(block.locator("p", { hasText: ideaA })).toBeVisible();
  await expect(block.getByText("8. januar 2027")).toBeVisible();
  await expectAccessible(page);
  await block.getByRole("button", { name: named("Marker opfølgningen som gennemført", ideaA) }).click();
  await expect(page.locator("p", { hasText: ideaA })).toHaveCount(0);
});

test("a practice scenario is played to its end, with feedback, the rule and the portal feature", async ({ page }) => {
  await login(page, staff.jonas);
  await page.goto("/medarbejder/scenarier");
  await expect(page.getByRole("heading", { level: 1, name: /Øv dig/ })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("link", { name: "På konens vegne" }).click();
  await expect(page.getByText(/Ole på 84/)).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("link", { name: /Jeg hjælper ham med at logge ind som konen/ }).click();
  await expect(page.getByRole("heading", { name: "Ikke sådan" })).toBeVisible();
  await expect(page.getByText(/MitID er personligt/)).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("link", { name: "Prøv et andet valg" }).click();
  await page.getByRole("link", { name: /Jeg siger venligt nej/ }).click();
  await expect(page.getByRole("heading", { name: "Godt valg" })).toBeVisible();
  await expect(page.getByRole("link", { name: /Fuldmagter i Mine Data/ })).toHaveAttribute("href", "/fuldmagter");
  await page.getByRole("link", { name: "Fortsæt" }).click();
  await expect(page).toHaveURL(/trin=fuldmagt/);
  await page.getByRole("link", { name: /fuldmagt på papir/ }).click();
  await expect(page.getByRole("heading", { name: "Godt valg" })).toBeVisible();
  await page.getByRole("link", { name: "Afslut scenariet" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Scenariet er slut" })).toBeVisible();
  await expectAccessible(page);

  await page.setViewportSize(PHONE);
  await page.goto("/medarbejder/scenarier/boligselskab-cpr?trin=opkaldet&valg=foedselsdato");
  await expect(page.getByRole("link", { name: /CPR-nummeret maskeret/ })).toBeVisible();
  await expectAccessible(page);
  await noHorizontalScroll(page);
});

test("the dilemma cards show the seven quotes with role and source, usable as a case", async ({ page }) => {
  await login(page, staff.mette);
  await page.goto("/medarbejder/dilemmaer");
  await expect(page.locator(".dilemma-kort")).toHaveCount(7);
  await expect(page.getByText("— Informationssikkerhedskoordinator")).toBeVisible();
  await expect(page.getByText(/Fremfærd-projektet/)).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("link", { name: "Brug kortet som case i en dialog" }).nth(6).click();
  await expect(page.getByLabel("Case til trin 1")).toHaveValue("fuldt-cpr");
  await page.setViewportSize(PHONE);
  await page.goto("/medarbejder/dilemmaer");
  await noHorizontalScroll(page);
});

test("without JavaScript, a dialogue can be created and run, and a participant joins and adds a point", async ({ browser }) => {
  const staffContext = await browser.newContext({ javaScriptEnabled: false, locale: "da-DK" });
  const page = await staffContext.newPage();
  await login(page, staff.mette);
  await expect(page).toHaveURL(/\/medarbejder$/);
  await page.goto("/medarbejder/dialog");
  await page.getByLabel("Forventet antal deltagere").fill("30");
  await page.getByRole("button", { name: "Opret dialog" }).click();
  await expect(page.locator("#forventedeDeltagere-fejl")).toContainText("Dialogen er lavet til højst 20 deltagere");
  await page.getByLabel("Forventet antal deltagere").fill("14");
  await page.getByRole("button", { name: "Opret dialog" }).click();
  await expect(page).toHaveURL(/\/medarbejder\/dialog\/[0-9a-f-]{36}$/);
  const kode = (await page.locator(".dialog-kode").innerText()).replace(/\s/g, "");
  await expect(page.locator(".dialog-timer-tal")).toHaveCount(0);
  await page.getByText("Skift case eller skriv jeres egen").click();
  await page.getByLabel("Case", { exact: true }).selectOption("egen");
  await page.getByLabel("Jeres egen case").fill("En borger beder om hjælp til at læse sin datters post i e-Boks.");
  await page.getByRole("button", { name: "Brug casen" }).click();
  await expect(page.getByText("Casen i trin 1: Jeres egen case")).toBeVisible();
  await page.getByRole("button", { name: "Start trin 1" }).click();
  await expect(page.getByRole("paragraph").filter({ hasText: "En borger beder om hjælp til at læse sin datters post i e-Boks." })).toBeVisible();
  await expect(page.locator(".dialog-timer-tal")).toHaveText(/^[45]:\d\d$/);
  await page.getByRole("button", { name: "Næste trin" }).click();
  await expect(page.getByRole("heading", { name: "Trin 2: Saml pointer" })).toBeVisible();
  // More than 12 expected: the tip to pick 2–3 pairs is shown.
  await expect(page.getByText(/I er mange i dag\. Vælg 2–3 makkerpar/)).toBeVisible();

  const phoneContext = await browser.newContext({ javaScriptEnabled: false, viewport: PHONE, locale: "da-DK" });
  const phone = await phoneContext.newPage();
  await phone.goto(`/deltag`);
  await phone.getByLabel("Kode").fill(kode);
  await phone.getByLabel("Dit navn").fill("Dorte");
  await phone.getByRole("button", { name: "Deltag" }).click();
  await expect(phone.getByText("Du er med som Dorte")).toBeVisible();
  await phone.getByLabel("Jeres pointe").fill("Uden JavaScript virker det også");
  await phone.getByRole("button", { name: "Send pointe" }).click();
  await expect(phone.getByText("Uden JavaScript virker det også", { exact: true })).toBeVisible();
  await noHorizontalScroll(phone);

  await page.reload();
  await expect(page.getByText("Uden JavaScript virker det også", { exact: true })).toBeVisible();
  await staffContext.close();
  await phoneContext.close();
});
