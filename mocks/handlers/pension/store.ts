import { createStore } from "../../store";
import { seedOrdninger } from "./fixtures";

export const pensionStore = createStore("pension", () => ({ ordninger: seedOrdninger() }));
