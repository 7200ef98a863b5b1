/**
 * What must hold across the two instances, each checked as a person would notice it, with a real
 * browser (Debian's chromium) through nginx. A check pins a browser to one instance with the
 * bench-only header (klynge.ts) and then moves it to the other, and asserts that the instance
 * that served each step is the one intended (nginx's `X-Minedata-Upstream`).
 */
import { chromium, type Browser, type BrowserContext, type Page, type Response } from "@playwright/test";
import { INSTANS_HEADER, UPSTREAM_HEADER, instansAf, instansUrl, type InstansNavn, type Klynge } from "./klynge";

export type Resultat = { navn: string; ok: boolean; detalje: string };

const FORKERT_KODE = "Koden passer ikke.";
const FOR_MANGE_KODER = "Du har prøvet for mange koder.";
const VENT = 30_000;

export async function nyBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
}

class Fejl extends Error {}
function kraev(betingelse: unknown, tekst: string): asserts betingelse {
  if (!betingelse) throw new Fejl(tekst);
}

/** Every request of this browser goes to one instance from now on. */
const paa = (context: BrowserContext, instans: InstansNavn) => context.setExtraHTTPHeaders({ [INSTANS_HEADER]: instans });

function servertAf(response: Response | null, instans: InstansNavn, hvad: string) {
  const upstream = response?.headers()[UPSTREAM_HEADER] ?? null;
  kraev(instansAf(upstream) === instans, `${hvad} skulle være svaret af instans ${instans}, men blev det af ${upstream ?? "ukendt"}`);
}

async function gaaTil(page: Page, url: string, instans: InstansNavn) {
  const response = await page.goto(url);
  servertAf(response, instans, `GET ${url}`);
  return response;
}

/** Logs in through the real OIDC flow with every portal request on one instance; the MitID simulator is the same for both. */
export async function logInd(browser: Browser, nginx: string, navn: string, instans: InstansNavn): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ baseURL: nginx, locale: "da-DK" });
  await paa(context, instans);
  const page = await context.newPage();
  await gaaTil(page, "/", instans);
  await page.getByRole("button", { name: "Log ind med MitID" }).click();
  await page.getByRole("button", { name: new RegExp(`^${navn}`) }).click();
  await page.waitForURL((url) => url.origin === nginx, { waitUntil: "load" });
  return { context, page };
}

const loggetInd = (page: Page) => page.getByRole("button", { name: "Log af" }).isVisible();

async function check(navn: string, fn: () => Promise<string>): Promise<Resultat> {
  const t0 = Date.now();
  try {
    const detalje = await fn();
    return { navn, ok: true, detalje: `${detalje} (${((Date.now() - t0) / 1000).toFixed(1)} s)` };
  } catch (error) {
    return { navn, ok: false, detalje: error instanceof Error ? error.message.split("\n")[0]! : String(error) };
  }
}

/** A session made on A is accepted on B; logging out on B ends it on A too. */
function session(browser: Browser, nginx: string) {
  return check("Session: logget ind via A, brugt på B, logget af på B, afvist på A", async () => {
    const { context, page } = await logInd(browser, nginx, "Karen Jensen", "a");
    try {
      kraev(await loggetInd(page), "Karen er ikke logget ind efter login via A");
      await paa(context, "b");
      await gaaTil(page, "/sager", "b");
      kraev(await page.getByRole("heading", { level: 1 }).filter({ hasText: /Sager|sager/ }).isVisible(), "B viste ikke Karens sager");
      kraev(await loggetInd(page), "B kendte ikke sessionen fra A");
      await page.getByRole("button", { name: "Log af" }).click();
      // Done when B has answered the logout with its redirect, not when the click has happened.
      await page.waitForURL(/logget-ud=1/, { timeout: VENT });
      await paa(context, "a");
      await gaaTil(page, "/sager", "a");
      kraev(!(await loggetInd(page)), "A godtog stadig sessionen, som blev afsluttet på B");
      return "B viste Karens sager med sessionen fra A; efter log af på B var hun logget ud på A";
    } finally {
      await context.close();
    }
  });
}

