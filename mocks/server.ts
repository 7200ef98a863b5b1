import { createServer, type IncomingMessage } from "node:http";
import { getResponse } from "msw";
import { handlers } from "./handlers";

/**
 * The fagsystem mock server: the same MSW handlers Vitest uses, served over plain HTTP so the
 * portal calls its fagsystemer exactly as it would in production (own origin, real sockets).
 */
const port = Number(process.env.MOCK_PORT ?? 4010);

async function toRequest(req: IncomingMessage): Promise<Request> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const body = chunks.length ? Buffer.concat(chunks) : undefined;
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (typeof value === "string") headers.set(name, value);
  }
  return new Request(`http://localhost:${port}${req.url ?? "/"}`, {
    method: req.method,
    headers,
    body: req.method === "GET" || req.method === "HEAD" ? undefined : body,
  });
}

const server = createServer(async (req, res) => {
  try {
    const response = await getResponse(handlers, await toRequest(req));
    if (!response) {
      res.writeHead(404, { "content-type": "application/json" }).end('{"fejl":"Ukendt adresse"}');
      return;
    }
    res.writeHead(response.status, Object.fromEntries(response.headers));
    res.end(Buffer.from(await response.arrayBuffer()));
  } catch (error) {
    console.error("[fagsystemer] fejl:", error instanceof Error ? error.message : error);
    if (!res.headersSent) res.writeHead(500, { "content-type": "application/json" });
    res.end('{"fejl":"Intern fejl"}');
  }
});

server.listen(port, "localhost", () => {
  console.log(`[fagsystemer] mock-server kører på http://localhost:${port}`);
});

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => server.close(() => process.exit(0)));
}
