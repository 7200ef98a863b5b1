import { createStore } from "../../store";
import { seedSager } from "./fixtures";

export const sdiStore = createStore("sdi", () => ({ sager: seedSager() }));