/**
 * The login limit (LOGIN_MAX_PR_MINUT per client address per minute) counts attempts on both
 * instances. Sent straight to the instances as nginx would send them: with the client's address
 * in X-Forwarded-For (TRUSTED_PROXY_HOPS=1), an address of its own so the browsers' logins do not count.
 */
function loginGraense(klynge: Klynge) {
  return check("Loginbegrænsning tæller forsøg på begge instanser", async () => {
    const graense = Number(klynge.env.LOGIN_MAX_PR_MINUT);
    const adresse = `198.51.100.${1 + Math.floor(Math.random() * 250)}`;
    const svar: string[] = [];
    for (let i = 0; i <= graense; i++) {
      const instans: InstansNavn = i % 2 === 0 ? "a" : "b";
      const r = await fetch(`${instansUrl(instans)}/api/auth/signin/mitid`, {
        method: "POST",
        headers: { origin: klynge.adresser.nginx, "x-forwarded-for": adresse, "content-type": "application/x-www-form-urlencoded" },
        body: "csrfToken=x",
        redirect: "manual",
      });
      await r.arrayBuffer();
      svar.push(r.headers.get("location")?.includes("ForMangeForsoeg") ? "spærret" : "tilladt");
    }
    const spaerret = svar.indexOf("spærret");
    kraev(spaerret === graense, `forsøg nr. ${spaerret + 1} blev spærret; forventet nr. ${graense + 1} (grænsen er ${graense}, skiftevis A og B)`);
    return `${graense} forsøg skiftevis på A og B tilladt, nr. ${graense + 1} spærret`;
  });
}

async function lavKode(page: Page, instans: InstansNavn): Promise<string> {
  await gaaTil(page, "/hjaelp", instans);
  await page.getByRole("checkbox", { name: "Sager", exact: true }).check();
  await page.getByRole("button", { name: "Få en kode" }).click();
  const cifre = page.locator(".hjaelp-kode-cifre [aria-hidden]");
  await cifre.waitFor({ timeout: VENT });
  const kode = ((await cifre.textContent()) ?? "").replace(/\s/g, "");
  kraev(/^\d{6}$/.test(kode), `ingen kode på siden (${kode})`);
  return kode;
}

async function indtast(page: Page, kode: string): Promise<string> {
  await page.goto("/medarbejder/hjaelp");
  await page.getByRole("textbox", { name: "Borgerens kode" }).fill(kode);
  await page.getByRole("button", { name: "Start hjælpen" }).click();
  const banner = page.getByRole("region", { name: "Hjælp til en borger" });
  const fejl = page.locator(".fejlopsummering");
  await Promise.race([banner.waitFor({ timeout: VENT }), fejl.waitFor({ timeout: VENT })]);
  return (await banner.isVisible()) ? `hjælper: ${await banner.innerText()}` : `fejl: ${await fejl.innerText()}`;
}

/**
 * Karen's code, made on A, is redeemed by Mette on B, and only once (a second try on A is refused);
 * then Mette's attempts, alternating between A and B, meet the per-staff limit at the sixth.
 */
