import { MITID, PORTAL } from "./env";
import AxeBuilder from "@axe-core/playwright";
import { expect, test as base, type Page } from "@playwright/test";
import { fullName, type Persona } from "@/mocks/personas";

/** Logs in through the real OIDC flow: portal → MitID simulator → back to the portal. */
export async function login(page: Page, persona: Persona, start = "/") {
  await page.goto(start);
  await page.getByRole("button", { name: "Log ind med MitID" }).click();
  await expect(page).toHaveURL(new RegExp(`^${MITID}/interaction/`));
  await page.getByRole("button", { name: new RegExp(`^${fullName(persona)}`) }).click();
  // Back on the portal and loaded: a test that reloads or measures right away must not race the redirect.
  await page.waitForURL((url) => url.origin === PORTAL, { waitUntil: "load" });
}

/** Zero axe violations (WCAG 2.2 AA rules included) on the page as it is now. */
export async function expectAccessible(page: Page) {
  // Next streams a dynamic page's <title> after its body: after a client-side navigation on a busy
  // machine the body can be there first. Check the page once it is whole; a page with no title still fails.
  await expect(page).toHaveTitle(/\S/);
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"])
    .analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`)).toEqual([]);
}

export const test = base;
export { expect };
