/**
 * A form as a browser without JavaScript sees it: React's hidden server-action fields, the one-time
 * `noegle`, and every field's starting value (inputs, checked boxes, textareas). The caller sets
 * what a person types, then posts it as multipart to the page's own address.
 */
export type Felter = [string, string][];

const ENTITIES: Record<string, string> = { amp: "&", quot: '"', lt: "<", gt: ">", apos: "'", nbsp: "\u00a0" };

export function decode(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, e: string) => {
    if (e[0] === "#") return String.fromCodePoint(e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : Number(e.slice(1)));
    return ENTITIES[e.toLowerCase()] ?? all;
  });
}

const attributter = (tag: string) => Object.fromEntries([...tag.matchAll(/\s([\w:$-]+)(?:="([^"]*)")?/g)].map((m) => [m[1]!, decode(m[2] ?? "")]));

/** The first form on the page with a field named `kendetegn`; null when there is none. */
export function formular(html: string, kendetegn: string): Felter | null {
  const form = (html.match(/<form\b[\s\S]*?<\/form>/g) ?? []).find((f) => f.includes(`name="${kendetegn}"`));
  if (!form) return null;
  const felter: Felter = [];
  for (const [tag] of form.matchAll(/<input\b[^>]*>/g)) {
    const a = attributter(tag);
    if (!a.name || a.type === "file" || a.type === "submit") continue;
    if ((a.type === "checkbox" || a.type === "radio") && !("checked" in a)) continue;
    felter.push([a.name, a.value ?? ""]);
  }
  for (const [, attrs, indhold] of form.matchAll(/<textarea\b([^>]*)>([\s\S]*?)<\/textarea>/g)) {
    const navn = attributter(attrs!).name;
    if (navn) felter.push([navn, decode(indhold!).replace(/^\n/, "")]);
  }
  return felter.some(([navn]) => navn.startsWith("$ACTION")) ? felter : null;
}

/** Sets a field (replacing every value it had), or adds it. */
export function saet(felter: Felter, navn: string, ...vaerdier: string[]): Felter {
  return [...felter.filter(([n]) => n !== navn), ...vaerdier.map((v): [string, string] => [navn, v])];
}

export function formData(felter: Felter): FormData {
  const data = new FormData();
  for (const [navn, vaerdi] of felter) data.append(navn, vaerdi);
  return data;
}

/** Distinct matches of a link pattern on a page, in page order (first capture group). */
export function links(html: string, moenster: RegExp): string[] {
  return [...new Set([...html.matchAll(moenster)].map((m) => decode(m[1]!)))];
}

/** The error box's text (the DKFDS error summary or alert), tags stripped, for a report line; "" when there is none. */
export function fejlboks(html: string): string {
  const boks = /<div class="alert alert-error[^"]*"[^>]*>([\s\S]*?)<\/div>\s*<\/div>/.exec(html)?.[1];
  return boks ? decode(boks.replace(/<[^>]+>/g, " ")).replace(/\s+/g, " ").trim().slice(0, 300) : "";
}
