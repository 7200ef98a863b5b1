import { citizens } from "@/mocks/personas";
import { expect, expectAccessible, login, test } from "./fixtures";

test("Karen sees in plain Danish who looked at her data, filters it and asks why", async ({ page }) => {
  await login(page, citizens.karen);
  await page.goto("/log");
  await expect(page.getByRole("heading", { level: 1, name: "Hvem har set mine data" })).toBeVisible();
  const entries = page.locator(".log-liste > li");
  await expect(entries.first()).toContainText("Jonas Møller læste dine dokumenter – som sagsbehandler på din sag");
  await expect(entries.first()).toContainText("3. november 2026 kl. 13.42");
  await expect(page.getByText("Mette Lund så dine sager – mens du fik hjælp af en medarbejder")).toBeVisible();
  expect(await entries.count()).toBe(5);
  await expectAccessible(page);

  await page.getByLabel("Hvem").selectOption("Jonas Møller");
  await page.getByRole("button", { name: "Vis" }).click();
  await expect(page).toHaveURL(/hvem=Jonas/);
  await expect(entries).toHaveCount(2);

  const first = entries.first();
  await first.getByText("Spørg hvorfor").click();
  await first.getByLabel(/Dit spørgsmål/).fill("Hvorfor læste du min afgørelse?");
  await first.getByRole("button", { name: "Send spørgsmålet" }).click();
  await expect(page.locator(".log-liste > li").first()).toContainText("Du har spurgt hvorfor. Du får svar senest");
  await expectAccessible(page);
});

test("a citizen nobody else has looked at is told so", async ({ page }) => {
  await login(page, citizens.sofie);
  await page.goto("/log");
  await expect(page.getByText("Ingen andre har set dine data.")).toBeVisible();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the log filters and 'Spørg hvorfor' work as plain forms", async ({ browser }) => {
    const js = await browser.newContext();
    const setup = await js.newPage();
    await login(setup, citizens.karen);
    const state = await js.storageState();
    await js.close();
    const context = await browser.newContext({ javaScriptEnabled: false, storageState: state });
    const page = await context.newPage();
    await page.goto("/log?hvad=se:oplysninger");
    const entries = page.locator(".log-liste > li");
    await expect(entries).toHaveCount(1);
    await expect(entries.first()).toContainText("Mette Lund så dine personlige oplysninger");
    await entries.first().getByText("Spørg hvorfor").click();
    await entries.first().getByRole("button", { name: "Send spørgsmålet" }).click();
    // Help she let Borgerservice give: the portal answers at once from the session's own record.
    const svar = page.locator(".log-liste > li").first();
    await expect(svar).toContainText("Svar fra Mine Data");
    await expect(svar).toContainText("mens Mette Lund fra Borgerservice hjalp dig 14. oktober 2026 kl. 10.02 til kl. 10.19");
    await expect(svar).toContainText("Sager, ydelser, oplysninger".toLocaleLowerCase("da"));
    await context.close();
  });
});
