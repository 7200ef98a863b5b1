import "server-only";
import type { Art } from "./art";
import { fuldmagtAnmodning } from "./fuldmagt";
import { rettelseAnmodning } from "./rettelse";

/** The kinds a staff member can prepare: a fuldmagt (given or asked for) and a correction request. */
export const ARTER: readonly Art<unknown>[] = [fuldmagtAnmodning, rettelseAnmodning] as readonly Art<unknown>[];

export function findArt(art: string): Art<unknown> | null {
  return ARTER.find((a) => a.art === art) ?? null;
}
