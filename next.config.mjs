import path from "node:path";

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // PGlite ships WASM + data files that must be loaded from node_modules at run time, not bundled.
  serverExternalPackages: ["@electric-sql/pglite", "pg"],
  sassOptions: {
    loadPaths: [path.join(import.meta.dirname, "node_modules/dkfds/src/stylesheets")],
    silenceDeprecations: ["import", "global-builtin", "color-functions", "if-function"],
    quietDeps: true,
  },
};

export default nextConfig;
