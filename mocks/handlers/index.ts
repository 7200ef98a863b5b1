import { adminHandlers } from "./admin";
import { cprHandlers } from "./cpr";
import { sdiHandlers } from "./sdi";

/** Admin first: its fault injection must see every request before the systems answer. */
export const handlers = [...adminHandlers, ...cprHandlers, ...sdiHandlers];
