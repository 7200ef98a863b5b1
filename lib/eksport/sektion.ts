import type { z } from "zod";
import type { Action } from "@/lib/access/actions";
import type { DataContext } from "@/lib/data/context";

/**
 * One part of "a copy of all my data" (GDPR art. 15(3)), from one feature. The export is a list of
 * sections from separate providers: each reads its own data through laes(), a page at a time at
 * the source, and says how to show one element in the printable copy. A new feature (corrections,
 * fetch consents) adds its section to the list in sektioner.ts, and the JSON Schema grows with it.
 */
export type Side<T> = { ok: true; elementer: T[] } | { ok: false; fejl: string };

export type Sektion<T = unknown> = {
  /** The key in the JSON file, e.g. "sager". */
  noegle: string;
  titel: string;
  beskrivelse: string;
  /**
   * The action the section's reads are authorised under. The data sections use handle:eksport (a
   * holder the giver let export gets them, and every read is logged for the giver); the person's
   * own log, letters, fuldmagter and samtykker use their self-only actions, so they are left out
   * of a holder's copy.
   */
  handling: Action;
  element: z.ZodType<T>;
  sider: (ctx: DataContext) => AsyncIterable<Side<T>>;
  /** One element as HTML for the printable copy (escaped by the caller's helpers). */
  html: (e: T) => string;
};

/** Text for HTML: the printable copy is written as a string stream, so escaping is explicit. */
export function esc(v: unknown): string {
  return String(v ?? "").replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A definition list of label → value pairs, leaving out empty values. */
export function dl(par: [string, unknown][]): string {
  const rows = par.filter(([, v]) => v !== null && v !== undefined && v !== "");
  return `<dl>${rows.map(([k, v]) => `<dt>${esc(k)}</dt><dd>${esc(v)}</dd>`).join("")}</dl>`;
}
