import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { createLocalJWKSet, decodeProtectedHeader, jwtVerify, SignJWT } from "jose";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { nu } from "@/lib/klokke";
import { subjektNoegle } from "@/lib/data/access";
import { countAttempt } from "@/lib/data/rate-limit";
import { afvisForespoergsel, delingsAdgang, GRAENSER, samtykkeStatusFor, udstedToken } from "@/lib/data/deling";
import { delPerson, delUdbetalinger } from "@/lib/data/deling-data";
import { givDelingssamtykke, tilbagekaldDelingssamtykke } from "@/lib/data/samtykker";
import { adgangslog, afvisninger, brugteAssertions, rateLimits, samtykker, tredjeparter } from "@/lib/db/schema";
import { tjekAdgangsbevis } from "@/lib/deling/token";
import { jwks, signeringsnoegle } from "@/lib/kvittering/noegle";
import { server } from "@/mocks/node";
import { citizens } from "@/mocks/personas";
import { backends, blockDatabase } from "../support/databases";
import { selfCtx } from "../support/contexts";
import { delingsformular, registrerKlient, tokenForm, type Testklient } from "../support/deling";
import { testEnv } from "../support/test-env";

/**
 * The deling API through the data layer, on PGlite and PostgreSQL: the token's claims, every check
 * on the client assertion and the access token, the samtykke re-checked on each call, the log
 * written for the citizen, and the refusals recorded.
 */
Object.assign(process.env, testEnv);

const om = (dage: number) => new Date(nu().getTime() + dage * 86_400_000).toISOString().slice(0, 10);

