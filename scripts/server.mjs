import { createServer } from "node:http";
import { parseHops, saetKlientAdresse } from "./lib/client-address.mjs";

/**
 * The portal's HTTP server: Next.js behind a few lines that settle who the client is. `next start`
 * cannot do this (see scripts/lib/client-address.mjs), so `npm start`, the browser tests and the
 * benchmark all run the portal through here.
 */
const dev = process.argv.includes("--dev");
process.env.NODE_ENV = dev ? "development" : "production";
const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOST ?? "localhost";
const parsed = parseHops(process.env.TRUSTED_PROXY_HOPS);
if (!parsed.ok) {
  console.error(`[portal] ${parsed.fejl}`);
  process.exit(1);
}

const { default: next } = await import("next");
const app = next({ dev, hostname, port });
const handle = app.getRequestHandler();
await app.prepare();

const server = createServer((req, res) => {
  saetKlientAdresse(req, parsed.hops);
  handle(req, res);
});
if (dev) server.on("upgrade", app.getUpgradeHandler());
server.listen(port, hostname, () => {
  console.log(`[portal] kører på http://${hostname}:${port} (${parsed.hops} betroede proxyled foran)`);
});

// Like `next start`: stop at once; the portal keeps no state in memory that could be lost.
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => process.exit(0));
