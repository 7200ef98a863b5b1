import { z } from "zod";
import { dokumentSvar, fejlSvar, oplysningerSvar, sagerSvar, sagSvar, udbetalingerSvar, ydelserSvar } from "@/lib/domain/api";
import { delingBevillinger, delingPerson, delingUdbetalinger, MAKS_ANTAL, oauthFejl, samtykkeStatus, tokenSvar } from "@/lib/domain/deling";
import { statusFilter } from "@/lib/domain/sag";
import { medGraenser } from "./openapi-graenser";

/**
 * The OpenAPI 3.1 document of /api/v1, generated from the same zod schemas the routes answer
 * with (OpenAPI 3.1 uses JSON Schema 2020-12, which is what z.toJSONSchema writes). It covers the
 * citizen's own API (session cookie) and the deling API for third parties (OAuth access token);
 * it is linted in `npm test` (scripts/openapi-lint.mjs).
 */
const navngivne = {
  Fejl: fejlSvar,
  SagSide: sagerSvar,
  Sag: sagSvar,
  Dokument: dokumentSvar,
  Ydelser: ydelserSvar,
  UdbetalingSide: udbetalingerSvar,
  Oplysninger: oplysningerSvar,
  Token: tokenSvar,
  OAuthFejl: oauthFejl,
  DelingPerson: delingPerson,
  DelingUdbetalinger: delingUdbetalinger,
  DelingBevillinger: delingBevillinger,
  SamtykkeStatus: samtykkeStatus,
} as const;

function komponenter() {
  const registry = z.registry<{ id: string }>();
  for (const [id, s] of Object.entries(navngivne)) registry.add(s, { id });
  const { schemas } = z.toJSONSchema(registry, { io: "output", unrepresentable: "any", uri: (id) => `#/components/schemas/${id}` }) as {
    schemas: Record<string, Record<string, unknown>>;
  };
  return Object.fromEntries(Object.entries(schemas).map(([id, s]) => [id, medGraenser(utenMeta(s))]));
}

/** `$schema` and `$id` belong to standalone JSON Schema documents, not to an OpenAPI component. */
function utenMeta(s: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(s).filter(([k]) => k !== "$schema" && k !== "$id"));
}

const schema = (s: z.ZodType) => medGraenser(utenMeta(z.toJSONSchema(s, { io: "output", unrepresentable: "any" }) as Record<string, unknown>));
const navnPaa = new Map<z.ZodType, string>(Object.entries(navngivne).map(([id, s]) => [s, id]));
const ref = (s: z.ZodType) => ({ $ref: `#/components/schemas/${navnPaa.get(s)}` });

const heltal = (min: number, max: number) => ({ type: "integer", format: "int32", minimum: min, maximum: max });
const graenseHeaders = {
  "Access-Control-Allow-Origin": {
    description: "Kun portalens egen adresse: en anden hjemmeside kan ikke læse svaret i en browser",
    schema: { type: "string", format: "uri", maxLength: 200 },
  },
  "RateLimit-Limit": { description: "Hvor mange kald, der er tilladt i vinduet", schema: heltal(1, 10_000) },
  "RateLimit-Remaining": { description: "Hvor mange kald, der er tilbage i vinduet", schema: heltal(0, 10_000) },
  "RateLimit-Reset": { description: "Sekunder til vinduet starter forfra", schema: heltal(1, 3600) },
};
const json = (s: z.ZodType, description: string) => ({ description, headers: graenseHeaders, content: { "application/json": { schema: ref(s) } } });
const fejl = (description: string, s: z.ZodType = fejlSvar) => json(s, description);

const standard = (ekstra: Record<string, unknown> = {}) => ({
  "400": fejl("Ugyldig parameter (beskeden siger hvilken)"),
  "401": fejl("Ikke logget ind eller intet gyldigt adgangsbevis"),
  "429": {
    ...fejl("For mange kald: vent det antal sekunder, Retry-After siger"),
    headers: { ...graenseHeaders, "Retry-After": { description: "Sekunder til næste kald er tilladt", schema: heltal(1, 3600) } },
  },
  "500": fejl("Uventet fejl i portalen"),
  "503": fejl("Et fagsystem svarer ikke lige nu, eller adgangen kunne ikke logges"),
  ...ekstra,
});