function hjaelpeKode(browser: Browser, nginx: string) {
  return check("Hjælpekode: lavet på A, indløst på B, kun én gang; kodegrænsen tæller på begge", async () => {
    const karen = await logInd(browser, nginx, "Karen Jensen", "a");
    const mette = await logInd(browser, nginx, "Mette Lund", "b");
    try {
      const kode = await lavKode(karen.page, "a");
      const foerste = await indtast(mette.page, kode);
      kraev(foerste.startsWith("hjælper:") && foerste.includes("Karen Jensen"), `koden fra A virkede ikke på B: ${foerste}`);
      await mette.page.getByRole("button", { name: "Afslut hjælpen til Karen Jensen" }).click();
      await mette.page.getByRole("heading", { name: "Hjælpen er afsluttet" }).waitFor({ timeout: VENT });
      await paa(mette.context, "a");
      const anden = await indtast(mette.page, kode);
      kraev(anden.includes(FORKERT_KODE), `den brugte kode blev taget imod igen på A: ${anden}`);
      // One wrong attempt so far (the used code on A; the right one on B was given back); four more wrong
      // ones alternating B and A, then the sixth wrong one is refused.
      const forkerte = ["000001", "000002", "000003", "000004", "000005"];
      const svar: string[] = [];
      for (const [i, forkert] of forkerte.entries()) {
        await paa(mette.context, i % 2 === 0 ? "b" : "a");
        svar.push(await indtast(mette.page, forkert === kode ? "999999" : forkert));
      }
      kraev(svar.slice(0, 4).every((s) => s.includes(FORKERT_KODE)), `forkert kode nr. 2–5 gav ikke »Koden passer ikke«: ${svar.slice(0, 4).join(" | ")}`);
      kraev(svar[4]!.includes(FOR_MANGE_KODER), `6. forkerte kode (på B, efter forsøg på både A og B) blev ikke spærret: ${svar[4]}`);
      return "koden virkede på B, blev afvist anden gang på A; 6. forkerte kode spærret efter forsøg på begge";
    } finally {
      await Promise.all([karen.context.close(), mette.context.close()]);
    }
  });
}

/**
 * The staff GDPR dialogue's live state: the facilitator's screen (on A) and a participant's phone
 * (on B) each follow what happened on the other instance, without a reload (both poll the
 * database through their own instance).
 */
function dialog(browser: Browser, nginx: string) {
  return check("Dialogens live-tilstand ses fra den anden instans", async () => {
    const mette = await logInd(browser, nginx, "Mette Lund", "a");
    const telefon = await browser.newContext({ baseURL: nginx, locale: "da-DK" });
    try {
      await gaaTil(mette.page, "/medarbejder/dialog", "a");
      await mette.page.getByLabel("Forventet antal deltagere").fill("4");
      await mette.page.getByRole("button", { name: "Opret dialog" }).click();
      await mette.page.waitForURL(/\/medarbejder\/dialog\/[0-9a-f-]{36}$/, { timeout: VENT });
      const kode = (await mette.page.locator(".dialog-kode").innerText()).replace(/\s/g, "");
      await mette.page.getByText("0 deltagere med").waitFor({ timeout: VENT });

      await paa(telefon, "b");
      const deltager = await telefon.newPage();
      await gaaTil(deltager, "/deltag", "b");
      await deltager.getByLabel("Kode").fill(kode);
      await deltager.getByLabel("Dit navn").fill("Klyngedeltager");
      await deltager.getByRole("button", { name: "Deltag" }).click();
      await deltager.getByText("Du er med som").waitFor({ timeout: VENT });
      await deltager.getByText("Dialogen er ikke startet endnu").waitFor({ timeout: VENT });

      // No reload on A: its screen polls and must show the participant who joined on B.
      await mette.page.getByText("1 deltagere med").waitFor({ timeout: VENT });
      await mette.page.getByRole("button", { name: "Start trin 1" }).click();
      // No reload on B either: the phone must leave "not started" when A starts.
      await deltager.getByText("Dialogen er ikke startet endnu").waitFor({ state: "detached", timeout: VENT });
      return "A's skærm viste deltageren fra B, og B's telefon fulgte starten på A, begge uden genindlæsning";
    } finally {
      await Promise.all([mette.context.close(), telefon.close()]);
    }
  });
}

/** The checks before the load: sessions, the login limit, assisted-session codes and the dialogue. */
export async function tvaersCheck(browser: Browser, klynge: Klynge): Promise<Resultat[]> {
  const nginx = klynge.adresser.nginx;
  const resultater: Resultat[] = [];
  for (const c of [() => session(browser, nginx), () => loginGraense(klynge), () => hjaelpeKode(browser, nginx), () => dialog(browser, nginx)]) {
    const r = await c();
    console.log(`  ${r.ok ? "✔" : "✘"} ${r.navn}: ${r.detalje}`);
    resultater.push(r);
  }
  return resultater;
}
