import { eq, inArray, sql } from "drizzle-orm";
import { http, HttpResponse } from "msw";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { brevUdbakke } from "@/lib/db/schema";
import { iUdbakke, sendUdbakke } from "@/lib/post/udbakke";
import { server } from "@/mocks/node";
import { citizens } from "@/mocks/personas";
import { backends, blockDatabase } from "../support/databases";
import { testEnv } from "../support/test-env";

Object.assign(process.env, testEnv);

/** Letters Digital Post was handed, by key, counted at the wire (the mock itself would merge repeats). */
const afleveret: string[] = [];
server.events.on("request:start", async ({ request }) => {
  if (request.method === "POST" && new URL(request.url).pathname.endsWith("/digitalpost/breve")) {
    afleveret.push(((await request.clone().json()) as { idempotensNoegle: string }).idempotensNoegle);
  }
});

const brev = (n: number) => ({ noegle: `test:${n}`, modtagerCpr: citizens.karen.cpr, titel: `Brev ${n}`, tekst: "Kære Karen", kategori: "Test" });

describe.each(backends())("the letter outbox on %s", (_name, open) => {
  const { db } = blockDatabase(open, { server });
  beforeEach(async () => {
    await db().delete(brevUdbakke);
    afleveret.length = 0;
  });
  afterEach(() => server.resetHandlers());

  it("sends only the letters asked for, and leaves the rest waiting", async () => {
    await iUdbakke(db(), [1, 2, 3].map(brev));
    expect(await sendUdbakke(db(), { noegler: ["test:2"] })).toBe(1);
    expect(afleveret).toEqual(["test:2"]);
    const venter = await db().select().from(brevUdbakke).where(sql`${brevUdbakke.sendt} is null`);
    expect(venter.map((b) => b.noegle).sort()).toEqual(["test:1", "test:3"]);
  });

  it("hands each letter to Digital Post once when several senders run at once", async () => {
    await iUdbakke(db(), Array.from({ length: 12 }, (_, i) => brev(i)));
    const sendt = await Promise.all([0, 1, 2, 3].map(() => sendUdbakke(db(), { maks: 5 })));
    expect(sendt.reduce((a, b) => a + b, 0)).toBe(12);
    expect(afleveret.sort()).toEqual(Array.from({ length: 12 }, (_, i) => `test:${i}`).sort());
  });

  it("skips letters another sender holds, and takes them once that sender's time is up", async () => {
    await iUdbakke(db(), [1, 2].map(brev));
    await db().update(brevUdbakke).set({ sendesTil: sql`now() + interval '1 minute'` }).where(eq(brevUdbakke.noegle, "test:1"));
    expect(await sendUdbakke(db())).toBe(1);
    expect(afleveret).toEqual(["test:2"]);
    await db().update(brevUdbakke).set({ sendesTil: sql`now() - interval '1 second'` }).where(inArray(brevUdbakke.noegle, ["test:1"]));
    expect(await sendUdbakke(db())).toBe(1);
    expect(afleveret).toEqual(["test:2", "test:1"]);
  });

  it("keeps a letter Digital Post refused, and waits before trying it again instead of using up its tries", async () => {
    server.use(http.post("*/digitalpost/breve", () => HttpResponse.json({ fejl: "nede" }, { status: 503 })));
    await iUdbakke(db(), [brev(1)]);
    expect(await sendUdbakke(db())).toBe(0);
    expect(await sendUdbakke(db())).toBe(0);
    const [venter] = await db().select().from(brevUdbakke);
    expect(venter).toMatchObject({ sendt: null, forsoeg: 1 });
    server.resetHandlers();
    await db().update(brevUdbakke).set({ sendesTil: sql`now() - interval '1 second'` });
    expect(await sendUdbakke(db())).toBe(1);
  });
});
