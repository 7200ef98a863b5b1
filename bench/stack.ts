import { spawn, type ChildProcess } from "node:child_process";
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

/** A person's session cookie, logged in through the simulator as a person does (shared with the fault tests). */
export { login as cookieFor } from "../tests/faults/citizen";

/** Runs a benchmark's main and stops the stack after it, whatever happened. */
export function koer(main: () => Promise<void>, stop: () => void): void {
  main()
    .catch((error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exitCode = 1;
    })
    .finally(() => {
      stop();
      setTimeout(() => process.exit(), 2000).unref();
    });
}
