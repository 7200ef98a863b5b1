import { AsyncLocalStorage } from "node:async_hooks";
import diagnostics from "node:diagnostics_channel";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, expect, it } from "vitest";
import { udveksl } from "@/lib/fagsystemer/transport";

// Next keeps each page's request in AsyncLocalStorage. A kept-alive socket opened under it kept the
// whole rendered page reachable for as long as the socket lived: the portal's heap grew without end.
const side = new AsyncLocalStorage<string>();
let server: Server;
let base: string;

beforeAll(async () => {
  server = createServer((_req, res) => res.end('{"ok":true}'));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

it("makes a fagsystem call outside the page's async context, and the page's await still resumes in it", async () => {
  const setUnder: (string | undefined)[] = [];
  const lyt = () => setUnder.push(side.getStore());
  diagnostics.subscribe("http.client.request.start", lyt);
  try {
    const efter = await side.run("Karens forside", async () => {
      const svar = await udveksl(base, "sti", { method: "GET", headers: {}, signal: new AbortController().signal });
      return { svar, store: side.getStore() };
    });
    expect(efter).toEqual({ svar: { status: 200, tekst: '{"ok":true}' }, store: "Karens forside" });
    expect(setUnder).toEqual([undefined]);
  } finally {
    diagnostics.unsubscribe("http.client.request.start", lyt);
  }
});
