import "server-only";
import { env, EnvError } from "./env";

/**
 * Runs once when the portal starts: a wrong configuration stops it here with a message naming
 * the variable, instead of failing later on a citizen's request.
 */
try {
  env();
} catch (error) {
  if (!(error instanceof EnvError)) throw error;
  console.error(error.message);
  process.exit(1);
}