const uuidParam = (name: string, description: string) => ({ name, in: "path", required: true, description, schema: { type: "string", format: "uuid", maxLength: 36 } });
const side = { name: "side", in: "query", required: false, schema: { ...heltal(1, 10_000), default: 1 }, description: "Sidenummer (1 er den første)" };
const borger = [{ session: [] }];
const tredjepart = [{ adgangsbevis: [] }];

function op(operationId: string, summary: string, svar: Record<string, unknown>, ekstra: Record<string, unknown> = {}) {
  const deling = operationId.startsWith("deling");
  const description = deling
    ? `${summary}. Samtykket i adgangsbeviset tjekkes igen ved hvert kald, og hvert kald står i borgerens log, før data sendes.`
    : `${summary}. Hvert kald går gennem samme adgangsregler og log som siderne.`;
  return { operationId, summary, description, tags: [deling ? "Deling" : "Borger"], ...ekstra, responses: svar };
}

export function openApiDokument() {
  return {
    openapi: "3.1.0",
    info: {
      title: "Mine Data – Korsbæk Kommune",
      version: "1.1.0",
      description:
        "Dine egne data som JSON (logget ind som borger), og delings-API'et, hvor en tredjepart (fx en bank) henter præcis det, borgeren har givet samtykke til. " +
        "Beløb er hele øre. Datoer er ISO 8601. Et CPR-nummer står aldrig i en adresse. Fejl er { \"fejl\": \"…\" } på dansk.",
      contact: { name: "Borgerservice, Korsbæk Kommune", email: "borgerservice@korsbaek.dk" },
      license: { name: "Data om dig tilhører dig", identifier: "CC0-1.0" },
    },
    servers: [{ url: "https://minedata.korsbaek.dk/api/v1", description: "Produktion (production)", "x-internal": false }],
    tags: [
      { name: "Borger", description: "Borgerens egne data, med sessionscookie fra MitID-login" },
      { name: "Deling", description: "Tredjepart med samtykke: OAuth 2.0 client credentials med private_key_jwt og authorization_details (RFC 9396)" },
    ],
    components: {
      schemas: komponenter(),
      securitySchemes: {
        session: { type: "apiKey", in: "cookie", name: "authjs.session-token", description: "Sessionen efter login med MitID" },
        adgangsbevis: {
          type: "http",
          scheme: "bearer",
          bearerFormat: "JWT",
          description:
            "Et kortlivet adgangsbevis (JWT, RFC 9068, ES256, 5 minutter) fra POST /deling/token. Det bærer samtykket i authorization_details og følger RFC8725 (JWT Best Current Practices): fast algoritme, typ at+jwt, udsteder og modtager tjekkes. Samtykket tjekkes igen ved hvert kald.",
        },
        klientbevis: {
          type: "http",
          scheme: "bearer",
          bearerFormat: "JWT",
          description:
            "Klienten godkendes med private_key_jwt (RFC 7523): en client_assertion signeret med klientens egen nøgle (ES256), højst 5 minutter gammel, med unik jti (genbrug afvises). Følger RFC8725. Sendes i formularen, ikke i en header.",
        },
      },
    },
    security: borger,
    paths: {
      "/sager": {
        get: op("borgerSager", "Dine sager, åbne først, én side ad gangen", standard({ "200": json(sagerSvar, "En side med sager") }), {
          parameters: [
            side,
            { name: "status", in: "query", required: false, schema: schema(statusFilter), description: "aabne = modtaget eller under behandling" },
            { name: "emne", in: "query", required: false, schema: { type: "string", pattern: "^\\d{2}\\.\\d{2}\\.\\d{2}$", maxLength: 8 }, description: "Emnenummer (KLE)" },
            { name: "q", in: "query", required: false, schema: { type: "string", maxLength: 100, pattern: "^[^<>]*$" }, description: "Søg i sagernes titler" },
          ],
        }),
      },
      "/sager/{id}": {
        get: op("borgerSag", "Én sag med forløb, afgørelse, data bag afgørelsen, kontaktperson og emne", standard({ "200": json(sagSvar, "Sagen"), "404": fejl("Sagen findes ikke") }), {
          parameters: [uuidParam("id", "Sagens id")],
        }),
      },
      "/sager/{id}/dokumenter/{dokumentId}": {
        get: op("borgerDokument", "Ét dokument i en sag, med tekst hvor fagsystemet har den", standard({ "200": json(dokumentSvar, "Dokumentet"), "404": fejl("Dokumentet findes ikke") }), {
          parameters: [uuidParam("id", "Sagens id"), uuidParam("dokumentId", "Dokumentets id")],
        }),
      },
      "/ydelser": {
        get: op("borgerYdelser", "Dine bevillinger og hvad der er udbetalt pr. år", standard({ "200": json(ydelserSvar, "En side med bevillinger og årstotaler") }), { parameters: [side] }),
      },
      "/udbetalinger": {
        get: op("borgerUdbetalinger", "Planlagte og udbetalte udbetalinger, nyeste først", standard({ "200": json(udbetalingerSvar, "En side med udbetalinger") }), { parameters: [side] }),
      },
      "/oplysninger": {
        get: op("borgerOplysninger", "Dine registrerede oplysninger med kilde og de sager, der bruger dem", standard({ "200": json(oplysningerSvar, "Dine oplysninger") })),
      },
      ...delingStier(),
    },
  };
}

