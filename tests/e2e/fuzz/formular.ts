import type { APIRequestContext } from "@playwright/test";
import fc from "fast-check";
import { PORTAL } from "../env";
import { ondFil, ondTekst } from "./inputs";

/**
 * A form as a browser without JavaScript posts it: read from the rendered page (React's hidden
 * server-action fields, the one-time key, every field a person fills in and the choices offered),
 * then posted as multipart with fields kept, replaced by bad values, dropped, repeated or added.
 */

export type Formular = {
  side: string;
  /** React's `$ACTION_…` fields: kept, so the post reaches the action. */
  handling: [string, string][];
  /** Every other field, with the values the page offers (a hidden or typed value, the options of a choice). */
  felter: Map<string, { fil: boolean; vaerdier: string[] }>;
};

const ENTITIES: Record<string, string> = { amp: "&", quot: '"', lt: "<", gt: ">", apos: "'", nbsp: "\u00a0" };

function decode(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, e: string) => {
    if (e[0] === "#") return String.fromCodePoint(e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : Number(e.slice(1)));
    return ENTITIES[e.toLowerCase()] ?? all;
  });
}

const attributter = (tag: string) => Object.fromEntries([...tag.matchAll(/\s([\w:$-]+)(?:="([^"]*)")?/g)].map((m) => [m[1]!, decode(m[2] ?? "")]));

/** The form on `side` that has a field named `kendetegn`. */
export async function hentFormular(request: APIRequestContext, side: string, kendetegn: string): Promise<Formular> {
  const svar = await request.get(side, { maxRedirects: 0 });
  const html = await svar.text();
  const form = (html.match(/<form\b[\s\S]*?<\/form>/g) ?? []).find((f) => f.includes(`name="${kendetegn}"`));
  if (svar.status() !== 200 || !form) throw new Error(`${side} (${svar.status()}) har ingen formular med feltet ${kendetegn}`);
  const handling: [string, string][] = [];
  const felter: Formular["felter"] = new Map();
  const tilfoej = (navn: string, vaerdi: string | undefined, fil = false) => {
    const felt = felter.get(navn) ?? { fil, vaerdier: [] };
    if (vaerdi !== undefined && !felt.vaerdier.includes(vaerdi)) felt.vaerdier.push(vaerdi);
    felter.set(navn, felt);
  };
  for (const [tag] of form.matchAll(/<input\b[^>]*>/g)) {
    const a = attributter(tag);
    if (!a.name) continue;
    if (a.name.startsWith("$ACTION")) handling.push([a.name, a.value ?? ""]);
    else tilfoej(a.name, a.value, a.type === "file");
  }
  for (const [, attrs, indhold] of form.matchAll(/<textarea\b([^>]*)>([\s\S]*?)<\/textarea>/g)) tilfoej(attributter(attrs!).name!, decode(indhold!));
  for (const [, attrs, indhold] of form.matchAll(/<select\b([^>]*)>([\s\S]*?)<\/select>/g)) {
    const navn = attributter(attrs!).name!;
    tilfoej(navn, undefined);
    for (const [option] of indhold!.matchAll(/<option\b[^>]*>/g)) tilfoej(navn, attributter(option).value);
  }
  if (!handling.length) throw new Error(`formularen på ${side} har ingen server-handling`);
  return { side, handling, felter };
}

type Vaerdi = string | File;
export type Indtastning = [string, Vaerdi][];

/**
 * One generated post: each field kept as the page offers it, given a bad value, dropped or sent
 * twice, plus perhaps a field the form does not have. `ugyldige` are values that are always wrong
 * for a field (e.g. the free-text rules), so runs also get past zod's types to the action's own rules.
 */
export function indtastninger(f: Formular, ugyldige: Record<string, fc.Arbitrary<string>> = {}): fc.Arbitrary<Indtastning> {
  const felter = [...f.felter].map(([navn, { fil, vaerdier }]) => {
    const god = vaerdier.length ? fc.constantFrom(...vaerdier) : fc.constant("");
    const daarlig: fc.Arbitrary<Vaerdi> = fil ? ondFil : ugyldige[navn] ? fc.oneof(ondTekst, ugyldige[navn]) : ondTekst;
    return fc.oneof(
      { arbitrary: god.map((v): Indtastning => [[navn, v]]), weight: 4 },
      { arbitrary: daarlig.map((v): Indtastning => [[navn, v]]), weight: 3 },
      { arbitrary: fc.constant<Indtastning>([]), weight: 1 },
      { arbitrary: fc.tuple(god, daarlig).map(([a, b]): Indtastning => [[navn, a], [navn, b]]), weight: 1 },
    );
  });
  const ekstra = fc.array(fc.tuple(fc.oneof(ondTekst.map((s) => s.slice(0, 50)), fc.constantFrom("id", "rolle", "cpr", "borger")), ondTekst), { maxLength: 2 });
  return fc.tuple(fc.tuple(...felter), ekstra).map(([valgt, mere]) => [...valgt.flat(), ...mere]);
}

/** Posts one generated input with the form's action fields and our Origin (proxy.ts refuses any other). */
export async function send(request: APIRequestContext, f: Formular, indtastning: Indtastning) {
  const data = new FormData();
  for (const [navn, vaerdi] of [...f.handling, ...indtastning]) data.append(navn, vaerdi);
  return request.post(f.side, { multipart: data, headers: { origin: PORTAL }, maxRedirects: 0, timeout: 60_000 });
}

/** For a failing run's report: long values cut short, files named. */
export function vis(indtastning: Indtastning): string {
  return JSON.stringify(indtastning.map(([n, v]) => [n, typeof v === "string" ? (v.length > 80 ? `${v.slice(0, 40)}…(${v.length} tegn)` : v) : `fil ${v.name} ${v.type} ${v.size} B`]));
}
