import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { openApiDokument } from "@/lib/openapi";

/**
 * Writes the OpenAPI document the portal serves to test-results/openapi.json and lints it with
 * Spectral (OpenAPI rules + the OWASP API Security ruleset, .spectral.yaml). Any error or warning
 * fails: the document is generated, so a finding is fixed in the zod schemas or lib/openapi.ts.
 */
const ud = path.join("test-results", "openapi.json");
mkdirSync(path.dirname(ud), { recursive: true });
writeFileSync(ud, JSON.stringify(openApiDokument(), null, 2));
const r = spawnSync(process.execPath, ["node_modules/@stoplight/spectral-cli/dist/index.js", "lint", ud, "--ruleset", ".spectral.yaml", "--fail-severity", "warn"], { stdio: "inherit" });
process.exit(r.status ?? 1);
