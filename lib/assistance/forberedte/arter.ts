import "server-only";
import type { Art } from "./art";
import { fuldmagtAnmodning } from "./fuldmagt";

/**
 * The kinds a staff member can prepare. A correction request (lib/rettelser, built on another
 * branch) joins this list as its own file when it lands on main.
 */
export const ARTER: readonly Art<unknown>[] = [fuldmagtAnmodning];

export function findArt(art: string): Art<unknown> | null {
  return ARTER.find((a) => a.art === art) ?? null;
}
