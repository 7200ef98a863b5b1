import { citizens } from "@/mocks/personas";
import { deterministicUuid } from "@/mocks/random";
import { MOCKS } from "./env";
import { expect, expectAccessible, login, test } from "./fixtures";

// Breaks shared fagsystemer on purpose, so it runs in the "faults" project after the rest.
test.describe.configure({ mode: "serial" });
test.afterEach(async ({ request }) => {
  await request.delete(`${MOCKS}/__admin/fejl`);
});

const MEDICIN = deterministicUuid("sag:32.03.12-G01-7-25");

test("with SDI broken, each page degrades only what comes from SDI", async ({ page, request }) => {
  await login(page, citizens.karen);
  await request.put(`${MOCKS}/__admin/fejl/sdi`, { data: { errorRate: 1 } });

  await page.reload();
  await expect(page.getByRole("region", { name: "Dine sager" }).getByText("Dine sager kan ikke vises lige nu")).toBeVisible();
  await expect(page.getByRole("region", { name: "Næste udbetaling" }).getByText(/kr\.$/)).toBeVisible();
  await expect(page.getByRole("region", { name: "Dig i Folkeregisteret" }).getByText("Algade 12, 4999 Korsbæk")).toBeVisible();
  await expectAccessible(page);

  await page.goto("/sager");
  await expect(page.getByText("Dine sager kan ikke vises lige nu")).toBeVisible();
  await expect(page.getByLabel("Søg i sagernes titler")).toBeVisible();
  await expectAccessible(page);

  await page.goto(`/sager/${MEDICIN}`);
  await expect(page.getByText("Sagen kan ikke vises lige nu")).toBeVisible();

  await page.goto("/ydelser");
  await expect(page.getByRole("heading", { name: "Personligt tillæg til medicin" })).toBeVisible();
  await expect(page.getByText("kan ikke vises lige nu")).toHaveCount(0);

  await page.goto("/oplysninger");
  await expect(page.getByRole("region", { name: "Dig i Folkeregisteret" }).getByText("Algade 12, 4999 Korsbæk")).toBeVisible();
  await expect(page.getByText("Oplysningerne fra dine sager kan ikke vises lige nu")).toBeVisible();
  await expectAccessible(page);

  expect((await page.request.get("/api/v1/sager")).status()).toBe(503);
});

test("with the Ydelsesindeks slow past the timeout, ydelser degrade and the rest renders", async ({ page, request }) => {
  await login(page, citizens.karen);
  await request.put(`${MOCKS}/__admin/fejl/ydelsesindeks`, { data: { timeout: true } });
  await page.reload();
  await expect(page.getByRole("region", { name: "Næste udbetaling" }).getByText("Dine udbetalinger kan ikke vises lige nu")).toBeVisible();
  await expect(page.getByRole("region", { name: "Dine sager" }).getByText("6", { exact: true })).toBeVisible();
  await page.goto("/ydelser");
  await expect(page.getByText("Dine ydelser kan ikke vises lige nu")).toBeVisible();
  await expect(page.getByText("Dine kommende udbetalinger kan ikke vises lige nu")).toBeVisible();
  await expect(page.getByText("Dine tidligere udbetalinger kan ikke vises lige nu")).toBeVisible();
  await expectAccessible(page);
});

test("with Organisation and Klassifikation down, a sag still shows, with the unit as contact", async ({ page, request }) => {
  await login(page, citizens.karen);
  await request.put(`${MOCKS}/__admin/fejl/organisation`, { data: { errorRate: 1 } });
  await request.put(`${MOCKS}/__admin/fejl/klassifikation`, { data: { errorRate: 1 } });
  await page.goto(`/sager/${MEDICIN}`);
  await expect(page.getByRole("heading", { level: 1, name: "Personligt tillæg til medicin" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Din kontaktperson" }).getByText("Sagen behandles af Ydelsesservice.")).toBeVisible();
  await expect(page.getByText("Forklaringen på emnet kan ikke vises lige nu")).toBeVisible();
  await expect(page.getByRole("region", { name: "Afgørelsen" })).toBeVisible();
  await page.goto("/sager");
  await expect(page.getByRole("link", { name: "Personligt tillæg til medicin" })).toBeVisible();
});
