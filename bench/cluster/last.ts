/**
 * The seam where a load plugs into `npm run bench:cluster` (the full run's is load.ts), and the smoke's small load.
 *
 * A `Last` gets nginx's URL and the instances' URLs, prepares, then runs for `varighedMs`; meanwhile the
 * harness (run.ts) may SIGKILL one instance. It answers every request it made as a `Proeve`: when
 * it started and ended, which instance served it (nginx's `X-Minedata-Upstream`, see `instansAf`),
 * and whether it got the answer it wanted. The harness computes req/s and percentiles from these
 * and decides which failures the kill explains (see run.ts). Anything a load checks itself after
 * the run (every acknowledged write stored exactly once) it reports in `fejl`.
 *
 * `lilleLast` is ours: a few citizens, logged in through the real OIDC flow, browse `/`, `/sager`,
 * `/sager/[id]`, `/ydelser` and post "Tilføj en oplysning til sagen" forms as a browser without
 * JavaScript does (tests/faults/citizen.ts), round robin over both instances.
 */
import type { Browser } from "@playwright/test";
import { randomBytes } from "node:crypto";
import { hentFormular, noegleAf, send, tilfoejelserPaaSagen, type Felter } from "../../tests/faults/citizen";
import { UPSTREAM_HEADER, instansAf, instanserAf, type ClusterAdresser, type InstansNavn } from "./klynge";

/** `instans` answered; `via` is every instance nginx tried for it (two after a failover); empty when nginx's answer never came. */
export type Proeve = { instans: InstansNavn | null; via: InstansNavn[]; start: number; slut: number; ok: boolean; art: "side" | "skriv"; hvad: string };
export type LastResultat = { proever: Proeve[]; fejl: string[]; linjer: string[] };
/**
 * `skrivIGang`: a load that can, keeps here how many of its writes are waiting for an answer, so
 * the harness can time the kill to land among writes (left at -1 it is killed at the middle).
 */
export type LastOpts = { varighedMs: number; tilstand: { skrivIGang: number } };
/** Prepares (logs in, finds ids) and answers the run itself, so the harness times the kill from the load's start. */
export type Last = (adresser: ClusterAdresser) => Promise<(opts: LastOpts) => Promise<LastResultat>>;

type Borger = { navn: string; cookie: string; sag: string };
type Skrivning = { borger: Borger; tekst: string; felter: Felter; kvitteret: boolean; instans: InstansNavn | null; svar: string };

const SIDER = ["/", "/sager", "/sager/:sag", "/ydelser"];

/** Logs in through nginx (round robin: the OIDC flow itself may cross instances) and keeps the cookies. */
async function cookieFor(browser: Browser, nginx: string, navn: string): Promise<string> {
  const context = await browser.newContext({ baseURL: nginx, locale: "da-DK" });
  try {
    const page = await context.newPage();
    await page.goto("/");
    await page.getByRole("button", { name: "Log ind med MitID" }).click();
    await page.getByRole("button", { name: new RegExp(`^${navn}`) }).click();
    await page.waitForURL((url) => url.origin === nginx, { waitUntil: "load" });
    return (await context.cookies(nginx)).map((c) => `${c.name}=${c.value}`).join("; ");
  } finally {
    await context.close();
  }
}

/** The citizen's first sag that takes additions. */
async function sagMedFormular(nginx: string, cookie: string): Promise<string> {
  const html = await (await fetch(`${nginx}/sager`, { headers: { cookie } })).text();
  for (const id of new Set([...html.matchAll(/\/sager\/([0-9a-f-]{36})/g)].map((m) => m[1]!))) {
    if (await hentFormular(nginx, id, cookie).then(() => true, () => false)) return id;
  }
  throw new Error("ingen sag med »Tilføj en oplysning«");
}

export function lilleLast(browser: Browser, navne: string[], laesereProBorger = 2, skrivereProBorger = 2): Last {
  return async ({ nginx }) => {
    const koersel = randomBytes(4).toString("hex");
    const borgere: Borger[] = [];
    for (const navn of navne) {
      const cookie = await cookieFor(browser, nginx, navn);
      borgere.push({ navn, cookie, sag: await sagMedFormular(nginx, cookie) });
    }
    return (opts) => koerLast(nginx, borgere, koersel, { laesereProBorger, skrivereProBorger }, opts);
  };
}

type Antal = { laesereProBorger: number; skrivereProBorger: number };

