import { createServer, type IncomingMessage } from "node:http";
import { getResponse, HttpHandler, type RequestHandler } from "msw";
import { faultsSchema, setFault } from "./faults";
import { handlers } from "./handlers";

/**
 * The fagsystem mock server: the same MSW handlers Vitest uses, served over plain HTTP so the
 * portal calls its fagsystemer exactly as it would in production (own origin, real sockets).
 */
const port = Number(process.env.MOCK_PORT ?? 4010);

// MOCK_FAULTS='{"sdi":{"latencyMs":200}}' starts with a fagsystem already slow or broken.
if (process.env.MOCK_FAULTS) {
  let json: unknown;
  try {
    json = JSON.parse(process.env.MOCK_FAULTS);
  } catch {
    json = null;
  }
  const parsed = faultsSchema.safeParse(json);
  if (!parsed.success) {
    console.error(`[fagsystemer] MOCK_FAULTS er ugyldig (invalid): ${parsed.error.issues.map((i) => i.path.join(".")).join(", ")}`);
    process.exit(1);
  }
  for (const [system, fault] of Object.entries(parsed.data)) setFault(system, fault);
}

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

/**
 * The handlers that can answer a request to one system: its own, the admin ones and the fault
 * injection. MSW tries every handler in turn and compiles each one's path pattern as it does, so a
 * call to CPR need not try SDI's (0.69 → 0.58 ms of CPU per call).
 */
const efterSystem = new Map<string, RequestHandler[]>();
function handlersTil(url: string | undefined): RequestHandler[] {
  const system = (url ?? "/").split(/[/?]/)[1] ?? "";
  let liste = efterSystem.get(system);
  if (!liste) {
    const fremmed = (sti: unknown) => typeof sti === "string" && /^\*\/[^/_][^/]*\//.test(sti) && !sti.startsWith(`*/${system}/`);
    efterSystem.set(system, (liste = handlers.filter((h) => !(h instanceof HttpHandler && fremmed(h.info.path)))));
  }
  return liste;
}

const server = createServer(async (req, res) => {
  try {
    const response = await getResponse(handlersTil(req.url), await toRequest(req));
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
