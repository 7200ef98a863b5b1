import { randomUUID } from "node:crypto";
import { addDays } from "date-fns";
import { eq, isNull } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { opretFuldmagt } from "@/lib/data/fuldmagt-handlinger";
import { openDatabase, type Database } from "@/lib/db/client";
import { brevUdbakke, fuldmagter } from "@/lib/db/schema";
import { hentBreve } from "@/lib/fagsystemer/digitalpost/client";
import { idagIso } from "@/lib/fuldmagt/datoer";
import { efterse } from "@/lib/fuldmagt/livscyklus";
import { nu } from "@/lib/klokke";
import { server } from "@/mocks/node";
import { citizens } from "@/mocks/personas";
import { freshPostgres } from "../support/databases";
import { selfCtx, useDatabase } from "../support/contexts";
import { testEnv } from "../support/test-env";

/**
 * Two portal instances on one PostgreSQL both run the once-a-minute fuldmagt sweep (instrumentation.ts).
 * Two handles with pools of their own stand for the two processes; their sweeps run at the same time.
 * What a citizen notices: each letter arrives once, and the fuldmagt ends once. A sender takes its
 * letters before posting them (lib/post/udbakke.ts), so the two sweeps do not post the same one;
 * after a crash the letter's idempotensnøgle still makes a resend one letter.
 */
Object.assign(process.env, testEnv);

const adminUrl = process.env.TEST_DATABASE_URL;
const om = (dage: number) => idagIso(addDays(nu(), dage));

describe.skipIf(!adminUrl)("the fuldmagt sweep on two instances at once (PostgreSQL)", () => {
  let a: Database;
  let b: Database;
  let drop: () => Promise<void>;

  beforeAll(async () => {
    server.listen({ onUnhandledRequest: "error" });
    const pg = await freshPostgres(adminUrl!);
    drop = pg.drop;
    a = openDatabase({ url: pg.url, pgliteDir: "unused" });
    b = openDatabase({ url: pg.url, pgliteDir: "unused" });
    await a.migrate();
    useDatabase(a);
    await fetch("http://fagsystemer.test/__admin/reset", { method: "POST" });
  });
  afterAll(async () => {
    server.close();
    await Promise.all([a?.close(), b?.close()]);
    await drop?.();
  });

  const breve = async (cpr: string, titel: string) => {
    const result = await hentBreve(cpr, { side: 1, antal: 50 });
    return result.ok ? result.data.breve.filter((x) => x.kategori === "Fuldmagt" && x.titel.includes(titel)) : [];
  };
  const begge = (now: Date) => Promise.all([efterse(a.db, now), efterse(b.db, now), efterse(a.db, now), efterse(b.db, now)]);

  it("warns once and ends once, with one letter each, however the two sweeps interleave", async () => {
    const karen = await selfCtx(a.db, citizens.karen);
    const r = await opretFuldmagt(
      karen,
      { navn: "Ole Jensen", dag: "5", maaned: "7", aar: "1942", privilegier: ["se:sager"], gyldigTil: om(20), noegle: randomUUID(), trin: "bekraeft" },
      "giver",
    );
    const id = r.ok && r.data.trin === "oprettet" ? r.data.id : "";
    expect(id).not.toBe("");

    await begge(nu());
    expect(await breve(citizens.karen.cpr, "udløber")).toHaveLength(1);
    expect(await breve(citizens.ole.cpr, "udløber")).toHaveLength(1);

    await begge(addDays(nu(), 22));
    const [f] = await a.db.select().from(fuldmagter).where(eq(fuldmagter.id, id));
    expect(f).toMatchObject({ status: "ophoert", ophoerAarsag: "udloebet" });
    expect(await breve(citizens.ole.cpr, "er udløbet")).toHaveLength(1);
    expect(await a.db.select().from(brevUdbakke).where(isNull(brevUdbakke.sendt))).toEqual([]);
  });
});
