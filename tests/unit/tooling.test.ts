import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildInputs } from "../../scripts/lib/ensure.mjs";

const root = path.resolve(import.meta.dirname, "../..");

describe("the scripts a developer runs", () => {
  it("every npm script that names a file names one that exists", () => {
    const { scripts } = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")) as { scripts: Record<string, string> };
    const files = Object.entries(scripts).flatMap(([name, command]) =>
      command
        .split(/\s+/)
        .filter((word) => /\.(ts|mjs|js)$/.test(word))
        .map((file) => [name, file] as const),
    );
    expect(files.map(([, f]) => f)).toContain("mocks/mitid/server.ts");
    for (const [name, file] of files) expect(existsSync(path.join(root, file)), `npm run ${name}: ${file}`).toBe(true);
  });

  it("the build fingerprint covers every top-level source Next compiles, proxy.ts included", () => {
    // Top-level TypeScript that is not tool configuration goes into the build (proxy.ts, instrumentation.ts).
    const toolConfig = new Set(["vitest.config.ts", "playwright.config.ts", "drizzle.config.ts", "next-env.d.ts"]);
    const sources = readdirSync(root).filter((f) => /\.(ts|tsx|mjs)$/.test(f) && !toolConfig.has(f) && f !== "eslint.config.mjs");
    expect(sources).toContain("proxy.ts");
    for (const source of [...sources, "app", "lib", "public"]) expect(buildInputs, source).toContain(source);
  });
});
