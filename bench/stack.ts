import { spawn, type ChildProcess } from "node:child_process";
import { chromium } from "@playwright/test";
import { root } from "../scripts/lib/ensure.mjs";

/**
 * What the benchmarks share: the whole stack (portal, MitID simulator, mock fagsystemer) on ports of
 * their own, stopped with the benchmark, and a person's session cookie from the real OIDC flow.
 */
export function startStack(base: number): { stack: ChildProcess; stop: () => void } {
  const stack = spawn(process.execPath, ["scripts/e2e-stack.mjs"], {
    cwd: root,
    env: { ...process.env, E2E_PORT_BASE: String(base) },
    stdio: ["ignore", "ignore", "inherit"],
    detached: true,
  });
  const stop = () => {
    try {
      if (stack.pid) process.kill(-stack.pid, "SIGTERM");
    } catch {
      // already gone
    }
  };
  process.on("exit", stop);
  process.on("SIGINT", () => process.exit(130));
  return { stack, stop };
}

/** Waits until the address answers 2xx. */
export async function vent(url: string, sekunder = 180): Promise<void> {
  const slut = Date.now() + sekunder * 1000;
  while (Date.now() < slut) {
    if (await fetch(url).then((r) => r.ok, () => false)) return;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${url} svarede ikke inden ${sekunder} s`);
}

export const CHROMIUM = process.env.CHROMIUM_PATH ?? process.env.CHROME_PATH ?? "/usr/bin/chromium";

/** Logs in through the simulator as a person does; the portal's cookies are the session. */
export async function cookieFor(portal: string, navn: string): Promise<string> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox", "--disable-gpu"] });
  try {
    const page = await browser.newPage();
    await page.goto(portal);
    await page.getByRole("button", { name: "Log ind med MitID" }).click();
    await page.getByRole("button", { name: new RegExp(`^${navn}`) }).click();
    await page.waitForURL(`${portal}/`);
    return (await page.context().cookies(portal)).map((c) => `${c.name}=${c.value}`).join("; ");
  } finally {
    await browser.close();
  }
}
