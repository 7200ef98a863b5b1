import { MITID, PORTAL } from "./env";
import { citizens, staff } from "@/mocks/personas";
import { expect, expectAccessible, login, test } from "./fixtures";

test("Karen logs in with MitID, sees her name and her sager count, and logs out", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: "Mine Data" })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("button", { name: "Log ind med MitID" }).click();
  await expect(page).toHaveURL(new RegExp(`^${MITID}/interaction/`));
  await expect(page.getByRole("heading", { name: /Log ind hos Mine Data/ })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: /^Karen Jensen/ }).click();

  await expect(page).toHaveURL(`${PORTAL}/`);
  await expect(page.getByRole("heading", { level: 1, name: "Goddag Karen Jensen" })).toBeVisible();
  const sager = page.getByRole("region", { name: "Dine sager" });
  // Karen has six sager she may see; a seventh is "Visning undtaget for borger".
  await expect(sager.getByText("6", { exact: true })).toBeVisible();
  await expect(page.getByText("120344-••••")).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("button", { name: "Log af" }).click();
  await expect(page.getByText("Du er nu logget af")).toBeVisible();
  await expect(page.getByRole("button", { name: "Log af" })).toHaveCount(0);
  await page.goto("/sager");
  await expect(page).toHaveURL(/\/log-ind\?til=%2Fsager/);
});

test("Mette logs in with MitID Erhverv and lands on the staff page", async ({ page }) => {
  await login(page, staff.mette);
  await expect(page).toHaveURL(`${PORTAL}/medarbejder`);
  await expect(page.getByRole("heading", { level: 1, name: "Goddag Mette Lund" })).toBeVisible();
  await expect(page.getByText("medarbejder i Borgerservice")).toBeVisible();
  await expect(page.getByText(/Betroet medarbejder: registrere fuldmagter/)).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("button", { name: "Log af" }).click();
  await expect(page.getByText("Du er nu logget af")).toBeVisible();
  await page.goto("/medarbejder");
  await expect(page).toHaveURL(/\/log-ind/);
});

test("an unauthenticated visit to /sager goes to login and, after login, back to /sager", async ({ page }) => {
  await page.goto("/sager");
  await expect(page).toHaveURL(/\/log-ind\?til=%2Fsager/);
  await expect(page.getByText("Du skal logge ind for at se siden.")).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("button", { name: "Log ind med MitID" }).click();
  await page.getByRole("button", { name: /^Karen Jensen/ }).click();
  await expect(page).toHaveURL(`${PORTAL}/sager`);
  await expect(page.getByRole("heading", { level: 1, name: "Mine sager" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Ansøgning om plejebolig" })).toBeVisible();
  await expect(page.getByText("Intern vurdering af boligsituation")).toHaveCount(0);
  await expectAccessible(page);
});

test("a citizen cannot open the staff page, and staff cannot open citizen pages", async ({ browser }) => {
  const citizen = await browser.newPage();
  await login(citizen, citizens.sofie);
  await expect(citizen.getByRole("heading", { level: 1, name: "Goddag Sofie Nielsen" })).toBeVisible();
  await citizen.goto("/medarbejder");
  await expect(citizen).toHaveURL(`${PORTAL}/`);

  const worker = await browser.newPage();
  await login(worker, staff.jonas);
  await expect(worker).toHaveURL(`${PORTAL}/medarbejder`);
  await worker.goto("/sager");
  await expect(worker).toHaveURL(`${PORTAL}/medarbejder`);
});

test("cancelling on the simulator returns to a Danish explanation, not logged in", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("button", { name: "Log ind med MitID" }).click();
  await page.getByRole("button", { name: "Afbryd og gå tilbage" }).click();
  await expect(page).toHaveURL(/\/log-ind\?error=/);
  await expect(page.getByRole("heading", { name: "Du blev ikke logget ind" })).toBeVisible();
  await expectAccessible(page);
});

test("unknown pages get a Danish 404", async ({ page }) => {
  const response = await page.goto("/findes-ikke");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Siden findes ikke" })).toBeVisible();
  await expectAccessible(page);
});

test("the session cookie is httpOnly and SameSite=Lax, and no CPR number reaches the browser", async ({ page, context }) => {
  const seen: string[] = [];
  page.on("response", async (response) => {
    if (response.url().startsWith(PORTAL)) seen.push(await response.text().catch(() => ""));
  });
  await login(page, citizens.karen);
  await expect(page.getByRole("heading", { level: 1, name: "Goddag Karen Jensen" })).toBeVisible();
  const cookie = (await context.cookies()).find((c) => c.name === "authjs.session-token");
  expect(cookie?.httpOnly).toBe(true);
  expect(cookie?.sameSite).toBe("Lax");
  const session = await page.request.get("/api/auth/session");
  seen.push(await session.text());
  expect(seen.join("\n")).not.toContain(citizens.karen.cpr);
  expect(await session.json()).not.toHaveProperty("user.name");
});