describe.each(backends())("deling API on %s", (_name, open) => {
  const { db } = blockDatabase(open, { server });
  let bank: Testklient;
  let andenBank: Testklient;

  beforeAll(async () => {
    bank = await registrerKlient(db(), "andelskassen", "Andelskassen", "12345678");
    andenBank = await registrerKlient(db(), "anden-bank", "Anden Bank", "87654321");
  });
  beforeEach(async () => {
    await db().delete(samtykker);
    await db().delete(rateLimits);
  });

  async function giv(over: Partial<Parameters<typeof givDelingssamtykke>[1]> = {}) {
    const sofie = await selfCtx(db(), citizens.sofie);
    const r = await givDelingssamtykke(sofie, delingsformular(om(30), over));
    if (!r.ok || r.trin !== "oprettet") throw new Error(`samtykket blev ikke givet: ${JSON.stringify(r)}`);
    return { sofie, id: r.id };
  }

  async function token(k: Testklient, id: string | null) {
    const r = await udstedToken(await tokenForm(k, id));
    if (!r.ok) throw new Error(r.fejl);
    return r.svar.access_token;
  }

  it("issues a short-lived ES256 access token whose authorization_details carry the samtykke, signed with the published key", async () => {
    const { id } = await giv();
    const r = await udstedToken(await tokenForm(bank, id));
    if (!r.ok) throw new Error(r.fejl);
    expect(r.svar).toMatchObject({ token_type: "Bearer", expires_in: 300 });
    expect(decodeProtectedHeader(r.svar.access_token)).toMatchObject({ alg: "ES256", typ: "at+jwt", kid: (await signeringsnoegle()).jwk.kid });
    const { payload } = await jwtVerify(r.svar.access_token, createLocalJWKSet(await jwks()), { issuer: testEnv.AUTH_URL, audience: `${testEnv.AUTH_URL}/api/v1/deling` });
    expect(payload.exp! - payload.iat!).toBe(300);
    expect(payload).toMatchObject({ sub: "andelskassen", client_id: "andelskassen" });
    const [detalje] = payload.authorization_details as Record<string, unknown>[];
    expect(detalje).toMatchObject({
      type: "urn:korsbaek:minedata:samtykke",
      id,
      modtager: { navn: "Andelskassen", cvr: "12345678" },
      formaal: "Vurdering af en ansøgning om lån",
      data: [{ kategori: "udbetalinger", aar: 2024 }, { kategori: "identitet" }],
      engangs: false,
    });
    // The giver is a pseudonym for this recipient: never the CPR number, and not what another bank sees.
    expect(JSON.stringify(payload)).not.toContain(citizens.sofie.cpr);
    expect(detalje!.giver).toMatch(/^[A-Za-z0-9_-]{32}$/);
  });

  it("refuses bad client assertions: another key, wrong audience, expired, replayed, unknown client – and records them", async () => {
    const { id } = await giv();
    const andenNoegle = andenBank.noegle;
    const forkert = [
      await tokenForm(bank, id, { noegle: andenNoegle }),
      await tokenForm(bank, id, { aud: "https://andet.example/token" }),
      await tokenForm(bank, id, { udloeber: "-10s" }),
      await tokenForm(bank, id, { iss: "ukendt-bank" }),
    ];
    for (const form of forkert) expect(await udstedToken(form)).toMatchObject({ ok: false, status: 401, oauth: "invalid_client" });
    const form = await tokenForm(bank, id);
    expect((await udstedToken(form)).ok).toBe(true);
    expect(await udstedToken(form)).toMatchObject({ ok: false, status: 401, fejl: expect.stringContaining("brugt før") });
    expect(await db().select().from(brugteAssertions)).not.toHaveLength(0);
    const aarsager = (await db().select().from(afvisninger)).map((a) => a.aarsag);
    expect(aarsager).toEqual(expect.arrayContaining(["ugyldig-assertion", "genbrugt-assertion", "ukendt-klient"]));
  });

  it("refuses a samtykke given to someone else, an unknown one, and malformed details, in Danish", async () => {
    const { id } = await giv();
    expect(await udstedToken(await tokenForm(andenBank, id))).toMatchObject({ ok: false, status: 400, oauth: "invalid_grant", fejl: "Samtykket er ikke givet til jer." });
    expect(await udstedToken(await tokenForm(bank, randomUUID()))).toMatchObject({ ok: false, status: 400, fejl: "Samtykket findes ikke." });
    const form = await tokenForm(bank, id);
    form.set("authorization_details", JSON.stringify([{ type: "urn:korsbaek:minedata:samtykke", cpr: citizens.sofie.cpr }]));
    expect(await udstedToken(form)).toMatchObject({ ok: false, status: 400, oauth: "invalid_authorization_details" });
  });

  it("fetches exactly what the samtykke names, logged for Sofie before it is returned; outside it is refused and recorded", async () => {
    const { id } = await giv();
    const auth = `Bearer ${await token(bank, id)}`;
    const adgang = await delingsAdgang(auth, ["udbetalinger"], 2024);
    if (!adgang.ok) throw new Error(adgang.fejl);
    const udbetalinger = await delUdbetalinger(adgang, 2024, 1, 50);
    expect(udbetalinger.ok && udbetalinger.data.udbetalinger.length).toBeGreaterThan(0);
    expect(udbetalinger.ok && udbetalinger.data.udbetalinger.every((u) => u.dato.startsWith("2024"))).toBe(true);
    const person = await delingsAdgang(auth, ["identitet", "cpr"]);
    if (!person.ok) throw new Error(person.fejl);
    expect(await delPerson(person)).toEqual({ ok: true, data: { navn: "Sofie Nielsen", foedselsdato: "2000-03-22", cprNummer: null } });
    const log = await db().select().from(adgangslog).where(eq(adgangslog.subjektNoegle, subjektNoegle(citizens.sofie.cpr))).orderBy(adgangslog.nr);
    expect(log.map((l) => [l.aktoerNavn, l.grundlagType, l.grundlagId, l.objekt])).toEqual([
      ["Andelskassen", "samtykke", id, "Udbetalinger i 2024 (side 1)"],
      ["Andelskassen", "samtykke", id, "Navn og fødselsdato"],
    ]);
    expect(await delingsAdgang(auth, ["udbetalinger"], 2023)).toMatchObject({ ok: false, status: 403, fejl: "Det ligger uden for samtykket." });
    expect(await delingsAdgang(auth, ["bevillinger"])).toMatchObject({ ok: false, status: 403 });
    const refusals = await db().select().from(afvisninger).where(eq(afvisninger.aarsag, "uden-for-omfang"));
    expect(refusals.length).toBeGreaterThanOrEqual(2);
  });

  it("a bank sending a CPR number as a parameter is refused before any read, counted against its limit and recorded", async () => {
    const { id } = await giv();
    const auth = `Bearer ${await token(bank, id)}`;
    const foer = await db().$count(adgangslog);
    const g = await afvisForespoergsel(auth);
    expect(g).toMatchObject({ allowed: true });
    const [afvist] = await db().select().from(afvisninger).where(eq(afvisninger.aarsag, "ugyldig-parameter"));
    expect(afvist).toMatchObject({ aktoer: "tredjepart andelskassen", handling: "forespoergsel" });
    expect(await db().$count(adgangslog)).toBe(foer);
    // Without a valid token there is no client to record it for.
    expect(await afvisForespoergsel("Bearer noget-andet")).toBeUndefined();
  });

  it("a revocation stops the very next call, even with an unexpired token; the grant status says so", async () => {
    const { sofie, id } = await giv();
    const auth = `Bearer ${await token(bank, id)}`;
    expect((await delingsAdgang(auth, ["udbetalinger"], 2024)).ok).toBe(true);
    expect(await tilbagekaldDelingssamtykke(sofie, id)).toEqual({ ok: true, id });
    expect(await delingsAdgang(auth, ["udbetalinger"], 2024)).toMatchObject({ ok: false, status: 403, fejl: "Borgeren har trukket samtykket tilbage." });
    expect(await udstedToken(await tokenForm(bank, id))).toMatchObject({ ok: false, fejl: "Borgeren har trukket samtykket tilbage." });
    const status = await samtykkeStatusFor(`Bearer ${await token(bank, null)}`, id);
    expect(status).toMatchObject({ ok: true, svar: { id, status: "tilbagekaldt" } });
    expect(await samtykkeStatusFor(`Bearer ${await token(andenBank, null)}`, id)).toMatchObject({ ok: false, status: 404 });
  });

  it("a one-time samtykke is used up by its first token: a second token is refused, the first keeps working until it expires", async () => {
    const { id } = await giv({ varighed: "engangs", gyldigTil: "" });
    const foerste = `Bearer ${await token(bank, id)}`;
    expect(await udstedToken(await tokenForm(bank, id))).toMatchObject({ ok: false, fejl: "Samtykket gjaldt én gang og er brugt." });
    expect((await delingsAdgang(foerste, ["udbetalinger"], 2024)).ok).toBe(true);
    const [row] = await db().select().from(samtykker).where(eq(samtykker.id, id));
    expect(row!.forbrugt).not.toBeNull();
  });

  it("refuses tampered, foreign, wrongly addressed and expired access tokens with 401", async () => {
    const { id } = await giv();
    const t = await token(bank, id);
    const [h, p, s] = t.split(".");
    const payload = JSON.parse(Buffer.from(p!, "base64url").toString());
    payload.authorization_details[0].data.push({ kategori: "cpr" });
    const aendret = `${h}.${Buffer.from(JSON.stringify(payload)).toString("base64url")}.${s}`;
    expect(await delingsAdgang(`Bearer ${aendret}`, ["cpr"])).toMatchObject({ ok: false, status: 401 });
    const fremmed = await new SignJWT({ client_id: "andelskassen" }).setProtectedHeader({ alg: "ES256", typ: "at+jwt" }).setIssuer(testEnv.AUTH_URL).setAudience(`${testEnv.AUTH_URL}/api/v1/deling`).setExpirationTime("5m").sign(bank.noegle);
    expect(await delingsAdgang(`Bearer ${fremmed}`, ["udbetalinger"], 2024)).toMatchObject({ ok: false, status: 401 });
    const { privat } = await signeringsnoegle();
    const andenModtager = await new SignJWT({ client_id: "andelskassen", jti: randomUUID() }).setProtectedHeader({ alg: "ES256", typ: "at+jwt" }).setIssuer(testEnv.AUTH_URL).setAudience("https://andet-api.example").setSubject("andelskassen").setExpirationTime("5m").sign(privat);
    expect(await delingsAdgang(`Bearer ${andenModtager}`, ["udbetalinger"], 2024)).toMatchObject({ ok: false, status: 401 });
    expect(await tjekAdgangsbevis(db(), `Bearer ${t}`, new Date(Date.now() + 6 * 60_000))).toEqual({ ok: false, fejl: "Adgangsbeviset er udløbet. Hent et nyt." });
    expect(await delingsAdgang(null, ["udbetalinger"], 2024)).toMatchObject({ ok: false, status: 401 });
  });

  it("a token for another citizen's samtykke in the same client's hands is refused as the wrong person", async () => {
    const { id } = await giv();
    const t = await token(bank, id);
    // Forge details that point the pseudonym at someone else, signed with the portal's own key (as if mixed up).
    const { payload } = await jwtVerify(t, createLocalJWKSet(await jwks()));
    const detaljer = (payload.authorization_details as Record<string, unknown>[]).map((d) => ({ ...d, giver: "x".repeat(32) }));
    const { privat, jwk } = await signeringsnoegle();
    const blandet = await new SignJWT({ client_id: "andelskassen", authorization_details: detaljer })
      .setProtectedHeader({ alg: "ES256", typ: "at+jwt", kid: jwk.kid })
      .setIssuer(testEnv.AUTH_URL)
      .setAudience(`${testEnv.AUTH_URL}/api/v1/deling`)
      .setSubject("andelskassen")
      .setJti(randomUUID())
      .setIssuedAt()
      .setExpirationTime("5m")
      .sign(privat);
    expect(await delingsAdgang(`Bearer ${blandet}`, ["udbetalinger"], 2024)).toMatchObject({ ok: false, status: 403, fejl: "Samtykket er ikke givet til jer." });
  });

  it("rate-limits each client in the database: over the limit is a 429 with the window's reset", async () => {
    const { id } = await giv();
    const auth = `Bearer ${await token(bank, id)}`;
    for (let i = 0; i < GRAENSER.api.antal; i++) await countAttempt(db(), "deling:api:andelskassen", GRAENSER.api.antal, GRAENSER.api.sekunder);
    const r = await delingsAdgang(auth, ["udbetalinger"], 2024);
    expect(r).toMatchObject({ ok: false, status: 429, graense: { allowed: false, remaining: 0 } });
    expect(!r.ok && r.graense!.resetSeconds).toBeGreaterThan(0);
  });

  it("a deactivated client cannot get tokens or use the ones it has", async () => {
    const { id } = await giv();
    const auth = `Bearer ${await token(bank, id)}`;
    await db().update(tredjeparter).set({ aktiv: false }).where(eq(tredjeparter.klientId, "andelskassen"));
    try {
      expect(await delingsAdgang(auth, ["udbetalinger"], 2024)).toMatchObject({ ok: false, status: 401 });
      expect(await udstedToken(await tokenForm(bank, id))).toMatchObject({ ok: false, status: 401 });
    } finally {
      await db().update(tredjeparter).set({ aktiv: true }).where(eq(tredjeparter.klientId, "andelskassen"));
    }
  });
});
