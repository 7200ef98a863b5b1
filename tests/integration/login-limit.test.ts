import { describe, expect, it, vi } from "vitest";
import { medGraenser } from "@/lib/auth/route";
import { backends, blockDatabase } from "../support/databases";
import { testEnv } from "../support/test-env";

Object.assign(process.env, testEnv, { LOGIN_MAX_PR_MINUT: "3" });

const post = (path: string, adresse: string) =>
  new Request(`http://localhost:3100${path}`, { method: "POST", headers: { "x-forwarded-for": adresse } });

describe.each(backends())("Auth.js's own routes (%s)", (_name, open) => {
  // The routes count attempts through lib/db's handle, which this points at the block's database.
  blockDatabase(open);

  it("count a direct POST to /api/auth/signin against the login limit, per address", async () => {
    const authjs = vi.fn(async () => new Response(null, { status: 302, headers: { location: "http://localhost:4100/auth" } }));
    const route = medGraenser(authjs);
    const svar = [];
    for (let i = 0; i < 4; i++) svar.push(await route(post("/api/auth/signin/mitid", "10.9.9.1")));
    expect(svar.map((r) => r.status)).toEqual([302, 302, 302, 303]);
    expect(svar[3]!.headers.get("location")).toBe("http://localhost:3100/log-ind?error=ForMangeForsoeg");
    expect(authjs).toHaveBeenCalledTimes(3);
    // Another address has its own count; the callback is not a login attempt.
    expect((await route(post("/api/auth/signin/mitid", "10.9.9.2"))).status).toBe(302);
    expect((await route(post("/api/auth/callback/mitid", "10.9.9.1"))).status).toBe(302);
  });

  it("answer an error Auth.js gives in English in Danish, with its status", async () => {
    const route = medGraenser(async () => Response.json("Bad request.", { status: 400 }));
    const svar = await route(new Request("http://localhost:3100/api/auth/foo"));
    expect(svar.status).toBe(400);
    expect((await svar.json()).fejl).toMatch(/^Login-tjenesten kunne ikke forstå forespørgslen/);
  });
});
