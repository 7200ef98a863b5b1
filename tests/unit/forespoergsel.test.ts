import { describe, expect, it } from "vitest";
import { afvisningsSvar, MAKS_BODY_BYTES, tjekHoved, tjekIndhold } from "@/lib/sikkerhed/forespoergsel";

const PORTAL = "http://localhost:3100";
const ACTION = "7f".padEnd(42, "0");

function req(method: string, path: string, headers: Record<string, string> = {}, body?: BodyInit) {
  return new Request(`${PORTAL}${path}`, { method, headers, body, ...(body ? { duplex: "half" } : {}) } as RequestInit);
}

describe("what the edge refuses before any page, route or action runs", () => {
  it("refuses a state change whose Origin is missing, 'null', malformed or foreign – server actions included", () => {
    for (const origin of [undefined, "null", "http://[", "https://angriber.example", `${PORTAL}.angriber.example`]) {
      const headers: Record<string, string> = { "next-action": ACTION, ...(origin ? { origin } : {}) };
      expect(tjekHoved(req("POST", "/deltag", headers), PORTAL), String(origin)).toMatchObject({ status: 403 });
    }
    expect(tjekHoved(req("POST", "/deltag", { origin: PORTAL, "next-action": ACTION, "content-length": "10" }), PORTAL)).toBeNull();
    expect(tjekHoved(req("GET", "/sager"), PORTAL)).toBeNull();
  });

  it("refuses a malformed Next-Action id with a Danish 400", () => {
    for (const id of ["abc", "../../x", ACTION.toUpperCase(), `${ACTION}0`]) {
      expect(tjekHoved(req("POST", "/deltag", { origin: PORTAL, "next-action": id }), PORTAL)).toMatchObject({ status: 400, overskrift: "Handlingen findes ikke" });
    }
  });

  it("refuses an oversized body (413) and a body of unknown size (411)", () => {
    const big = { origin: PORTAL, "content-length": String(MAKS_BODY_BYTES + 1) };
    expect(tjekHoved(req("POST", "/deltag", big), PORTAL)).toMatchObject({ status: 413 });
    expect(tjekHoved(req("POST", "/deltag", { origin: PORTAL, "transfer-encoding": "chunked" }), PORTAL)).toMatchObject({ status: 411 });
  });

  it("refuses a NUL byte in the path or the query, and a path that is not UTF-8", () => {
    expect(tjekHoved(req("GET", "/sager?q=a%00b"), PORTAL)).toMatchObject({ status: 400, overskrift: "Teksten kan ikke bruges" });
    expect(tjekHoved(req("GET", "/sager/a%00"), PORTAL)).toMatchObject({ status: 400 });
    expect(tjekHoved(req("GET", "/sager/%FF"), PORTAL)).toMatchObject({ status: 400, overskrift: "Adressen kan ikke bruges" });
    expect(tjekHoved(req("GET", "/sager/%C3%A6"), PORTAL)).toBeNull();
  });

  it("refuses a NUL byte in a form, a JSON body or a server action's encoded arguments, but not in an attached file", async () => {
    const post = (body: BodyInit, type?: string) => req("POST", "/x", { origin: PORTAL, ...(type ? { "content-type": type } : {}) }, body);
    expect(await tjekIndhold(post("tekst=a%00b", "application/x-www-form-urlencoded"))).toMatchObject({ status: 400 });
    expect(await tjekIndhold(post('["a\\u0000b"]', "text/plain;charset=UTF-8"))).toMatchObject({ status: 400 });
    expect(await tjekIndhold(post(JSON.stringify({ tekst: "a\u0000b" }), "application/json"))).toMatchObject({ status: 400 });
    const form = new FormData();
    form.set("tekst", "a\u0000b");
    expect(await tjekIndhold(post(form))).toMatchObject({ status: 400 });

    const ok = new FormData();
    ok.set("tekst", "Almindelig tekst med æøå");
    ok.set("bilag", new Blob([new Uint8Array([0, 1, 2, 0])]), "scan.pdf");
    expect(await tjekIndhold(post(ok))).toBeNull();
    expect(await tjekIndhold(post("tekst=100%25", "application/x-www-form-urlencoded"))).toBeNull();
  });

  it("answers in Danish: a page for browsers, JSON for the API", () => {
    const a = { status: 403 as const, overskrift: "Forespørgslen kom ikke fra Mine Data", tekst: "Gå til siden <igen>." };
    expect(afvisningsSvar(a, true)).toEqual({ body: '{"fejl":"Forespørgslen kom ikke fra Mine Data"}', type: "application/json" });
    const html = afvisningsSvar(a, false).body;
    expect(html).toContain('<html lang="da">');
    expect(html).toContain("Gå til siden &#60;igen&#62;.");
  });
});
