import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: [
      { find: /^@\/(.*)$/, replacement: path.join(import.meta.dirname, "$1") },
      // Vitest runs outside React's server graph; the guard itself is enforced by the build and ESLint.
      { find: "server-only", replacement: path.join(import.meta.dirname, "tests/support/empty.ts") },
    ],
  },
  test: {
    environment: "node",
    include: ["tests/unit/**/*.test.ts", "tests/integration/**/*.test.ts"],
    testTimeout: 20_000,
    // Opening and migrating a PGlite database takes seconds, and far longer when several test files
    // (and other work on the machine) share two cores.
    hookTimeout: 120_000,
  },
});
