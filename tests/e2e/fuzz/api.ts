import fc from "fast-check";
import { ANDRES_IDER, ondTekst } from "./inputs";

/**
 * Requests to /api/v1 built from the OpenAPI document the portal serves: every operation, its
 * path and query parameters given valid, bad or someone else's values, unknown parameters added,
 * and for the deling API forged access tokens and client assertions.
 */

type Skema = { type?: string; enum?: string[]; const?: string; minimum?: number; maximum?: number; format?: string; properties?: Record<string, Skema> };
type Parameter = { name: string; in: "path" | "query"; schema: Skema };
type Operation = { parameters?: Parameter[]; requestBody?: { content: Record<string, { schema: Skema }> } };
export type OpenApi = { servers?: { url: string }[]; paths: Record<string, Record<string, Operation>> };

export type Forespoergsel = {
  metode: "GET" | "POST";
  sti: string;
  headers: Record<string, string>;
  body?: string;
  /** A path parameter is another citizen's sag or document: the answer must never be 200. */
  andres: boolean;
};

export type Operationer = { sti: string; metode: "GET" | "POST"; op: Operation }[];

export function operationer(doc: OpenApi): Operationer {
  const base = new URL(doc.servers?.[0]?.url ?? "/api/v1", "http://x").pathname.replace(/\/$/, "");
  return Object.entries(doc.paths).flatMap(([sti, ops]) =>
    Object.entries(ops).map(([metode, op]) => ({ sti: `${base}${sti}`, metode: metode.toUpperCase() as "GET" | "POST", op })),
  );
}

/** A URL can carry only so much: Node refuses a request head over 16 kB before the portal sees it. */
const MAKS_I_URL = 4000;

/**
 * Percent-encoding, cut at MAKS_I_URL encoded characters, that also survives lone surrogates
 * (encodeURIComponent throws on them) by sending their raw bytes.
 */
function kod(v: string): string {
  let ud = "";
  for (const c of v) {
    if (ud.length > MAKS_I_URL) break;
    try {
      ud += encodeURIComponent(c);
    } catch {
      const u = c.charCodeAt(0);
      ud += `%ED%${(0xa0 + ((u >> 6) & 0x1f)).toString(16).toUpperCase()}%${(0x80 + (u & 0x3f)).toString(16).toUpperCase()}`;
    }
  }
  return ud;
}

/** A value that fits the schema, so some runs get past the parameter checks. */
function gyldig(s: Skema): fc.Arbitrary<string> {
  if (s.const) return fc.constant(s.const);
  if (s.enum) return fc.constantFrom(...s.enum);
  if (s.type === "integer") return fc.integer({ min: s.minimum ?? 0, max: Math.min(s.maximum ?? 100, (s.minimum ?? 0) + 100) }).map(String);
  if (s.format === "uuid") return fc.uuid();
  return fc.constantFrom("a", "15.17.06", "sygedagpenge");
}

const vaerdi = (s: Skema, egne: string[]) =>
  fc.oneof({ arbitrary: gyldig(s), weight: 2 }, { arbitrary: ondTekst, weight: 3 }, { arbitrary: egne.length ? fc.constantFrom(...egne) : gyldig(s), weight: 1 });

/** Raw bytes no decoder accepts, and separators that try to change the route. */
const raa = fc.constantFrom("%", "%zz", "%ff%fe", "%2e%2e", "..", "%2F..%2F", "a%00", ";x=1", "%E2%80%AE");

const base64url = (s: string | Uint8Array) => Buffer.from(s).toString("base64url");

/** A JWT-shaped string: right structure, made-up claims, a signature that cannot verify. */
export const falskJwt = (iss: fc.Arbitrary<string>) =>
  fc
    .record({
      alg: fc.constantFrom("none", "ES256", "HS256", "RS256", ""),
      iss,
      aud: fc.constantFrom("http://localhost/api/v1/deling/token", "", "x"),
      exp: fc.oneof(fc.integer(), fc.constant(Math.floor(Date.now() / 1000) + 60)),
      ekstra: ondTekst.map((v) => v.slice(0, 200)),
      signatur: fc.uint8Array({ maxLength: 64 }),
    })
    .map(({ alg, signatur, ...claims }) => `${base64url(JSON.stringify({ alg, typ: "JWT" }))}.${base64url(JSON.stringify({ ...claims, sub: claims.iss, jti: claims.ekstra }))}.${base64url(signatur)}`);

