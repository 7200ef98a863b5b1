import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { klientAdresse, parseHops, saetKlientAdresse } from "../../scripts/lib/client-address.mjs";

describe("the client address the portal trusts", () => {
  it("with no proxy in front is the socket address, whatever X-Forwarded-For says", () => {
    expect(klientAdresse("198.51.100.7", "203.0.113.9", 0)).toBe("198.51.100.7");
    expect(klientAdresse("198.51.100.7", "203.0.113.9, 10.0.0.1", 0)).toBe("198.51.100.7");
    expect(klientAdresse("::ffff:127.0.0.1", undefined, 0)).toBe("127.0.0.1");
  });

  it("behind N proxies is the entry N places from the right; what the client wrote further left is ignored", () => {
    // The client forged 1.2.3.4; our load balancer appended the real 198.51.100.7 and connected from 10.0.0.2.
    expect(klientAdresse("10.0.0.2", "1.2.3.4, 198.51.100.7", 1)).toBe("198.51.100.7");
    expect(klientAdresse("10.0.0.3", "1.2.3.4, 198.51.100.7, 10.0.0.2", 2)).toBe("198.51.100.7");
    // Fewer entries than hops: the request did not pass every proxy, so the furthest known one is used.
    expect(klientAdresse("10.0.0.2", undefined, 1)).toBe("10.0.0.2");
    // A proxy that wrote garbage does not become a rate-limit key.
    expect(klientAdresse("10.0.0.2", "ikke-en-adresse", 1)).toBe("10.0.0.2");
  });

  it("TRUSTED_PROXY_HOPS must be a whole number from 0 to 10", () => {
    expect(parseHops(undefined)).toEqual({ ok: true, hops: 0 });
    expect(parseHops("2")).toEqual({ ok: true, hops: 2 });
    for (const bad of ["-1", "1.5", "elleve", "11"]) expect(parseHops(bad)).toMatchObject({ ok: false, fejl: expect.stringContaining("TRUSTED_PROXY_HOPS") });
  });
});

describe("the portal server's rewrite of forwarded headers (scripts/server.mjs)", () => {
  let server: Server | undefined;
  afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

  async function seen(hops: number, headers: Record<string, string>) {
    server = createServer((req, res) => {
      saetKlientAdresse(req, hops);
      res.end(JSON.stringify(req.headers));
    });
    await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    return (await (await fetch(`http://127.0.0.1:${port}/`, { headers })).json()) as Record<string, string>;
  }

  it("a client cannot choose its own address or host by sending forwarding headers", async () => {
    const h = await seen(0, { "x-forwarded-for": "203.0.113.9", "x-real-ip": "203.0.113.9", "x-forwarded-host": "angriber.example" });
    expect(h["x-forwarded-for"]).toBe("127.0.0.1");
    expect(h["x-real-ip"]).toBeUndefined();
    expect(h["x-forwarded-host"]).toBeUndefined();
  });

  it("behind one trusted proxy, the address that proxy appended is used", async () => {
    const h = await seen(1, { "x-forwarded-for": "203.0.113.9, 198.51.100.7" });
    expect(h["x-forwarded-for"]).toBe("198.51.100.7");
  });
});