async function koerLast(nginx: string, borgere: Borger[], koersel: string, { laesereProBorger, skrivereProBorger }: Antal, { varighedMs, tilstand }: LastOpts): Promise<LastResultat> {
  tilstand.skrivIGang = 0;
  const proever: Proeve[] = [];
  const skrivninger: Skrivning[] = [];
  const slut = Date.now() + varighedMs;

  const laeser = async (b: Borger, i: number) => {
    for (let n = i; Date.now() < slut; n++) {
      const sti = SIDER[n % SIDER.length]!.replace(":sag", b.sag);
      const start = Date.now();
      let p: Proeve;
      // Kept from the headers: an answer cut off mid-body (its instance died) still names who sent it.
      let upstream: string | null = null;
      try {
        const r = await fetch(`${nginx}${sti}`, { headers: { cookie: b.cookie }, redirect: "manual", signal: AbortSignal.timeout(60_000) });
        upstream = r.headers.get(UPSTREAM_HEADER);
        await r.arrayBuffer();
        p = { instans: instansAf(upstream), via: instanserAf(upstream), start, slut: Date.now(), ok: r.status === 200, art: "side", hvad: `GET ${sti} → ${r.status}` };
      } catch (error) {
        p = { instans: instansAf(upstream), via: instanserAf(upstream), start, slut: Date.now(), ok: false, art: "side", hvad: `GET ${sti} → ${error instanceof Error ? error.message : String(error)}` };
      }
      proever.push(p);
    }
  };

  const skriver = async (b: Borger, w: number) => {
    for (let n = 1; Date.now() < slut; n++) {
      let felter: Felter;
      try {
        felter = await hentFormular(nginx, b.sag, b.cookie);
      } catch {
        // The form page is a read (the readers count reads); a moment's pause, then a new form.
        await new Promise((r) => setTimeout(r, 100));
        continue;
      }
      const s: Skrivning = { borger: b, felter, tekst: `Klyngetest ${koersel} ${b.navn} skriver ${w} nr ${n}: ny lægeerklæring`, kvitteret: false, instans: null, svar: "" };
      skrivninger.push(s);
      const start = Date.now();
      tilstand.skrivIGang++;
      const { svar, instans, via } = await sendMedInstans(nginx, b, s);
      tilstand.skrivIGang--;
      s.svar = svar;
      s.instans = instans;
      s.kvitteret = svar === "kvitteret";
      proever.push({ instans, via, start, slut: Date.now(), ok: s.kvitteret, art: "skriv", hvad: `POST /sager/…/tilfoej → ${svar}` });
    }
  };

  await Promise.all(borgere.flatMap((b) => [...Array.from({ length: skrivereProBorger }, (_, w) => skriver(b, w + 1)), ...Array.from({ length: laesereProBorger }, (_, i) => laeser(b, i))]));

  // What got no acknowledgement is sent again with the same form (a person pressing reload).
  const uden = skrivninger.filter((s) => !s.kvitteret);
  for (const s of uden) {
    const { svar } = await sendMedInstans(nginx, s.borger, s);
    s.svar = svar;
    s.kvitteret = svar === "kvitteret";
  }

  const fejl: string[] = [];
  let paaSagerne = 0;
  for (const b of borgere) {
    const tekster = (await tilfoejelserPaaSagen(nginx, b.sag, b.cookie)).filter((t) => t.startsWith(`Klyngetest ${koersel} `));
    paaSagerne += tekster.length;
    const antal = new Map<string, number>();
    for (const t of tekster) antal.set(t, (antal.get(t) ?? 0) + 1);
    for (const s of skrivninger.filter((x) => x.borger === b)) {
      const n = antal.get(s.tekst) ?? 0;
      if (s.kvitteret && n !== 1) fejl.push(`${n === 0 ? "TABT" : "DUBLET"}: »${s.tekst}« står ${n} gange (noegle ${noegleAf(s.felter)})`);
      if (!s.kvitteret) fejl.push(`IKKE KVITTERET efter genforsøg: »${s.tekst}«: ${s.svar}`);
    }
    const sendt = new Set(skrivninger.map((s) => s.tekst));
    for (const t of antal.keys()) if (!sendt.has(t)) fejl.push(`UKENDT: »${t}« blev aldrig sendt`);
  }
  // Each person's writes must have landed on both instances, or the access-log chain check proves little.
  for (const b of borgere) {
    const paa = new Set(skrivninger.filter((s) => s.borger === b && s.instans).map((s) => s.instans));
    if (paa.size < 2) fejl.push(`${b.navn}s skrivninger ramte kun ${[...paa].join(", ") || "ingen"} instans`);
  }
  const kvitterede = skrivninger.filter((s) => s.kvitteret).length;
  return {
    proever,
    fejl,
    linjer: [
      `borgere / citizens ................ ${borgere.length} (${laesereProBorger} læsere + ${skrivereProBorger} skrivere hver)`,
      `skrivninger / writes sent ......... ${skrivninger.length}, kvitteret / acknowledged ${kvitterede} (${uden.length} sendt igen med samme noegle / resent)`,
      `på sagerne / stored ............... ${paaSagerne}`,
    ],
  };
}

async function sendMedInstans(nginx: string, b: Borger, s: Skrivning): Promise<{ svar: string; instans: InstansNavn | null; via: InstansNavn[] }> {
  // send() reads only the status and Location; the serving instance comes from a wrapped fetch.
  let upstream: string | null = null;
  const sporet: typeof fetch = async (input, init) => {
    const r = await fetch(input, init);
    upstream = r.headers.get(UPSTREAM_HEADER);
    return r;
  };
  try {
    const svar = await send(nginx, b.sag, b.cookie, s.felter, s.tekst, sporet);
    return { svar, instans: instansAf(upstream), via: instanserAf(upstream) };
  } catch (error) {
    const svar = `ubesvaret (${error instanceof Error ? ((error.cause as Error | undefined)?.message ?? error.message) : String(error)})`;
    return { svar, instans: instansAf(upstream), via: instanserAf(upstream) };
  }
}
