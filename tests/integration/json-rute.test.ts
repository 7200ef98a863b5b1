import "../support/test-env";
import { redirect } from "next/navigation";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { openDatabase } from "@/lib/db/client";
import { countAttempt } from "@/lib/data/rate-limit";
import { jsonRute } from "@/lib/data/json-rute";
import { useDatabase } from "../support/contexts";

/** A route that counts the call against its rate limit, as every /api/v1 route does, then fails or answers. */
const rute = jsonRute(async (hvad: "svar" | "fejl" | "omdiriger") => {
  await countAttempt(db(), "api-borger:test", 240, 60);
  if (hvad === "fejl") throw new Error("select … where cpr = '0101701234'");
  if (hvad === "omdiriger") redirect("/sager");
  return Response.json({ ok: true });
});

async function laes(r: Response) {
  return { status: r.status, retryAfter: r.headers.get("retry-after"), type: r.headers.get("content-type"), tekst: await r.text() };
}

describe("a JSON route whose handler throws", () => {
  it("answers a Danish JSON 500 without the error's text when the database still answers, and lets Next's redirect through", async () => {
    const database = openDatabase({ pgliteDir: "memory://" });
    await database.migrate();
    useDatabase(database);
    try {
      expect(await laes(await rute("svar"))).toMatchObject({ status: 200 });
      const svar = await laes(await rute("fejl"));
      expect(svar).toMatchObject({ status: 500, type: "application/json", retryAfter: null });
      expect(JSON.parse(svar.tekst)).toEqual({ fejl: "Der skete en fejl hos Mine Data. Prøv igen om lidt." });
      await expect(rute("omdiriger")).rejects.toMatchObject({ digest: expect.stringContaining("NEXT_REDIRECT") });
    } finally {
      await database.close();
    }
  });

  it("answers the proxy's Danish 503 with Retry-After when the database went away under it", async () => {
    const database = openDatabase({ pgliteDir: "memory://" });
    await database.migrate();
    useDatabase(database);
    await database.close();
    const svar = await laes(await rute("svar"));
    expect(svar).toMatchObject({ status: 503, type: "application/json", retryAfter: "30" });
    expect(JSON.parse(svar.tekst)).toEqual({ fejl: "Mine Data kan ikke vises lige nu" });
  });
});