function delingStier() {
  const samtykkeFejl = { "403": fejl("Samtykket er trukket tilbage, udløbet, brugt, givet til en anden, eller det dækker ikke det, der spørges om"), "404": fejl("Samtykket findes ikke") };
  return {
    "/deling/token": {
      post: op(
        "delingToken",
        "Hent et adgangsbevis med borgerens samtykke (OAuth 2.0 client credentials, private_key_jwt, authorization_details)",
        { ...standard({ "200": json(tokenSvar, "Adgangsbeviset med samtykket i authorization_details") }), "400": fejl("Ugyldig anmodning, eller samtykket gælder ikke", oauthFejl), "401": fejl("Klienten kunne ikke godkendes", oauthFejl) },
        {
          security: [{ klientbevis: [] }],
          requestBody: {
            required: true,
            content: {
              "application/x-www-form-urlencoded": {
                schema: {
                  type: "object",
                  additionalProperties: false,
                  required: ["grant_type", "client_assertion_type", "client_assertion"],
                  properties: {
                    grant_type: { type: "string", const: "client_credentials" },
                    client_id: { type: "string", maxLength: 100, pattern: "^[A-Za-z0-9._-]+$" },
                    client_assertion_type: { type: "string", const: "urn:ietf:params:oauth:client-assertion-type:jwt-bearer" },
                    client_assertion: { type: "string", maxLength: 8000, pattern: "^[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+$", description: "JWT signeret med klientens nøgle: iss = sub = klient-id, aud = token-adressen, jti, exp ≤ 5 min" },
                    authorization_details: { type: "string", maxLength: 2000, pattern: "^\\[.*\\]$", description: 'JSON: [{"type":"urn:korsbaek:minedata:samtykke","id":"<samtykkets id>"}]' },
                    scope: { type: "string", enum: ["samtykke:status"], description: "Kun status for samtykker, uden data" },
                  },
                },
              },
            },
          },
        },
      ),
    },
    "/deling/person": {
      get: op("delingPerson", "Navn og fødselsdato – CPR-nummer kun hvis samtykket nævner det", standard({ "200": json(delingPerson, "Det, samtykket dækker"), ...samtykkeFejl }), { security: tredjepart }),
    },
    "/deling/udbetalinger": {
      get: op("delingUdbetalinger", "Udbetalinger i et år, samtykket nævner, én side ad gangen", standard({ "200": json(delingUdbetalinger, "En side med udbetalinger"), ...samtykkeFejl }), {
        security: tredjepart,
        parameters: [
          { name: "aar", in: "query", required: true, schema: heltal(2000, 2100), description: "Året, samtykket gælder" },
          side,
          { name: "antal", in: "query", required: false, schema: { ...heltal(1, MAKS_ANTAL), default: 50 }, description: `Højst ${MAKS_ANTAL} pr. side` },
        ],
      }),
    },
    "/deling/bevillinger": {
      get: op("delingBevillinger", "Ydelser, borgeren får, hvis samtykket nævner dem", standard({ "200": json(delingBevillinger, "En side med bevillinger"), ...samtykkeFejl }), { security: tredjepart, parameters: [side] }),
    },
    "/deling/samtykker/{id}": {
      get: op("delingSamtykkeStatus", "Gælder samtykket stadig? (Grant Management)", standard({ "200": json(samtykkeStatus, "Samtykkets status"), "404": fejl("Samtykket findes ikke eller er ikke givet til jer") }), {
        security: tredjepart,
        parameters: [uuidParam("id", "Samtykkets id")],
      }),
    },
  };
}
