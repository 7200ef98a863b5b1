import { describe, expect, it } from "vitest";
import type { Identity } from "@/lib/auth/identity";
import { resolveSession } from "@/lib/data/context";
import { createLoginSession, endLoginSession, findActiveMedarbejder, SESSION_HOURS } from "@/lib/data/login-sessions";
import { eq, sql } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { dialogSessioner, loginSessioner, medarbejdere } from "@/lib/db/schema";
import { backends, blockDatabase } from "../support/databases";

const karen: Identity = { art: "borger", subject: "karen-sub", navn: "Karen Jensen", cpr: "1203443996", sikringsniveau: "Substantial" };

describe.each(backends())("data layer on %s", (_name, open) => {
  const { database, db } = blockDatabase(open);

  it("runs the migrations again without harm", async () => {
    await expect(database().migrate()).resolves.toBeUndefined();
  });

  it("gives dates and times back exactly as written, in and outside a transaction", async () => {
    const t = new Date("2026-11-23T10:00:00.123Z");
    const laes = (d: Pick<Db, "select">) =>
      d
        .select({ t: sql`${t.toISOString()}::timestamptz`.mapWith(loginSessioner.udloeber), dato: sql`'2026-12-24'::date`.mapWith(dialogSessioner.dato) })
        .from(sql`(select 1) as en`);
    const forventet = [{ t, dato: "2026-12-24" }];
    expect(await laes(db())).toEqual(forventet);
    expect(await db().transaction((tx) => laes(tx))).toEqual(forventet);
  });

  it("keeps a citizen's CPR number server-side behind an opaque session id", async () => {
    const id = await createLoginSession(db(), karen);
    expect(id).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(id).not.toContain(karen.cpr);
    const ctx = await resolveSession(db(), id);
    expect(ctx?.actor).toEqual({ art: "borger", navn: "Karen Jensen", cpr: "1203443996" });
    expect(ctx?.data).toMatchObject({ subject: { cpr: "1203443996" }, basis: { type: "self" } });
  });

  it("ends a session 8 hours after login, however active it is, and after logout", async () => {
    const now = new Date("2026-11-23T10:00:00Z");
    const id = await createLoginSession(db(), karen, now);
    const minutes = (m: number) => new Date(now.getTime() + m * 60_000);
    // Used every 20 minutes all day: alive until the 8th hour, then gone.
    for (let m = 20; m < SESSION_HOURS * 60; m += 20) expect(await resolveSession(db(), id, minutes(m)), `${m} min`).not.toBeNull();
    const justBefore = new Date(now.getTime() + SESSION_HOURS * 3_600_000 - 1000);
    const after = new Date(now.getTime() + SESSION_HOURS * 3_600_000 + 1000);
    expect((await resolveSession(db(), id, justBefore))?.slut).toEqual(new Date(now.getTime() + SESSION_HOURS * 3_600_000));
    expect(await resolveSession(db(), id, after)).toBeNull();

    const live = await createLoginSession(db(), karen);
    await endLoginSession(db(), live);
    expect(await resolveSession(db(), live)).toBeNull();
  });

  it("ends a session after 30 minutes without a request, and says when", async () => {
    const now = new Date("2026-11-24T10:00:00Z");
    const minutes = (m: number) => new Date(now.getTime() + m * 60_000);
    const idle = await createLoginSession(db(), karen, now);
    expect((await resolveSession(db(), idle, minutes(29)))?.slut).toEqual(minutes(59));
    expect(await resolveSession(db(), idle, minutes(58.5))).not.toBeNull();
    expect(await resolveSession(db(), idle, minutes(89))).toBeNull();

    const untouched = await createLoginSession(db(), karen, now);
    expect((await resolveSession(db(), untouched, minutes(10)))?.slut).toEqual(minutes(40));
    expect(await resolveSession(db(), untouched, minutes(41))).toBeNull();
  });

  it("writes the last activity at most once a minute, so most requests stay one read", async () => {
    const now = new Date("2026-11-25T10:00:00Z");
    const id = await createLoginSession(db(), karen, now);
    const sidstAktiv = async () => (await db().select().from(loginSessioner).where(eq(loginSessioner.id, id)))[0]!.sidstAktiv;
    await resolveSession(db(), id, new Date(now.getTime() + 30_000));
    expect(await sidstAktiv()).toEqual(now);
    await resolveSession(db(), id, new Date(now.getTime() + 90_000));
    expect(await sidstAktiv()).toEqual(new Date(now.getTime() + 90_000));
  });

  it("stores staff privileges and finds only active staff", async () => {
    await db().insert(medarbejdere).values([
      { id: "3b7d4c10-6f0e-4f3a-8c2d-1a2b3c4d5e01", navn: "Mette Lund", enhed: "Borgerservice", email: "m@k.dk", telefon: "1" },
      { id: "3b7d4c10-6f0e-4f3a-8c2d-1a2b3c4d5e99", navn: "Tidligere Ansat", enhed: "Borgerservice", email: "t@k.dk", telefon: "2", aktiv: false },
    ]);
    const id = await createLoginSession(db(), {
      art: "medarbejder",
      subject: "mette-sub",
      navn: "Mette Lund",
      cvr: "11111111",
      medarbejderId: "3b7d4c10-6f0e-4f3a-8c2d-1a2b3c4d5e01",
      privilegier: ["urn:a", "urn:b"],
      sikringsniveau: "Substantial",
    });
    expect(await resolveSession(db(), id)).toMatchObject({ actor: { art: "medarbejder", privilegier: ["urn:a", "urn:b"] }, data: null });
    expect(await findActiveMedarbejder(db(), "3b7d4c10-6f0e-4f3a-8c2d-1a2b3c4d5e01")).toMatchObject({ enhed: "Borgerservice" });
    expect(await findActiveMedarbejder(db(), "3b7d4c10-6f0e-4f3a-8c2d-1a2b3c4d5e99")).toBeNull();
  });
});
