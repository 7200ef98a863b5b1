import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

export const root = path.resolve(import.meta.dirname, "../..");

export function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit", ...options });
  return result.status ?? 1;
}

/** Installs dependencies when node_modules is missing or older than the lock file. */
export function ensureDependencies() {
  const marker = path.join(root, "node_modules/.package-lock.json");
  const lock = path.join(root, "package-lock.json");
  if (existsSync(marker) && statSync(marker).mtimeMs >= statSync(lock).mtimeMs) return;
  console.log("Installerer afhængigheder (npm ci) …");
  if (run("npm", ["ci", "--no-audit", "--no-fund"]) !== 0) {
    console.error("npm ci fejlede. Kør det selv for at se hvorfor.");
    process.exit(1);
  }
}

/** Every source that goes into `next build`: a change to any of them means the build is stale. */
export const buildInputs = ["app", "lib", "public", "instrumentation.ts", "proxy.ts", "next.config.mjs", "postcss.config.mjs", "tsconfig.json", "package-lock.json"];

export function fingerprint() {
  const hash = createHash("sha256");
  const visit = (p) => {
    if (!existsSync(p)) return;
    const s = statSync(p);
    if (s.isDirectory()) {
      for (const name of readdirSync(p).sort()) visit(path.join(p, name));
    } else {
      hash.update(`${path.relative(root, p)}:${s.size}:${s.mtimeMs}\n`);
    }
  };
  for (const input of buildInputs) visit(path.join(root, input));
  return hash.digest("hex");
}

/** Builds the portal unless the last build is of exactly these sources. */
export function ensureBuild() {
  const dist = path.join(root, process.env.NEXT_DIST_DIR ?? ".next");
  const stamp = path.join(dist, "mine-data-build-stamp");
  const current = fingerprint();
  if (existsSync(path.join(dist, "BUILD_ID")) && existsSync(stamp) && readFileSync(stamp, "utf8") === current) {
    console.log("Bygget er aktuelt – springer next build over.");
    return 0;
  }
  console.log("Bygger portalen (next build) …");
  const status = run(process.execPath, ["node_modules/next/dist/bin/next", "build"], {
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (status === 0) writeFileSync(stamp, current);
  return status;
}
