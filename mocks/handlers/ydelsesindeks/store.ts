import { createStore } from "../../store";
import { seedYdelsesindeks, type EffektueringUdenStatus } from "./fixtures";

// Code-unit order is right for ISO dates and uuids, and far cheaper than localeCompare.
const stigende = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Newest dispositionsdato first; uuid breaks ties so pages are stable. */
function effektueringOrden(a: EffektueringUdenStatus, b: EffektueringUdenStatus): number {
  return stigende(b.dispositionsdato, a.dispositionsdato) || stigende(a.uuid, b.uuid);
}

/**
 * Payments are held in the order searches answer in, so the handlers only filter: sorting the
 * Storforbruger's 20,000 effektueringer on every page request would cost ~50 ms each time.
 * Bevillinger are few per person and sorted when asked (their order depends on today).
 */
export const ydelsesindeksStore = createStore("ydelsesindeks", () => {
  const { bevillinger, effektueringer } = seedYdelsesindeks();
  return { bevillinger, effektueringer: effektueringer.sort((a, b) => effektueringOrden(a.effektuering, b.effektuering)) };
});
