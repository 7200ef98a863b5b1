import { setupServer } from "msw/node";
import { handlers } from "./handlers";

/** The fagsystem handlers in-process, for Vitest. */
export const server = setupServer(...handlers);
