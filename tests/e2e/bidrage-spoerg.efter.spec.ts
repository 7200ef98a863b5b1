import { citizens, staff } from "@/mocks/personas";
import { expect, som } from "./bidrage-support";
import { expectAccessible, test } from "./fixtures";

// Writes to Karen's log, which log.spec.ts counts, so it runs after the portal project (playwright.config.ts).

test("Karen asks why Jonas looked at her sag; Jonas answers from his inbox; the answer shows beside the entry", async ({ browser }) => {
  const karen = await som(browser, citizens.karen, "/log?hvem=Jonas+M%C3%B8ller");
  const post = karen.locator(".log-liste > li").filter({ hasText: "så dine sager" }).filter({ hasText: "Personligt tillæg til medicin" });
  await post.getByText("Spørg hvorfor").click();
  await post.getByLabel(/Dit spørgsmål/).fill("Hvorfor så du min sag om medicin i november?");
  await post.getByRole("button", { name: "Send spørgsmålet" }).click();
  await expect(karen.locator(".log-liste > li").filter({ hasText: "så dine sager" }).first()).toContainText("Du har spurgt hvorfor.");

  const j = await som(browser, staff.jonas, "/medarbejder/indbakke");
  const spoergsmaal = j.getByRole("link", { name: "Spørgsmål: Hvorfor så I mine data?" });
  const antal = await spoergsmaal.count();
  for (let i = 0; i < antal; i++) {
    await j.goto("/medarbejder/indbakke");
    await spoergsmaal.nth(i).click();
    if (await j.getByText("Hvorfor så du min sag om medicin i november?").isVisible()) break;
  }
  await expect(j.getByText("Hvorfor så du min sag om medicin i november?")).toBeVisible();
  await expect(j.locator("main")).toContainText("Personligt tillæg til medicin");
  await expectAccessible(j);
  await j.getByLabel("Dit svar").fill("Jeg tjekkede din medicinudgift, fordi tilskudsregistret havde sendt et nyt beløb.");
  await j.getByRole("button", { name: "Send svaret" }).click();
  await expect(j.getByText("Svaret er sendt til borgeren.")).toBeVisible();

  await karen.goto("/log?hvem=Jonas+M%C3%B8ller");
  const besvaret = karen.locator(".log-liste > li").filter({ hasText: "tilskudsregistret havde sendt et nyt beløb" });
  await expect(besvaret).toContainText("Svar fra Jonas Møller");
  await expect(besvaret).toContainText("så dine sager");
  await expectAccessible(karen);
});
