import "../support/test-env";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hentEnhed, hentSagsbehandler } from "@/lib/fagsystemer/organisation/client";
import { enheder, sagsbehandlere } from "@/mocks/handlers/organisation/fixtures";
import { server } from "@/mocks/node";

beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterAll(() => server.close());

describe("Organisation client against the Organisation handlers", () => {
  it("names a caseworker as contact person with unit, phone and e-mail", async () => {
    expect(await hentSagsbehandler(sagsbehandlere.lise.uuid)).toEqual({
      ok: true,
      data: { navn: "Lise Andersen", enhed: "Visitation og Hjælpemidler", telefon: "44 44 42 11", email: "lise.andersen@korsbaek.dk" },
    });
  });

  it("gives a unit's contact details", async () => {
    const result = await hentEnhed(enheder.jobcenter.uuid);
    expect(result.ok && result.data).toMatchObject({ navn: "Jobcenter Korsbæk", telefon: "44 44 43 00" });
  });

  it("answers null for unknown or malformed ids", async () => {
    expect(await hentSagsbehandler("5a0e0f3c-1d2b-4c3a-9e8f-0000000000ff")).toEqual({ ok: true, data: null });
    expect(await hentEnhed("ikke-et-id")).toEqual({ ok: true, data: null });
  });
});
