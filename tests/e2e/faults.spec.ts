import { MOCKS } from "./env";
import { citizens } from "@/mocks/personas";
import { expect, expectAccessible, login, test } from "./fixtures";


// These tests break shared fagsystemer, so they run on their own after the rest (see playwright.config.ts).
test.describe.configure({ mode: "serial" });
test.afterEach(async ({ request }) => {
  await request.delete(`${MOCKS}/__admin/fejl`);
});

test("with SDI down, Karen's forside still renders: a notice for sager, her CPR data intact", async ({ page, request }) => {
  await request.put(`${MOCKS}/__admin/fejl/sdi`, { data: { errorRate: 1 } });
  await login(page, citizens.karen);
  await expect(page.getByRole("heading", { level: 1, name: "Goddag Karen Jensen" })).toBeVisible();
  const sager = page.getByRole("region", { name: "Dine sager" });
  await expect(sager.getByText("Dine sager kan ikke vises lige nu")).toBeVisible();
  await expect(page.getByRole("region", { name: "Dig i Folkeregisteret" }).getByText("Algade 12, 4999 Korsbæk")).toBeVisible();
  await expectAccessible(page);

  const health = await request.get("/api/health");
  expect(health.status()).toBe(200);
  expect(await health.json()).toMatchObject({
    status: "degraderet",
    database: { status: "ok" },
    fagsystemer: { sdi: { status: "fejl" }, cpr: { status: "ok" } },
  });
});

test("a hanging CPR service degrades its own panel within the timeout", async ({ page, request }) => {
  await login(page, citizens.karen);
  await request.put(`${MOCKS}/__admin/fejl/cpr`, { data: { timeout: true } });
  await page.reload();
  await expect(page.getByRole("region", { name: "Dig i Folkeregisteret" }).getByText("kan ikke vises lige nu")).toBeVisible();
  await expect(page.getByRole("region", { name: "Dine sager" }).getByText("6", { exact: true })).toBeVisible();
});
