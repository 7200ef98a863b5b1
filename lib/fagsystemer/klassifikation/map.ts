import type { Emne } from "@/lib/domain/emne";
import type { KlasseWire } from "./wire";

export function toEmne(k: KlasseWire): Emne {
  return { kle: k.brugervendtNoegle, titel: k.titel, forklaring: k.beskrivelse };
}
