import { createStore } from "../../store";
import { seedSdi } from "./fixtures";

export const sdiStore = createStore("sdi", seedSdi);
