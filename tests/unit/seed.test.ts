import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import "@/mocks/handlers";
import { seedAll } from "@/mocks/store";

function hash(value: unknown): string {
  const json = JSON.stringify(value, (_key, v: unknown) => (v instanceof Map ? [...v.entries()] : v));
  return createHash("sha256").update(json).digest("hex");
}

describe("the fagsystem seed", () => {
  it("is deterministic: two seeds of every system hash the same", () => {
    const first = seedAll();
    const second = seedAll();
    expect(Object.keys(first).sort()).toEqual(["cpr", "digitalpost", "eindkomst", "klassifikation", "pension", "sdi", "ydelsesindeks"]);
    for (const name of Object.keys(first)) expect(hash(second[name]), name).toBe(hash(first[name]));
  });
});
