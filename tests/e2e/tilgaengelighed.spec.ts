import { citizens, staff } from "@/mocks/personas";
import { deterministicUuid } from "@/mocks/random";
import { expect, expectAccessible, login, test } from "./fixtures";

const sagId = (nr: string) => deterministicUuid(`sag:${nr}`);

test("every page's footer links to the accessibility statement, which follows the EU model", async ({ page }) => {
  for (const url of ["/", "/log-ind", "/findes-ikke"]) {
    await page.goto(url);
    await expect(page.getByRole("contentinfo").getByRole("link", { name: "Tilgængelighedserklæring" }), url).toHaveAttribute("href", "/tilgaengelighed");
  }
  await login(page, staff.mette);
  await expect(page.getByRole("contentinfo").getByRole("link", { name: "Tilgængelighedserklæring" })).toBeVisible();
  await page.getByRole("contentinfo").getByRole("link", { name: "Tilgængelighedserklæring" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Tilgængelighedserklæring for Mine Data" })).toBeVisible();
  for (const afsnit of ["Overensstemmelsesstatus", "Indhold, der ikke er tilgængeligt", "Sådan er erklæringen lavet", "Giv os besked, hvis noget ikke virker", "Hvis du vil klage"]) {
    await expect(page.getByRole("heading", { level: 2, name: afsnit })).toBeVisible();
  }
  await expect(page.getByRole("link", { name: "44 44 44 44" })).toHaveAttribute("href", "tel:+4544444444");
  await expect(page.getByRole("link", { name: "tilgaengelighed@korsbaek.dk" })).toHaveAttribute("href", "mailto:tilgaengelighed@korsbaek.dk");
  await expect(page.getByText(/Rådhuspladsen 1, 4999 Korsbæk/).first()).toBeVisible();
  await expectAccessible(page);
});

test("a favicon, and a 404 page whose title says the page does not exist", async ({ page, request }) => {
  const ikon = await request.get("/favicon.ico");
  expect(ikon.status()).toBe(200);
  expect(ikon.headers()["content-type"]).toMatch(/image/);
  await page.goto("/findes-ikke");
  await expect(page).toHaveTitle("Siden findes ikke – Mine Data – Korsbæk Kommune");
  expect(await page.locator('link[rel="icon"]').count()).toBeGreaterThan(0);
  await login(page, citizens.karen);
  await page.goto("/sager/ikke-et-id");
  await expect(page).toHaveTitle("Siden findes ikke – Mine Data – Korsbæk Kommune");
});

test("alerts carry their DKFDS icon, and a <summary> shows when it has keyboard focus", async ({ page }) => {
  await page.goto("/log-ind?error=Sikringsniveau");
  const ikon = await page.locator(".alert-error").evaluate((el) => getComputedStyle(el, "::before").maskImage || getComputedStyle(el, "::before").webkitMaskImage);
  expect(ikon).toContain("data:image/svg+xml");

  await login(page, citizens.karen, "/log");
  const summary = page.locator(".spoerg-hvorfor summary").first();
  for (let i = 0; i < 60 && !(await summary.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press("Tab");
  await expect(summary).toBeFocused();
  const outline = await summary.evaluate((el) => ({ style: getComputedStyle(el).outlineStyle, width: parseFloat(getComputedStyle(el).outlineWidth) }));
  expect(outline.style).not.toBe("none");
  expect(outline.width).toBeGreaterThanOrEqual(2);
});

test("each 'Spørg hvorfor' is named after its entry", async ({ page }) => {
  await login(page, citizens.karen, "/log");
  await expect(page.getByRole("heading", { level: 1, name: "Hvem har set mine data" })).toBeVisible();
  await expect(page.locator(".log-liste > li").first()).toBeVisible();
  // Each form's name starts with its own entry's sentence (up to " – på grundlag …"), so no two are alike.
  const poster = await page.locator(".log-liste > li:has(.spoerg-hvorfor)").evaluateAll((lis) =>
    lis.map((li) => ({ saetning: li.querySelector(".log-saetning")!.textContent!.split(" – ")[0]!, navn: li.querySelector("form")!.getAttribute("aria-label") })),
  );
  expect(poster.length).toBeGreaterThan(1);
  for (const p of poster) expect(p.navn).toMatch(new RegExp(`^Spørg hvorfor: ${p.saetning.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}, \\d`));
  expect(new Set(poster.map((p) => p.navn)).size).toBe(poster.length);
});

test("'Ret denne oplysning' never leads to a missing page", async ({ page }) => {
  await login(page, citizens.karen);
  for (const url of ["/oplysninger", `/sager/${sagId("32.03.12-G01-7-25")}`]) {
    await page.goto(url);
    const links = page.getByRole("link", { name: /^Ret denne oplysning/ });
    const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute("href")!));
    expect(hrefs.length, url).toBeGreaterThan(0);
    for (const href of hrefs) expect((await page.request.get(href)).status(), href).toBe(200);
  }
});

test("sygedagpenge that stop after the maximum period are an ending, not 'Du fik afslag'", async ({ page }) => {
  await login(page, citizens.amir, `/sager/${sagId("15.17.06-G01-44-25")}`);
  const afgoerelse = page.getByRole("region", { name: "Afgørelsen" });
  await expect(afgoerelse.getByText("Ydelsen stopper")).toBeVisible();
  await expect(afgoerelse.getByText(/ikke et afslag/)).toBeVisible();
  await expect(page.getByText("Du fik afslag")).toHaveCount(0);
  await expectAccessible(page);
});

test("a waiting sag says who must act and by when, in the list and on the sag", async ({ page }) => {
  await login(page, citizens.bent, "/sager");
  await expect(page.getByText("Kommunen venter på dig – send det senest 30. november 2026")).toBeVisible();
  await page.getByRole("link", { name: "Personligt tillæg til varme" }).click();
  const venter = page.getByRole("region", { name: "Kommunen venter på dig" });
  await expect(venter).toContainText("Send din seneste årsopgørelse for varme");
  await expect(venter).toContainText("Send det senest den 30. november 2026.");
  await expectAccessible(page);
});

test("a sag the kommune is working on says when the answer is expected", async ({ page }) => {
  await login(page, citizens.karen, `/sager/${sagId("27.45.04-G01-3-25")}`);
  await expect(page.getByRole("region", { name: "Kommunen arbejder på sagen" })).toContainText("Du kan forvente svar senest den 15. december 2026.");
});
