import path from "node:path";

/** @type {import('next').NextConfig} */
const nextConfig = {
  // A second build folder lets a parallel test run build without touching .next.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  reactStrictMode: true,
  poweredByHeader: false,
  // PGlite ships WASM + data files that must be loaded from node_modules at run time, not bundled.
  serverExternalPackages: ["@electric-sql/pglite", "pg"],
  // Headers every response gets, static files included; the CSP with its nonce is set in proxy.ts.
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" },
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "same-origin" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()" },
        ],
      },
    ];
  },
  // proxy.ts refuses larger bodies with a Danish 413 (MAKS_BODY_BYTES); actions accept the same.
  // Attachments are at most 5 MB each (lib/rettelser/graenser.ts); the body may carry one with room to spare.
  experimental: { serverActions: { bodySizeLimit: "10mb" } },
  sassOptions: {
    loadPaths: [path.join(import.meta.dirname, "node_modules/dkfds/src/stylesheets")],
    silenceDeprecations: ["import", "global-builtin", "color-functions", "if-function"],
    quietDeps: true,
  },
};

export default nextConfig;
