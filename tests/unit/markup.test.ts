import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const app = path.resolve(import.meta.dirname, "../../app");
const kilder = (readdirSync(app, { recursive: true }) as string[]).filter((f) => f.endsWith(".tsx")).map((f) => path.join(app, f));

describe("markup every page shares", () => {
  it("gives every <input> an explicit type, so autocomplete and assistive tech know what it is", () => {
    const uden = kilder.flatMap((fil) => {
      const tekst = readFileSync(fil, "utf8");
      return [...tekst.matchAll(/<input\b([\s\S]*?)\/>/g)]
        .filter((m) => !/\btype=/.test(m[1]!))
        .map((m) => `${path.relative(app, fil)}:${tekst.slice(0, m.index).split("\n").length}`);
    });
    expect(kilder.length).toBeGreaterThan(20);
    expect(uden).toEqual([]);
  });
});
