import type { CprPersonWire } from "@/lib/fagsystemer/cpr/wire";
import { seedPersoner } from "./fixtures/cpr";
import { seedSager, type SeededSag } from "./fixtures/sdi";

/** The fagsystemer's data, in memory, rebuilt from the deterministic seed on reset. */
type State = {
  personer: Map<string, CprPersonWire>;
  sager: SeededSag[];
};

function seed(): State {
  return {
    personer: new Map(seedPersoner().map((p) => [p.cprNummer, p])),
    sager: seedSager(),
  };
}

let current = seed();

export function state(): State {
  return current;
}

export function resetState(): void {
  current = seed();
}
