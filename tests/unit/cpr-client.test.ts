import "../support/test-env";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { hentPerson, retAdresse } from "@/lib/fagsystemer/cpr/client";
import { server } from "@/mocks/node";
import { citizens } from "@/mocks/personas";

beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(() => fetch("http://fagsystemer.test/__admin/reset", { method: "POST" }));
afterAll(() => server.close());

describe("CPR client against the CPR handlers", () => {
  it("maps Karen's record: name, masked CPR, formatted DAR address", async () => {
    const result = await hentPerson(citizens.karen.cpr, false);
    expect(result).toEqual({
      ok: true,
      data: {
        navn: "Karen Jensen",
        foedselsdato: "1944-03-12",
        maskeretCpr: "120344-••••",
        adresse: "Algade 12, 4999 Korsbæk",
        adressebeskyttet: false,
        doed: false,
        civilstand: "Gift",
        aegtefaelle: "Ole Jensen",
      },
    });
  });

  it("formats etage and dør the Danish way", async () => {
    const result = await hentPerson(citizens.amir.cpr, false);
    expect(result.ok && result.data.adresse).toBe("Stationsvej 7B, 2. th, 4999 Korsbæk");
  });

  it("shows Bent his own protected address, and withholds it from anyone else", async () => {
    const self = await hentPerson(citizens.bent.cpr, false);
    const other = await hentPerson(citizens.bent.cpr, true);
    expect(self.ok && self.data.adresse).toBe("Skovbrynet 4, 4999 Korsbæk");
    expect(other.ok && other.data).toMatchObject({ adresse: null, adressebeskyttet: true });
  });

  it("derives birth dates in the 2000s from the century digit", async () => {
    const result = await hentPerson(citizens.sofie.cpr, false);
    expect(result.ok && result.data.foedselsdato).toBe("2000-03-22");
  });

  it("corrects Amir's wrongly registered address, keeping the old one marked wrong", async () => {
    const korrekt = { vejnavn: "Stationsvej", husnr: "7B", etage: "2", doer: "tv", postnr: "4999", postdistrikt: "Korsbæk", kommunekode: "0999" };
    const result = await retAdresse(citizens.amir.cpr, korrekt, "Borgeren bor på 2. tv ifølge lejekontrakten");
    expect(result.ok && result.data.adresse).toBe("Stationsvej 7B, 2. tv, 4999 Korsbæk");
    const again = await hentPerson(citizens.amir.cpr, false);
    expect(again.ok && again.data.adresse).toBe("Stationsvej 7B, 2. tv, 4999 Korsbæk");
  });
});
