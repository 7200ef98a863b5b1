import { ensureBuild, ensureDependencies } from "./lib/ensure.mjs";

/** `npm start`: install what is missing, build if the sources changed, then run everything. */
const dev = process.argv.includes("--dev");
ensureDependencies();
if (!dev && ensureBuild() !== 0) {
  console.error("Bygget fejlede – se fejlen ovenfor.");
  process.exit(1);
}
const { runStack } = await import("./lib/stack.mjs");
await runStack(dev ? "dev" : "start");
