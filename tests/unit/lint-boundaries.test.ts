import path from "node:path";
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

const eslint = new ESLint({ cwd: path.resolve(import.meta.dirname, "../..") });

async function lint(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.resolve(import.meta.dirname, "../..", file) });
  return result!.messages.map((m) => `${m.ruleId}: ${m.message}`);
}

describe("architecture boundaries enforced by ESLint", () => {
  it("forbids app/ and lib/ from importing the mocks", async () => {
    const messages = await lint("lib/data/x.ts", 'import { handlers } from "@/mocks/handlers";\nexport const h = handlers;\n');
    expect(messages.join("\n")).toMatch(/no-restricted-imports: .*mocked fagsystemer/);
    const fromApp = await lint("app/x.tsx", 'import { citizens } from "../mocks/personas";\nexport const c = citizens;\n');
    expect(fromApp.join("\n")).toMatch(/no-restricted-imports/);
  });

  it("forbids app/ from importing the database, and lets lib/data do it", async () => {
    for (const spec of ["@/lib/db", "@/lib/db/schema", "../../lib/db"]) {
      const messages = await lint("app/medarbejder/x.tsx", `import { db } from "${spec}";\nexport const d = db;\n`);
      expect(messages.join("\n"), spec).toMatch(/no-restricted-imports: .*app\/ must not read the database directly/);
    }
    const fromData = await lint("lib/data/x.ts", 'import { db } from "@/lib/db";\nexport const d = db;\n');
    expect(fromData.filter((m) => m.startsWith("no-restricted-imports"))).toEqual([]);
    // The mocks rule still holds in app/ alongside the database rule.
    expect((await lint("app/x.tsx", 'import { citizens } from "@/mocks/personas";\nexport const c = citizens;\n')).join("\n")).toMatch(/mocked fagsystemer/);
  });

  it("forbids a client component from importing a server-only module", async () => {
    const messages = await lint(
      "app/_components/x.tsx",
      '"use client";\nimport { env } from "@/lib/env";\nexport const e = env;\n',
    );
    expect(messages).toContain("mine-data/no-server-only-in-client: '@/lib/env' is server-only and must not be imported from a \"use client\" module.");
  });

  it("allows a client component to import client-safe lib code, and servers to import server-only code", async () => {
    const client = await lint("app/_components/x.tsx", '"use client";\nimport { formatDato } from "@/lib/format";\nexport const f = formatDato;\n');
    const server = await lint("app/x.tsx", 'import { env } from "@/lib/env";\nexport const e = env;\n');
    expect(client.filter((m) => m.startsWith("mine-data"))).toEqual([]);
    expect(server.filter((m) => m.startsWith("mine-data"))).toEqual([]);
  });
});
