import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  aabneOpfoelgninger,
  deltag,
  findDeltager,
  gemBeslutning,
  hentSession,
  markerOpfoelgningUdfoert,
  markerValgt,
  opretSession,
  stem,
  styrSession,
  tavle,
  tilfoejBidrag,
} from "@/lib/data/dialog";
import { openDatabase, type Database } from "@/lib/db/client";
import { dialogStemmer } from "@/lib/db/schema";
import { deltagSchema, opretSessionSchema } from "@/lib/domain/dialog";

const mette = { medarbejderId: "3b7d4c10-6f0e-4f3a-8c2d-1a2b3c4d5e01", navn: "Mette Lund", enhed: "Borgerservice" };

describe("dialogue sessions on PGlite", () => {
  let database: Database;
  beforeAll(async () => {
    database = openDatabase({ pgliteDir: "memory://" });
    await database.migrate();
  });
  afterAll(() => database.close());

  async function nySession(dato = "2026-11-23") {
    const input = opretSessionSchema.parse({ dato, forventedeDeltagere: "6" });
    const { id, kode } = await opretSession(database.db, mette, input);
    return { id, kode, session: (await hentSession(database.db, id, mette.enhed))! };
  }

  it("validates the planning form in Danish", () => {
    const r = opretSessionSchema.safeParse({ dato: "2026-11-23", forventedeDeltagere: "3" });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toBe("Dialogen er lavet til mindst 4 deltagere");
    const ok = opretSessionSchema.parse({ dato: "2026-11-23", forventedeDeltagere: "20" });
    expect(ok.emne).toBe("Adgang til borgeres data og hensyn til GDPR");
    expect([ok.minutter1, ok.minutter2, ok.minutter3, ok.minutter4, ok.minutter5]).toEqual([5, 8, 12, 10, 10]);
  });

  it("gives a clear message for a wrong, an expired and an ended code", async () => {
    const { id, kode } = await nySession("2026-11-23");
    expect(deltagSchema.safeParse({ kode: "ab", navn: "Ali" }).error?.issues[0]?.message).toMatch(/6 tegn/);
    expect(deltagSchema.parse({ kode: "abc 23x", navn: "Ali" }).kode).toBe("ABC23X");

    const wrong = await deltag(database.db, kode === "ZZZZZZ" ? "YYYYYY" : "ZZZZZZ", "Ali", new Date("2026-11-23T09:00:00Z"));
    expect(wrong).toMatchObject({ ok: false, fejl: "ukendt" });
    if (!wrong.ok) expect(wrong.besked).toMatch(/kan ikke finde en dialog med den kode/);

    const expired = await deltag(database.db, kode, "Ali", new Date("2026-11-24T09:00:00Z"));
    expect(expired).toMatchObject({ ok: false, fejl: "udloebet" });
    if (!expired.ok) expect(expired.besked).toMatch(/Koden er udløbet/);

    const ok = await deltag(database.db, kode, "Ali", new Date("2026-11-23T09:00:00Z"));
    expect(ok.ok).toBe(true);

    const session = (await hentSession(database.db, id, mette.enhed))!;
    await gemBeslutning(database.db, session, {
      forslag: "Skilt ved printeren",
      hvorfor: "Papirer bliver glemt",
      ansvarlig: "Mette",
      afproevning: "I fire uger",
      afproevningSlut: "2026-12-20",
      opfoelgning: "2027-01-05",
    });
    const ended = await deltag(database.db, kode, "Bo", new Date("2026-11-23T09:00:00Z"));
    expect(ended).toMatchObject({ ok: false, fejl: "slut" });
  });

  it("pauses joining after too many wrong codes from one address", async () => {
    const { kode } = await nySession("2099-01-02");
    const now = new Date("2099-01-02T09:00:00Z");
    for (let i = 0; i < 10; i++) expect((await deltag(database.db, "QQQQQ" + String(i % 8 + 2), "X", now, "10.0.0.9")).ok).toBe(false);
    const blocked = await deltag(database.db, kode, "X", now, "10.0.0.9");
    expect(blocked).toMatchObject({ ok: false, fejl: "for-mange" });
    expect((await deltag(database.db, kode, "Y", now, "10.0.0.10")).ok).toBe(true);
    expect((await deltag(database.db, kode, "X", new Date(now.getTime() + 601_000), "10.0.0.9")).ok).toBe(true);
  });

  it("keeps one dot per participant: voting again moves it, and the database refuses a second row", async () => {
    const { kode, id } = await nySession("2099-01-01");
    const a = await deltag(database.db, kode, "Ali");
    const b = await deltag(database.db, kode, "Bo");
    if (!a.ok || !b.ok) throw new Error("join failed");
    const ali = (await findDeltager(database.db, a.token))!.deltager;
    const bo = (await findDeltager(database.db, b.token))!.deltager;

    let session = (await hentSession(database.db, id, mette.enhed))!;
    await styrSession(database.db, session, "start");
    for (let i = 0; i < 3; i++) {
      session = (await hentSession(database.db, id, mette.enhed))!;
      await styrSession(database.db, session, "naeste");
    }
    session = (await hentSession(database.db, id, mette.enhed))!;
    expect(session.trin).toBe(4);
    expect(await tilfoejBidrag(database.db, session, ali.id, { art: "pointe", tekst: "for sent" })).toMatchObject({ ok: false });
    await tilfoejBidrag(database.db, session, ali.id, { art: "ide", tekst: "Skilt ved printeren" });
    await tilfoejBidrag(database.db, session, bo.id, { art: "ide", tekst: "Skærmet rum" });

    // The silent minute hides others' idea texts, not the count.
    await styrSession(database.db, session, "stille-start");
    session = (await hentSession(database.db, id, mette.enhed))!;
    const skjult = await tavle(database.db, session, { deltagerId: ali.id });
    expect(skjult.stilleAktiv).toBe(true);
    expect(skjult.antalIdeer).toBe(2);
    expect(skjult.ideer.map((i) => i.tekst)).toEqual(["Skilt ved printeren", null]);
    await styrSession(database.db, session, "stille-stop");
    session = (await hentSession(database.db, id, mette.enhed))!;
    const synlig = await tavle(database.db, session);
    expect(synlig.ideer.map((i) => i.tekst)).toEqual(["Skilt ved printeren", "Skærmet rum"]);
    const [skilt, rum] = synlig.ideer;
    expect(await markerValgt(database.db, session, ali.id, skilt!.id, true)).toEqual({ ok: true });
    // Bo can neither take over nor undo Ali's choice; a malformed id gets a Danish answer, not a crash.
    expect(await markerValgt(database.db, session, bo.id, skilt!.id, true)).toEqual({ ok: false, besked: "Idéen er allerede valgt." });
    expect(await markerValgt(database.db, session, bo.id, skilt!.id, false)).toMatchObject({ ok: false });
    expect((await tavle(database.db, session)).ideer[0]).toMatchObject({ valgt: true });
    expect(await markerValgt(database.db, session, bo.id, "ikke-et-id", true)).toEqual({ ok: false, besked: "Idéen findes ikke." });

    await styrSession(database.db, session, "naeste");
    session = (await hentSession(database.db, id, mette.enhed))!;
    expect(session.trin).toBe(5);
    await stem(database.db, session, ali.id, skilt!.id);
    await stem(database.db, session, ali.id, rum!.id);
    await stem(database.db, session, bo.id, rum!.id);
    const t = await tavle(database.db, session);
    expect(t.antalStemmer).toBe(2);
    expect(t.ideer.map((i) => i.stemmer)).toEqual([0, 2]);

    await expect(database.db.insert(dialogStemmer).values({ sessionId: id, deltagerId: ali.id, bidragId: skilt!.id })).rejects.toThrow();
  });

  it("treats a double submit as one: same form key, one session and one point", async () => {
    const key = "0b5b1c7e-1111-4a4a-9c9c-000000000001";
    const input = opretSessionSchema.parse({ dato: "2099-03-01", forventedeDeltagere: "5" });
    const first = await opretSession(database.db, mette, input, key);
    const second = await opretSession(database.db, mette, input, key);
    expect(second).toEqual(first);

    let session = (await hentSession(database.db, first.id, mette.enhed))!;
    await styrSession(database.db, session, "start");
    session = (await hentSession(database.db, first.id, mette.enhed))!;
    await styrSession(database.db, session, "naeste");
    session = (await hentSession(database.db, first.id, mette.enhed))!;
    const pointKey = "0b5b1c7e-1111-4a4a-9c9c-000000000002";
    await tilfoejBidrag(database.db, session, null, { art: "pointe", tekst: "Én gang" }, pointKey);
    await tilfoejBidrag(database.db, session, null, { art: "pointe", tekst: "Én gang" }, pointKey);
    expect((await tavle(database.db, session)).pointer).toHaveLength(1);
  });

  it("shows a follow-up until it is marked done", async () => {
    const { session } = await nySession("2099-02-01");
    await gemBeslutning(database.db, session, {
      forslag: "Fast ordlyd, når en borger vil bruge en andens MitID",
      hvorfor: "Så alle siger det samme",
      ansvarlig: "Jonas",
      afproevning: "Alle bruger ordlyden i tre uger",
      afproevningSlut: "2099-02-21",
      opfoelgning: "2099-03-01",
    });
    expect((await aabneOpfoelgninger(database.db, mette.enhed)).map((o) => o.sessionId)).toContain(session.id);
    expect(await aabneOpfoelgninger(database.db, "Ydelsesservice")).toEqual([]);
    await markerOpfoelgningUdfoert(database.db, session.id, mette.enhed);
    expect((await aabneOpfoelgninger(database.db, mette.enhed)).map((o) => o.sessionId)).not.toContain(session.id);
  });
});
