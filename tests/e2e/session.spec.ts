import { citizens, staff } from "@/mocks/personas";
import { MITID, PORTAL } from "./env";
import { expect, expectAccessible, login, test } from "./fixtures";

test("the MitID simulator offers authorization code with PKCE only, like a broker", async ({ request }) => {
  const discovery = await (await request.get(`${MITID}/.well-known/openid-configuration`)).json();
  expect(discovery.response_types_supported).toEqual(["code"]);
  expect(discovery.grant_types_supported).toEqual(["authorization_code"]);
  expect(discovery.code_challenge_methods_supported).toEqual(["S256"]);
  const implicit = await request.get(`${MITID}/auth`, {
    params: { client_id: "mine-data-korsbaek", response_type: "id_token", redirect_uri: `${PORTAL}/api/auth/callback/mitid`, scope: "openid", nonce: "n", state: "s" },
    maxRedirects: 0,
  });
  expect(implicit.headers().location).toContain("error=unsupported_response_type");
});

test("the portal asks for level Substantial and refuses a Low login with a Danish explanation", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("button", { name: "Log ind med MitID" }).click();
  await expect(page).toHaveURL(new RegExp(`^${MITID}/interaction/`));
  await expect(page.getByText("Tjenesten beder om sikringsniveau Betydelig.")).toBeVisible();
  await page.getByRole("radio", { name: /^Lav/ }).check();
  await page.getByRole("button", { name: /^Karen Jensen/ }).click();
  await expect(page).toHaveURL(/\/log-ind\?error=Sikringsniveau$/);
  await expect(page.locator(".alert-error")).toContainText("Dit login var ikke sikkert nok");
  await expect(page.locator(".alert-error")).toContainText("niveau Betydelig");
  await expect(page.getByRole("button", { name: "Log af" })).toHaveCount(0);
  await expectAccessible(page);
  await page.goto("/sager");
  await expect(page).toHaveURL(/\/log-ind\?til=%2Fsager/);
});

test("staff on level Low are refused too", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("button", { name: "Log ind med MitID" }).click();
  await page.getByRole("radio", { name: /^Lav/ }).check();
  await page.getByRole("button", { name: new RegExp(`^${staff.mette.fornavn} ${staff.mette.efternavn}`) }).click();
  await expect(page).toHaveURL(/\/log-ind\?error=Sikringsniveau$/);
});

test("the header says when the session ends, a dialog warns five minutes before, and staying keeps the session", async ({ page }) => {
  await page.clock.install();
  await login(page, citizens.sofie);
  await expect(page.getByRole("heading", { level: 1, name: "Goddag Sofie Nielsen" })).toBeVisible();
  await expect(page.getByText(/^Du bliver logget af kl\. \d\d\.\d\d, hvis du ikke bruger siden\.$/)).toBeVisible();
  const advarsel = page.getByRole("alertdialog", { name: "Du bliver snart logget af" });
  await expect(advarsel).toBeHidden();

  await page.clock.fastForward("25:30");
  await expect(advarsel).toBeVisible();
  await expect(advarsel).toContainText(/Om [45] minutter logger vi dig af/);
  await expectAccessible(page);
  await advarsel.getByRole("button", { name: "Bliv logget ind" }).click();
  await expect(advarsel).toBeHidden();

  await page.clock.fastForward("31:00");
  const logget = page.getByRole("alertdialog", { name: "Du er blevet logget af" });
  await expect(logget).toBeVisible();
  await expect(logget.getByRole("link", { name: "Log ind igen" })).toHaveAttribute("href", "/log-ind?udloebet=1&til=%2F");
});

test("the logged-in name stays visible on a phone", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await login(page, citizens.karen);
  const navn = page.locator(".portal-user .user");
  await expect(navn).toBeVisible();
  await expect(navn).toContainText("Karen Jensen");
  const box = (await navn.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(320);
  await expect(page.getByRole("button", { name: "Log af" })).toBeVisible();
});
