import "server-only";
import http from "node:http";
import https from "node:https";
import { AsyncResource } from "node:async_hooks";

/**
 * One HTTP exchange with a fagsystem over Node's own client and kept-alive connections. The
 * global fetch costs several times the CPU per call (WHATWG streams, and Next's wrapper for its
 * data cache, which these calls never use), and a page makes up to eight such calls.
 */
export type Svar = { status: number; tekst: string };

// An idle connection is closed by us after 4 s (as fetch did), before a server's own keep-alive
// timeout closes it under a request being written; writes are not retried.
const agenter = { "http:": new http.Agent({ keepAlive: true, timeout: 4_000 }), "https:": new https.Agent({ keepAlive: true, timeout: 4_000 }) };

/**
 * Requests are made in the async context this module was loaded in, not the page's. A kept-alive
 * socket lives on after the request that opened it, and what it or its idle timer is created
 * under stays reachable as long as it does: in the page's context that was the whole rendered
 * request (Next keeps it in AsyncLocalStorage), and under load the portal's heap grew by about
 * 50 kB per page without end. The caller's `await` still resumes in its own context.
 */
const utenforSiden = new AsyncResource("fagsystem-kald");

/** No fagsystem answer the portal reads is near this; a larger one is a broken system, not data. */
export const MAKS_SVAR_BYTES = 5 * 1024 * 1024;

/** Each fagsystem's base address, parsed once (a handful, from the environment). */
const adresser = new Map<string, URL>();
function adresse(base: string): URL {
  let url = adresser.get(base);
  if (!url) adresser.set(base, (url = new URL(base.endsWith("/") ? base : `${base}/`)));
  return url;
}

/** `sti` is relative to the system's base address, e.g. "sager?side=2". */
export class ForStortSvar extends Error {
  constructor() {
    super(`the answer is larger than ${MAKS_SVAR_BYTES} bytes`);
  }
}

export function udveksl(base: string, sti: string, init: { method: string; headers: Record<string, string>; body?: string; signal: AbortSignal }): Promise<Svar> {
  const url = adresse(base);
  const klient = url.protocol === "https:" ? https : http;
  return new Promise((resolve, reject) => utenforSiden.runInAsyncScope(() => {
    const request = klient.request(
      {
        protocol: url.protocol,
        // An IPv6 address comes in brackets in a URL, and without them to the socket.
        hostname: url.hostname.replace(/^\[(.*)\]$/, "$1"),
        port: url.port,
        path: `${url.pathname}${sti}`,
        method: init.method,
        headers: init.headers,
        agent: agenter[url.protocol as keyof typeof agenter],
        signal: init.signal,
      },
      (response) => {
        const dele: Buffer[] = [];
        let bytes = 0;
        response.on("data", (del: Buffer) => {
          bytes += del.length;
          if (bytes > MAKS_SVAR_BYTES) request.destroy(new ForStortSvar());
          else dele.push(del);
        });
        response.on("end", () => resolve({ status: response.statusCode ?? 0, tekst: Buffer.concat(dele).toString("utf8") }));
        response.on("error", reject);
      },
    );
    request.on("error", reject);
    request.end(init.body);
  }));
}
