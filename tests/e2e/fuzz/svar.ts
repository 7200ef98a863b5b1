import type { APIResponse } from "@playwright/test";

/**
 * What every answer to bad input must look like: no 5xx, no trace of the code behind it, and a
 * refusal a person can read in Danish. Each check returns what is wrong, or null.
 */

/** Signs of an exception reaching the client: a stack frame, a source path, an error class, Next's digest. */
const SPOR = /\bat \S+ \(|\.(?:tsx?|mjs|js):\d+:\d+|node_modules\/|\b(?:TypeError|ReferenceError|SyntaxError|RangeError|ZodError)\b|"digest":|Internal Server Error|Application error/;

/** English a refusal must not contain: zod's, Node's and HTTP's default wording. */
const ENGELSK = /\b(?:invalid|expected|required|received|must|failed|unexpected|cannot|not found|error|forbidden|too (?:big|small|long|short))\b/i;

/** Enough to tell Danish from English in a short message. */
const DANSK = /[æøåÆØÅ]|\b(?:ikke|du|din|dit|det|den|der|og|skal|kan|er|en|et|til|for|på|om|mangler|send|skriv|vælg|findes|ugyldig|ukendt|anmodningen|siden)\b/i;

export function danskBesked(tekst: string): string | null {
  if (!tekst.trim()) return "tom besked";
  if (ENGELSK.test(tekst)) return `engelsk i beskeden: ${JSON.stringify(tekst.slice(0, 200))}`;
  if (!DANSK.test(tekst)) return `beskeden er ikke dansk: ${JSON.stringify(tekst.slice(0, 200))}`;
  return null;
}

/** The visible text of an HTML fragment. */
function tekstAf(html: string): string {
  return html
    .replace(/<[^>]+>/g, " ")
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&(?:amp|quot|lt|gt|apos|nbsp);/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** The texts of the page's error alerts (the DKFDS error summary and other `alert-error` boxes), scripts left out. */
export function fejlTekster(html: string): string[] {
  const synlig = html.replace(/<script\b[\s\S]*?<\/script>/g, "");
  return [...synlig.matchAll(/<div[^>]*class="alert alert-error[^"]*"[^>]*>([\s\S]*?)<\/div>\s*<\/div>/g)].map((m) => tekstAf(m[1]!));
}

export type Udfald = "afvist" | "modtaget";

/**
 * An answer to a form post. A refusal is a page with a Danish error alert, or the proxy's Danish
 * 4xx page; `modtaget` tells whether a 303 or a state page counts as the form having been accepted.
 */
export async function tjekFormularSvar(svar: APIResponse, modtaget: (status: number, location: string, html: string) => boolean): Promise<{ fejl: string | null; udfald: Udfald }> {
  const status = svar.status();
  const html = await svar.text();
  const location = svar.headers().location ?? "";
  const afvist = { fejl: null, udfald: "afvist" as const };
  if (status >= 500) return { fejl: `svarede ${status}: ${html.slice(0, 300)}`, udfald: "afvist" };
  if (SPOR.test(html)) return { fejl: `spor af koden i svaret: ${html.match(SPOR)![0]}`, udfald: "afvist" };
  if (modtaget(status, location, html)) return { fejl: null, udfald: "modtaget" };
  if (status >= 300 && status < 400) return { fejl: `uventet viderestilling ${status} → ${location}`, udfald: "afvist" };
  if (status >= 400) {
    const overskrift = tekstAf(html.match(/<h1[^>]*>([\s\S]*?)<\/h1>/)?.[1] ?? "");
    return { ...afvist, fejl: danskBesked(overskrift) && `${status} uden dansk overskrift: ${overskrift.slice(0, 200)}` };
  }
  const beskeder = fejlTekster(html);
  if (beskeder.length === 0) return { ...afvist, fejl: `${status} uden en besked på siden: ${tekstAf(html.replace(/<script\b[\s\S]*?<\/script>/g, "").match(/<main[\s\S]*<\/main>/)?.[0] ?? html).slice(0, 600)}` };
  for (const b of beskeder) {
    const d = danskBesked(b);
    if (d) return { ...afvist, fejl: d };
  }
  return afvist;
}

/** An answer from /api/v1: below 500, JSON, and a refusal carries a Danish `fejl`. */
export async function tjekApiSvar(svar: APIResponse): Promise<string | null> {
  const status = svar.status();
  const tekst = await svar.text();
  if (status >= 500) return `svarede ${status}: ${tekst.slice(0, 300)}`;
  if (SPOR.test(tekst)) return `spor af koden i svaret: ${tekst.match(SPOR)![0]}`;
  // Next's own URL normalisation (an empty segment, a trailing slash): a redirect within the API, not an answer.
  if (status === 308 && (svar.headers().location ?? "").startsWith("/api/v1")) return null;
  if (!(svar.headers()["content-type"] ?? "").includes("json")) return `${status} uden JSON: ${tekst.slice(0, 200)}`;
  let body: unknown;
  try {
    body = JSON.parse(tekst);
  } catch {
    return `${status} med ugyldig JSON: ${tekst.slice(0, 200)}`;
  }
  if (status < 400) return null;
  const fejl = (body as { fejl?: unknown }).fejl;
  if (typeof fejl !== "string") return `${status} uden en dansk fejl: ${tekst.slice(0, 200)}`;
  return danskBesked(fejl);
}
