import type { z } from "zod";
import type { Action } from "@/lib/access/actions";
import type { DataContext } from "@/lib/data/access";

/**
 * One kind of action a staff member can prepare for a citizen. The kind owns its payload (a zod
 * schema), how it is checked while the staff member prepares it, how the citizen sees it before
 * confirming, and what confirming does. Nothing about a kind lives outside its own file.
 */
export type Art<P> = {
  /** Stored in `forberedte_handlinger.art`. */
  art: string;
  /** What the citizen must be allowed to do to confirm it (checked with the policy at confirmation). */
  handling: Action;
  payload: z.ZodType<P>;
  /** While the staff member prepares it: the form's input checked and turned into the stored payload, or field errors. */
  forbered(ctx: DataContext, input: unknown): Promise<{ ok: true; payload: P } | { ok: false; fejl: Record<string, string> }>;
  /** What the citizen reads before confirming: a heading and the facts. */
  beskriv(payload: P): { titel: string; fakta: { navn: string; vaerdi: string }[]; efter: string };
  /** The citizen confirmed: do it, as the citizen, once (the key makes a repeat harmless). */
  udfoer(ctx: DataContext, payload: P, noegle: string): Promise<{ ok: true; resultat: string; link: string } | { ok: false; fejl: string }>;
};
