import { describe, expect, it } from "vitest";
import { aabneOpfoelgninger, arkiverSession, gemBeslutning, hentSession, listSessioner, markerOpfoelgningUdfoert, opretSession, styrSession } from "@/lib/data/dialog";
import { DELTAGER_EFTER_SLUT_MS, deltag, findDeltager, markerValgt, stem, tilfoejBidrag } from "@/lib/data/dialog-deltager";
import { tavle } from "@/lib/data/dialog-tavle";
import { dialogStemmer } from "@/lib/db/schema";
import { TRIN } from "@/lib/dialog/trin";
import { deltagerFejlTekst, deltagSchema, opretSessionSchema } from "@/lib/domain/dialog";
import { backends, blockDatabase } from "../support/databases";

const mette = { medarbejderId: "3b7d4c10-6f0e-4f3a-8c2d-1a2b3c4d5e01", navn: "Mette Lund", enhed: "Borgerservice" };
const beslutning = {
  forslag: "Skilt ved printeren",
  hvorfor: "Papirer bliver glemt",
  ansvarlig: "Mette",
  afproevning: "I fire uger",
  afproevningSlut: "2026-12-20",
  opfoelgning: "2027-01-05",
};

describe.each(backends())("dialogue sessions on %s", (_name, open) => {
  const { db } = blockDatabase(open);

  async function nySession(dato = "2026-11-23") {
    const input = opretSessionSchema.parse({ dato, forventedeDeltagere: "6" });
    const { id, kode } = await opretSession(mette, input);
    return { id, kode, session: (await hentSession(id, mette.enhed))! };
  }
  const frisk = async (id: string) => (await hentSession(id, mette.enhed))!;
  async function tilTrin(id: string, trin: number) {
    await styrSession(await frisk(id), "start");
    while ((await frisk(id)).trin < trin) await styrSession(await frisk(id), "naeste");
    return frisk(id);
  }
  async function deltager(kode: string, navn: string) {
    const r = await deltag(kode, navn);
    if (!r.ok) throw new Error(r.besked);
    return { token: r.token, id: (await findDeltager(r.token))!.deltager.id };
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

    const wrong = await deltag(kode === "ZZZZZZ" ? "YYYYYY" : "ZZZZZZ", "Ali", new Date("2026-11-23T09:00:00Z"));
    expect(wrong).toMatchObject({ ok: false, fejl: "ukendt", besked: expect.stringMatching(/kan ikke finde en dialog med den kode/) });
    expect(await deltag(kode, "Ali", new Date("2026-11-24T09:00:00Z"))).toMatchObject({ ok: false, fejl: "udloebet", besked: expect.stringMatching(/Koden er udløbet/) });
    expect((await deltag(kode, "Ali", new Date("2026-11-23T09:00:00Z"))).ok).toBe(true);

    await gemBeslutning(await frisk(id), beslutning);
    expect(await deltag(kode, "Bo", new Date("2026-11-23T09:00:00Z"))).toMatchObject({ ok: false, fejl: "slut" });
  });

  it("pauses joining after too many wrong codes from one address", async () => {
    const { kode } = await nySession("2099-01-02");
    const now = new Date("2099-01-02T09:00:00Z");
    for (let i = 0; i < 10; i++) expect((await deltag("QQQQQ" + String((i % 8) + 2), "X", now, "10.0.0.9")).ok).toBe(false);
    expect(await deltag(kode, "X", now, "10.0.0.9")).toMatchObject({ ok: false, fejl: "for-mange" });
    expect((await deltag(kode, "Y", now, "10.0.0.10")).ok).toBe(true);
    expect((await deltag(kode, "X", new Date(now.getTime() + 601_000), "10.0.0.9")).ok).toBe(true);
  });

  it("lets a participant's token work only as long as the dialogue: not after its day, its archiving, or an hour after it ended", async () => {
    const dag = new Date("2099-04-01T09:00:00Z");
    const a = await nySession("2099-04-01");
    const ali = await deltag(a.kode, "Ali", dag);
    if (!ali.ok) throw new Error(ali.besked);
    expect(await findDeltager(ali.token, dag)).not.toBeNull();
    expect(await findDeltager(ali.token, new Date("2099-04-02T09:00:00Z"))).toBeNull();

    await gemBeslutning(a.session, beslutning, dag);
    expect(await findDeltager(ali.token, new Date(dag.getTime() + DELTAGER_EFTER_SLUT_MS - 1000))).not.toBeNull();
    expect(await findDeltager(ali.token, new Date(dag.getTime() + DELTAGER_EFTER_SLUT_MS + 1000))).toBeNull();

    const b = await nySession("2099-04-01");
    const bo = await deltag(b.kode, "Bo", dag);
    if (!bo.ok) throw new Error(bo.besked);
    await arkiverSession(b.id, mette.enhed, true, dag);
    expect(await findDeltager(bo.token, dag)).toBeNull();
    expect(await deltag(b.kode, "Cita", dag)).toMatchObject({ ok: false, fejl: "slut" });
  });

  it("archives a dialogue out of the list and back, within the unit only", async () => {
    const { id } = await nySession("2099-05-01");
    await arkiverSession(id, "Ydelsesservice", true);
    expect((await listSessioner(mette.enhed)).aktive.map((s) => s.id)).toContain(id);
    await arkiverSession(id, mette.enhed, true);
    const efter = await listSessioner(mette.enhed);
    expect(efter.aktive.map((s) => s.id)).not.toContain(id);
    expect(efter.arkiverede.map((s) => s.id)).toContain(id);
    await arkiverSession(id, mette.enhed, false);
    expect((await listSessioner(mette.enhed)).aktive.map((s) => s.id)).toContain(id);
  });

  it("offers a participant to undo only their own choice, and says who chose what", async () => {
    const { kode, id } = await nySession("2099-01-03");
    const ali = await deltager(kode, "Ali");
    const bo = await deltager(kode, "Bo");
    const session = await tilTrin(id, TRIN.IDEER);
    for (const [who, tekst] of [[ali, "Skilt ved printeren"], [bo, "Skærmet rum"], [bo, "Fast ordlyd"]] as const) {
      await tilfoejBidrag(session, who.id, { art: "ide", tekst });
    }
    const [skilt, rum, ordlyd] = (await tavle(session)).ideer;
    expect(await markerValgt(session, ali.id, skilt!.id, true)).toEqual({ ok: true });
    expect(await markerValgt(session, null, ordlyd!.id, true)).toEqual({ ok: true });

    const forAli = (await tavle(session, { deltagerId: ali.id })).ideer;
    const forBo = (await tavle(session, { deltagerId: bo.id })).ideer;
    expect(forAli.map((i) => [i.valgtAf, i.valgtAfMig])).toEqual([["Ali", true], [null, false], ["Facilitator", false]]);
    expect(forBo.map((i) => [i.valgtAf, i.valgtAfMig])).toEqual([["Ali", false], [null, false], ["Facilitator", false]]);

    // Bo can neither take over nor undo Ali's choice; the answers are fixed codes with fixed texts.
    expect(await markerValgt(session, bo.id, skilt!.id, true)).toEqual({ ok: false, fejl: "allerede-valgt" });
    expect(await markerValgt(session, bo.id, skilt!.id, false)).toEqual({ ok: false, fejl: "ikke-dit-valg" });
    expect(deltagerFejlTekst("ikke-dit-valg")).toBe("Kun den, der valgte idéen, kan fjerne valget.");
    expect(deltagerFejlTekst("<script>")).toBeNull();
    expect(await markerValgt(session, bo.id, "ikke-et-id", true)).toEqual({ ok: false, fejl: "ide-findes-ikke" });

    // Two choices each, then a Danish refusal; undoing one's own frees a place.
    expect(await markerValgt(session, bo.id, rum!.id, true)).toEqual({ ok: true });
    await markerValgt(session, null, ordlyd!.id, false);
    expect(await markerValgt(session, bo.id, ordlyd!.id, true)).toEqual({ ok: true });
    const tredje = (await tavle(session)).ideer.length;
    await tilfoejBidrag(session, bo.id, { art: "ide", tekst: "En tredje" });
    const ny = (await tavle(session)).ideer[tredje]!;
    expect(await markerValgt(session, bo.id, ny.id, true)).toEqual({ ok: false, fejl: "for-mange-valg" });
    expect(await markerValgt(session, bo.id, rum!.id, false)).toEqual({ ok: true });
    expect(await markerValgt(session, bo.id, ny.id, true)).toEqual({ ok: true });
  });

  it("keeps one dot per participant: voting again moves it, and the database refuses a second row", async () => {
    const { kode, id } = await nySession("2099-01-01");
    const ali = await deltager(kode, "Ali");
    const bo = await deltager(kode, "Bo");
    let session = await tilTrin(id, TRIN.IDEER);
    expect(await tilfoejBidrag(session, ali.id, { art: "pointe", tekst: "for sent" })).toEqual({ ok: false, fejl: "pointe-trin" });
    await tilfoejBidrag(session, ali.id, { art: "ide", tekst: "Skilt ved printeren" });
    await tilfoejBidrag(session, bo.id, { art: "ide", tekst: "Skærmet rum" });

    // The silent minute hides others' idea texts, not the count.
    await styrSession(session, "stille-start");
    session = await frisk(id);
    const skjult = await tavle(session, { deltagerId: ali.id });
    expect(skjult).toMatchObject({ stilleAktiv: true, antalIdeer: 2 });
    expect(skjult.ideer.map((i) => i.tekst)).toEqual(["Skilt ved printeren", null]);
    await styrSession(session, "stille-stop");
    session = await frisk(id);
    const [skilt, rum] = (await tavle(session)).ideer;

    await styrSession(session, "naeste");
    session = await frisk(id);
    expect(session.trin).toBe(TRIN.STEM);
    await stem(session, ali.id, skilt!.id);
    await stem(session, ali.id, rum!.id);
    await stem(session, bo.id, rum!.id);
    const t = await tavle(session);
    expect(t.antalStemmer).toBe(2);
    expect(t.ideer.map((i) => i.stemmer)).toEqual([0, 2]);
    await expect(db().insert(dialogStemmer).values({ sessionId: id, deltagerId: ali.id, bidragId: skilt!.id })).rejects.toThrow();
  });

  it("treats a double submit as one: same form key, one session and one point", async () => {
    const key = "0b5b1c7e-1111-4a4a-9c9c-000000000001";
    const input = opretSessionSchema.parse({ dato: "2099-03-01", forventedeDeltagere: "5" });
    const first = await opretSession(mette, input, key);
    expect(await opretSession(mette, input, key)).toEqual(first);
    const session = await tilTrin(first.id, TRIN.POINTER);
    const pointKey = "0b5b1c7e-1111-4a4a-9c9c-000000000002";
    await tilfoejBidrag(session, null, { art: "pointe", tekst: "Én gang" }, pointKey);
    await tilfoejBidrag(session, null, { art: "pointe", tekst: "Én gang" }, pointKey);
    expect((await tavle(session)).pointer).toHaveLength(1);
  });

  it("shows a follow-up until it is marked done", async () => {
    const { session } = await nySession("2099-02-01");
    await gemBeslutning(session, { ...beslutning, afproevningSlut: "2099-02-21", opfoelgning: "2099-03-01" });
    expect((await aabneOpfoelgninger(mette.enhed)).map((o) => o.sessionId)).toContain(session.id);
    expect(await aabneOpfoelgninger("Ydelsesservice")).toEqual([]);
    await markerOpfoelgningUdfoert(session.id, mette.enhed);
    expect((await aabneOpfoelgninger(mette.enhed)).map((o) => o.sessionId)).not.toContain(session.id);
  });
});
