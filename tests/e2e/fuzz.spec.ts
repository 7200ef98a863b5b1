import type { APIRequestContext, Browser } from "@playwright/test";
import fc from "fast-check";
import { citizens, type Persona } from "@/mocks/personas";
import { PORTAL } from "./env";
import { expect, login, test } from "./fixtures";
import { getForespoergsel, operationer, tokenForespoergsel, type Forespoergsel, type OpenApi } from "./fuzz/api";
import { hentFormular, indtastninger, send, vis } from "./fuzz/formular";
import { formularMaal, type Maal } from "./fuzz/formularer";
import { tjekApiSvar, tjekFormularSvar } from "./fuzz/svar";

/**
 * Property-based bad input (fast-check) against every form action we can reach and every /api/v1
 * operation: no 5xx, no stack trace, every refusal a Danish message or a 4xx JSON `fejl`, and
 * nothing stored from a refused input. FUZZ_SEED varies the run; a failure prints the seed and the
 * shrunk counterexample. FUZZ_ANTAL sets the total number of inputs (at least 5,000 in CI).
 */

const SEED = Number(process.env.FUZZ_SEED ?? 20261123);
const I_ALT = Number(process.env.FUZZ_ANTAL ?? 5200);
/** Half the inputs to the forms, half to the API. */
const FORMULARER = Math.ceil(I_ALT / 2);
const API = I_ALT - FORMULARER;

/** A logged-in session of its own (or none), as a request context sharing the browser context's cookies. */
async function som(browser: Browser, persona: Persona | null) {
  const context = await browser.newContext({ baseURL: PORTAL });
  if (persona) {
    const page = await context.newPage();
    await login(page, persona);
    await page.close();
  }
  return context;
}

/** Runs a property to the end; with a failure, fast-check's report (seed, path, counterexample) is the error. */
async function koer<T>(navn: string, input: fc.Arbitrary<T>, numRuns: number, seed: number, check: (t: T) => Promise<void>) {
  const udfald = await fc.check(fc.asyncProperty(input, check), { numRuns, seed, includeErrorInReport: true });
  expect(udfald.failed, `${navn}: ${fc.defaultReportMessage(udfald) ?? ""}`).toBe(false);
}

/**
 * Targets `samtidig` at a time: more in flight only queues up on two cores, and a fagsystem call
 * that waits past its timeout would then answer 503 for reasons that have nothing to do with the input.
 */
async function hverFor<T>(ting: T[], samtidig: number, fn: (t: T, i: number) => Promise<void>) {
  let naeste = 0;
  const arbejder = async () => {
    while (naeste < ting.length) {
      const i = naeste++;
      await fn(ting[i]!, i);
    }
  };
  await Promise.all(Array.from({ length: samtidig }, arbejder));
}

/** Logins one after another: the MitID simulator's pages are slow to come up when many start at once. */
async function sessioner(browser: Browser, personas: (Persona | null)[]) {
  const ud = [];
  for (const p of personas) ud.push(await som(browser, p));
  return ud;
}

test.describe.configure({ mode: "parallel" });

