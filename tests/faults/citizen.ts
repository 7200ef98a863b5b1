import { chromium } from "@playwright/test";

/**
 * What a citizen does, over plain HTTP as a browser without JavaScript does it: log in (through the
 * real OIDC flow, in Chromium), fetch the "Tilføj en oplysning til sagen" form, post it, and read
 * the sag page afterwards. Nothing here knows how the portal stores anything.
 */

/** The form's hidden fields in page order: React's server-action fields and the one-time `noegle`. */
export type Felter = [string, string][];

export async function login(portal: string, navn: string): Promise<string> {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
  try {
    const page = await browser.newPage();
    await page.goto(portal);
    await page.getByRole("button", { name: "Log ind med MitID" }).click();
    await page.getByRole("button", { name: new RegExp(`^${navn}`) }).click();
    await page.waitForURL(`${portal}/`);
    const cookies = await page.context().cookies(portal);
    return cookies.map((c) => `${c.name}=${c.value}`).join("; ");
  } finally {
    await browser.close();
  }
}

const ENTITIES: Record<string, string> = { amp: "&", quot: '"', lt: "<", gt: ">", apos: "'", nbsp: "\u00a0" };

/** Enough HTML decoding for what React writes into attributes and text. */
function decode(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, e: string) => {
    if (e[0] === "#") return String.fromCodePoint(e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : Number(e.slice(1)));
    return ENTITIES[e.toLowerCase()] ?? all;
  });
}

async function getHtml(url: string, cookie: string): Promise<string> {
  // A fresh start of the portal can drop the first request on a kept-alive socket: try again.
  for (let forsoeg = 1; ; forsoeg++) {
    try {
      const response = await fetch(url, { headers: { cookie }, redirect: "manual", signal: AbortSignal.timeout(60_000) });
      const html = await response.text();
      if (response.status !== 200) throw new Error(`${url} svarede ${response.status} ${response.headers.get("location") ?? ""}`);
      return html;
    } catch (error) {
      if (forsoeg >= 3) throw error;
      await new Promise((r) => setTimeout(r, 500));
    }
  }
}

/** Fetches the form as a browser renders it and takes every hidden field of it. */
export async function hentFormular(portal: string, sagId: string, cookie: string): Promise<Felter> {
  const html = await getHtml(`${portal}/sager/${sagId}/tilfoej`, cookie);
  const form = (html.match(/<form\b[\s\S]*?<\/form>/g) ?? []).find((f) => f.includes('name="noegle"') && f.includes('name="tekst"'));
  if (!form) throw new Error("siden har ingen formular med noegle og tekst");
  const felter: Felter = [];
  for (const tag of form.match(/<input\b[^>]*>/g) ?? []) {
    const attr = Object.fromEntries([...tag.matchAll(/\s([\w:$-]+)="([^"]*)"/g)].map((m) => [m[1]!, decode(m[2]!)]));
    if (attr.type === "hidden" && attr.name) felter.push([attr.name, attr.value ?? ""]);
  }
  if (!felter.some(([navn]) => navn === "noegle") || !felter.some(([navn]) => navn.startsWith("$ACTION_"))) {
    throw new Error(`formularen mangler skjulte felter: ${felter.map(([n]) => n).join(", ")}`);
  }
  return felter;
}

export const noegleAf = (felter: Felter) => felter.find(([navn]) => navn === "noegle")?.[1] ?? "";

/**
 * Posts the form as multipart/form-data with our Origin (proxy.ts refuses state changes without it).
 * Answers "kvitteret" for the action's 303 to the sag, otherwise what came back. A connection that
 * dies (the portal was killed) throws: the writer then does not know whether it was stored.
 * `hent` lets a caller see the whole answer (bench/cluster reads which instance served it).
 */
export async function send(portal: string, sagId: string, cookie: string, felter: Felter, tekst: string, hent: typeof fetch = fetch): Promise<string> {
  const url = `${portal}/sager/${sagId}/tilfoej`;
  const data = new FormData();
  for (const [navn, vaerdi] of felter) data.append(navn, vaerdi);
  data.append("tekst", tekst);
  // Serialised first, so the request carries a Content-Length as a browser's does (no chunking).
  const request = new Request(url, { method: "POST", body: data });
  const response = await hent(url, {
    method: "POST",
    body: await request.arrayBuffer(),
    headers: { cookie, origin: portal, "content-type": request.headers.get("content-type") ?? "" },
    redirect: "manual",
    signal: AbortSignal.timeout(60_000),
  });
  await response.arrayBuffer();
  const location = response.headers.get("location") ?? "";
  if (response.status === 303 && location.includes(`/sager/${sagId}?tilfoejet=1`)) return "kvitteret";
  return `svar ${response.status}${location ? ` → ${location}` : ""}`;
}

/** The texts under "Det har du tilføjet" on the sag page, one per addition, in page order. */
export async function tilfoejelserPaaSagen(portal: string, sagId: string, cookie: string): Promise<string[]> {
  const html = await getHtml(`${portal}/sager/${sagId}`, cookie);
  // Only the rendered section counts: the page's RSC payload repeats the same texts in scripts.
  const sektion = html.match(/<section[^>]*aria-labelledby="tilfoejelser"[^>]*>[\s\S]*?<\/section>/)?.[0];
  if (!sektion) throw new Error("sagen viser ikke afsnittet »Det har du tilføjet«");
  return [...sektion.matchAll(/<p class="bevar-linjer">([\s\S]*?)<\/p>/g)].map((m) => decode(m[1]!));
}
