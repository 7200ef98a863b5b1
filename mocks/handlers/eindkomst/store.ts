import { createStore } from "../../store";
import { seedIndkomst } from "./fixtures";

export const eindkomstStore = createStore("eindkomst", () => ({ indkomster: seedIndkomst() }));
