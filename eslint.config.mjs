import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";
import { mineDataPlugin } from "./scripts/eslint-rules.mjs";

const mocksForbidden = {
  patterns: [
    {
      group: ["@/mocks", "@/mocks/*", "**/mocks/*", "**/mocks", "msw", "msw/*"],
      message: "The portal must not depend on the mocked fagsystemer: call lib/fagsystemer instead.",
    },
  ],
};

/** Pages, routes and actions reach the database only through lib/data (context, policy, log). */
const databaseForbidden = {
  group: ["@/lib/db", "@/lib/db/*", "**/lib/db", "**/lib/db/*"],
  message: "app/ must not read the database directly: call a function in lib/data instead.",
};

const config = [
  { ignores: [".next/**", ".next-*/**", "node_modules/**", "data/**", "test-results/**", "playwright-report/**", "next-env.d.ts"] },
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    plugins: { "mine-data": mineDataPlugin },
    rules: { "mine-data/no-server-only-in-client": "error" },
  },
  {
    files: ["app/**", "lib/**", "instrumentation.ts", "proxy.ts"],
    rules: { "no-restricted-imports": ["error", mocksForbidden] },
  },
  {
    files: ["app/**"],
    rules: { "no-restricted-imports": ["error", { patterns: [...mocksForbidden.patterns, databaseForbidden] }] },
  },
];

export default config;
