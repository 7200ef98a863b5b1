import "../support/test-env";
import { describe, expect, it } from "vitest";
import { tryAttempt } from "@/lib/data/rate-limit";
import { backends, blockDatabase } from "../support/databases";

describe.each(backends())("rate limits stored in the database (%s)", (_name, open) => {
  const { db } = blockDatabase(open);

  it("allows up to the limit within a window, then refuses", async () => {
    const now = new Date("2026-11-23T10:00:00Z");
    const results = [];
    for (let i = 0; i < 5; i++) results.push(await tryAttempt(db(), "login:10.0.0.1", 3, 60, now));
    expect(results).toEqual([true, true, true, false, false]);
  });

  it("starts a new window when the old one has passed", async () => {
    const t0 = new Date("2026-11-23T11:00:00Z");
    for (let i = 0; i < 3; i++) await tryAttempt(db(), "login:10.0.0.2", 3, 60, t0);
    expect(await tryAttempt(db(), "login:10.0.0.2", 3, 60, new Date(t0.getTime() + 30_000))).toBe(false);
    expect(await tryAttempt(db(), "login:10.0.0.2", 3, 60, new Date(t0.getTime() + 61_000))).toBe(true);
  });

  it("counts each key on its own, and counts concurrent attempts exactly", async () => {
    const now = new Date("2026-11-23T12:00:00Z");
    const burst = await Promise.all(Array.from({ length: 10 }, () => tryAttempt(db(), "kode:abc", 4, 60, now)));
    expect(burst.filter(Boolean)).toHaveLength(4);
    expect(await tryAttempt(db(), "kode:def", 4, 60, now)).toBe(true);
  });
});
