import { randomInt } from "node:crypto";

/** Letters and digits that cannot be mistaken for each other when read aloud or off a screen. */
const TEGN = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

export function nyKode(): string {
  let kode = "";
  for (let i = 0; i < 6; i++) kode += TEGN[randomInt(TEGN.length)];
  return kode;
}

/** "ABC DEF" – easier to read from across a room. */
export function visKode(kode: string): string {
  return `${kode.slice(0, 3)} ${kode.slice(3)}`;
}
