import { createStore } from "../../store";
import { seedKlasser } from "./fixtures";

export const klassifikationStore = createStore(
  "klassifikation",
  () => new Map(seedKlasser().map((k) => [k.brugervendtNoegle, k])),
);
