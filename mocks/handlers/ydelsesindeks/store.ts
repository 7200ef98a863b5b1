import type { BevillingWire, EffektueringWire } from "@/lib/fagsystemer/ydelsesindeks/wire";
import { createStore } from "../../store";
import { seedYdelsesindeks } from "./fixtures";

// Code-unit order is right for ISO dates and uuids, and far cheaper than localeCompare.
const stigende = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Active first, then the newest; uuid breaks ties so pages are stable. */
function bevillingOrden(a: BevillingWire, b: BevillingWire): number {
  return (
    Number(b.status === "Aktiv") - Number(a.status === "Aktiv") ||
    stigende(b.startdato, a.startdato) ||
    stigende(a.uuid, b.uuid)
  );
}

/** Newest dispositionsdato first; uuid breaks ties so pages are stable. */
function effektueringOrden(a: EffektueringWire, b: EffektueringWire): number {
  return stigende(b.dispositionsdato, a.dispositionsdato) || stigende(a.uuid, b.uuid);
}

/**
 * Held in the order the searches answer in, so the handlers only filter: sorting the
 * Storforbruger's 20,000 effektueringer on every page request would cost ~50 ms each time.
 */
export const ydelsesindeksStore = createStore("ydelsesindeks", () => {
  const { bevillinger, effektueringer } = seedYdelsesindeks();
  return {
    bevillinger: bevillinger.sort((a, b) => bevillingOrden(a.bevilling, b.bevilling)),
    effektueringer: effektueringer.sort((a, b) => effektueringOrden(a.effektuering, b.effektuering)),
  };
});
