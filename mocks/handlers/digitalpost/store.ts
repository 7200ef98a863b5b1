import { createStore } from "../../store";
import { seedBreve } from "./fixtures";

export const digitalpostStore = createStore("digitalpost", () => ({ breve: seedBreve() }));