/** Header values must be printable ASCII, or the client refuses to send them. */
const headerTekst = ondTekst.map((v) => v.replace(/[^\x20-\x7e]/g, "").slice(0, 4000));

const autorisation = fc.oneof(
  fc.constant<Record<string, string>>({}),
  falskJwt(fc.oneof(fc.constant("andelskassen"), ondTekst.map((v) => v.slice(0, 100)))).map((t) => ({ authorization: `Bearer ${t}` })),
  headerTekst.map((t) => ({ authorization: `Bearer ${t}` })),
  headerTekst.map((t) => ({ authorization: t })),
);

/** One request for one GET operation: path parameters, query parameters (declared and unknown), maybe a token. */
export function getForespoergsel(sti: string, op: Operation, egne: Record<string, string[]>, deling: boolean): fc.Arbitrary<Forespoergsel> {
  const params = op.parameters ?? [];
  const sti$ = fc.tuple(
    ...params
      .filter((p) => p.in === "path")
      .map((p) =>
        fc.oneof(
          { arbitrary: vaerdi(p.schema, egne[p.name] ?? []).map((v) => ({ navn: p.name, v: kod(v), andres: ANDRES_IDER.includes(v) })), weight: 5 },
          { arbitrary: raa.map((v) => ({ navn: p.name, v, andres: false })), weight: 1 },
        ),
      ),
  );
  const query$ = fc.tuple(
    ...params.filter((p) => p.in === "query").map((p) => fc.option(vaerdi(p.schema, []).map((v) => `${p.name}=${kod(v)}`), { nil: "" })),
    fc.array(fc.tuple(fc.oneof(fc.constantFrom("cpr", "side[]", "__proto__", "antal"), ondTekst), ondTekst), { maxLength: 2 }).map((par) => par.map(([k, v]) => `${kod(k)}=${kod(v)}`).join("&")),
  );
  return fc.record({ stier: sti$, query: query$, headers: deling ? autorisation : fc.constant({}) }).map(({ stier, query, headers }) => {
    let url = sti;
    for (const { navn, v } of stier) url = url.replace(`{${navn}}`, v);
    const q = query.flat().filter(Boolean).join("&");
    return { metode: "GET", sti: q ? `${url}?${q}` : url, headers, andres: stier.some((s) => s.andres) };
  });
}

/** The token endpoint: form bodies with fields kept, bad or missing, forged assertions, wrong content types, too much. */
export function tokenForespoergsel(sti: string, op: Operation): fc.Arbitrary<Forespoergsel> {
  const felter = Object.entries(op.requestBody?.content["application/x-www-form-urlencoded"]?.schema.properties ?? {});
  // Made-up issuers only: a real client's name would spend its token limit, which other tests need.
  const assertion = falskJwt(fc.oneof(fc.uuid(), ondTekst.map((v) => v.slice(0, 100))));
  const body = fc
    .tuple(
      ...felter.map(([navn, s]) =>
        fc.oneof(fc.constant(""), (navn === "client_assertion" ? fc.oneof(assertion, ondTekst) : fc.oneof(gyldig(s), ondTekst)).map((v) => `${navn}=${kod(v)}`)),
      ),
    )
    .map((dele) => dele.filter(Boolean).join("&"));
  const type = fc.constantFrom("application/x-www-form-urlencoded", "application/x-www-form-urlencoded; charset=utf-8", "application/json", "text/plain", "multipart/form-data; boundary=x");
  return fc
    .record({ body: fc.oneof({ arbitrary: body, weight: 8 }, { arbitrary: ondTekst, weight: 1 }, { arbitrary: fc.nat(100).map((n) => `grant_type=${"x".repeat(17_000 + n)}`), weight: 1 }), type })
    .map(({ body, type }) => ({ metode: "POST", sti, headers: { "content-type": type }, body, andres: false }));
}
