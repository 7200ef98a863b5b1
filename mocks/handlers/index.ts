import { adminHandlers } from "./admin";
import { cprHandlers } from "./cpr";
import { sdiHandlers } from "./sdi";

export const handlers = [...adminHandlers, ...cprHandlers, ...sdiHandlers];