test("bad input to every form: never a 5xx or a trace, always a Danish refusal, and nothing stored from it", async ({ browser }) => {
  test.setTimeout(600_000);
  const borger = await som(browser, citizens.storforbruger);
  const egenSag = ((await (await borger.request.get("/api/v1/sager")).json()) as { sager: { id: string }[] }).sager[0]!.id;
  const maal = formularMaal(egenSag);
  const vaegt = maal.reduce((sum, m) => sum + m.vaegt, 0);
  const rapport: string[] = [];
  const kontekster = await sessioner(browser, maal.map((m) => m.persona));
  await hverFor(maal, 2, async (m: Maal, i) => {
    const numRuns = Math.ceil((FORMULARER * m.vaegt) / vaegt);
    const context = kontekster[i]!;
    const request = context.request;
    const f = await hentFormular(request, m.side, m.kendetegn);
    const foer = m.lager ? await m.lager(request) : 0;
    // Accepted posts that store something, told apart by where they led and their one-time key (a repeat stores nothing new).
    const gemt = new Set<string>();
    let afvist = 0;
    await koer(m.navn, indtastninger(f, m.ugyldige), numRuns, SEED + i, async (indtastning) => {
      const svar = await send(request, f, indtastning);
      const { fejl, udfald } = await tjekFormularSvar(svar, m.modtaget);
      if (fejl) throw new Error(`${m.navn}: ${fejl}\n  input: ${vis(indtastning)}`);
      if (udfald === "afvist") afvist++;
      else if (svar.status() === 303) gemt.add(`${svar.headers().location} ${indtastning.filter(([n]) => n === "noegle").map(([, v]) => v)}`);
    });
    if (m.lager) expect(await m.lager(request), `${m.navn}: gemt ud over det modtagne`).toBe(foer + gemt.size);
    rapport.push(`${m.navn}: ${numRuns} input, ${afvist} afvist, ${numRuns - afvist} modtaget${m.lager ? `, ${gemt.size} gemt` : ""}`);
    await context.close();
  });
  console.log(`Fuzz af formularer (seed ${SEED}):\n  ${rapport.join("\n  ")}`);
  await borger.close();
});

/** The citizen API counts 240 calls a minute per session: the calls are spread over enough sessions to stay under it. */
const KALD_PR_SESSION = 200;

test("bad input to every /api/v1 operation: never a 5xx or a trace, always JSON, a refusal a 4xx with a Danish fejl", async ({ browser, request }) => {
  test.setTimeout(600_000);
  const doc = (await (await request.get("/api/v1/openapi.json")).json()) as OpenApi;
  const ops = operationer(doc);
  const borgerOps = ops.filter((o) => !o.sti.includes("/deling/"));
  const borgere = await sessioner(browser, Array(Math.ceil(((API / ops.length) * borgerOps.length) / KALD_PR_SESSION)).fill(citizens.storforbruger));
  const egen = ((await (await borgere[0]!.request.get("/api/v1/sager")).json()) as { sager: { id: string }[] }).sager[0]!.id;
  const egenSag = (await (await borgere[0]!.request.get(`/api/v1/sager/${egen}`)).json()) as { sag: { dokumenter: { id: string }[] } };
  const egne = { id: [egen], dokumentId: egenSag.sag.dokumenter.map((d) => d.id) };
  let kald = 0;
  const rapport: string[] = [];
  await hverFor(ops, 2, async (o, i) => {
    const numRuns = Math.ceil(API / ops.length);
    const deling = o.sti.includes("/deling/");
    const input = o.metode === "POST" ? tokenForespoergsel(o.sti, o.op) : getForespoergsel(o.sti, o.op, egne, deling);
    const statusser = new Map<number, number>();
    await koer(`${o.metode} ${o.sti}`, input, numRuns, SEED + 100 + i, async (f: Forespoergsel) => {
      // Cookie-less for the deling API (third parties call it server to server); a rotating session for the citizen's.
      const klient: APIRequestContext = deling ? request : borgere[kald++ % borgere.length]!.request;
      const svar = await klient.fetch(f.sti, { method: f.metode, headers: f.headers, data: f.body, maxRedirects: 0, timeout: 60_000 });
      const fejl = (await tjekApiSvar(svar)) ?? (f.andres && svar.ok() ? "en anden borgers data blev udleveret" : null);
      if (fejl) throw new Error(`${o.metode} ${f.sti.slice(0, 300)}: ${fejl}`);
      statusser.set(svar.status(), (statusser.get(svar.status()) ?? 0) + 1);
    });
    // A limit that answers everything with 429 would make the run meaningless.
    expect(statusser.get(429) ?? 0, `${o.sti}: for mange 429`).toBeLessThan(numRuns / 4);
    rapport.push(`${o.metode} ${o.sti}: ${numRuns} input (${[...statusser].sort(([a], [b]) => a - b).map(([s, n]) => `${s}×${n}`).join(", ")})`);
  });
  console.log(`Fuzz af /api/v1 (seed ${SEED}):\n  ${rapport.join("\n  ")}`);
  await Promise.all(borgere.map((s) => s.close()));
});
