import { runStack } from "./lib/stack.mjs";

/** The stack Playwright starts: own ports, fresh database. */
await runStack("e2e");
