import { createStore } from "../../store";
import { seedPersoner } from "./fixtures";

export const cprStore = createStore("cpr", () => new Map(seedPersoner().map((p) => [p.cprNummer, p])));
