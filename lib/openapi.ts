import { z } from "zod";
import { dokumentSvar, fejlSvar, oplysningerSvar, sagerSvar, sagSvar, udbetalingerSvar, ydelserSvar } from "@/lib/domain/api";
import { statusFilter } from "@/lib/domain/sag";

/**
 * The OpenAPI 3.1 document of /api/v1, generated from the same zod schemas the routes answer
 * with (OpenAPI 3.1 uses JSON Schema 2020-12, which is what z.toJSONSchema writes).
 */
const navngivne = {
  Fejl: fejlSvar,
  SagSide: sagerSvar,
  Sag: sagSvar,
  Dokument: dokumentSvar,
  Ydelser: ydelserSvar,
  UdbetalingSide: udbetalingerSvar,
  Oplysninger: oplysningerSvar,
} as const;

function komponenter() {
  const registry = z.registry<{ id: string }>();
  for (const [id, s] of Object.entries(navngivne)) registry.add(s, { id });
  const { schemas } = z.toJSONSchema(registry, {
    io: "output",
    unrepresentable: "any",
    uri: (id) => `#/components/schemas/${id}`,
  }) as { schemas: Record<string, Record<string, unknown>> };
  return Object.fromEntries(Object.entries(schemas).map(([id, s]) => [id, utenMeta(s)]));
}

/** `$schema` and `$id` belong to standalone JSON Schema documents, not to an OpenAPI component. */
function utenMeta(s: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(s).filter(([k]) => k !== "$schema" && k !== "$id"));
}

const schema = (s: z.ZodType) => utenMeta(z.toJSONSchema(s, { io: "output", unrepresentable: "any" }) as Record<string, unknown>);

const navnPaa = new Map<z.ZodType, string>(Object.entries(navngivne).map(([id, s]) => [s, id]));
const json = (s: z.ZodType, description: string) => ({
  description,
  content: { "application/json": { schema: { $ref: `#/components/schemas/${navnPaa.get(s)}` } } },
});

const fejlsvar = {
  "401": json(fejlSvar, "Ikke logget ind som borger"),
  "503": json(fejlSvar, "Fagsystemet svarer ikke lige nu, eller adgangen kunne ikke logges"),
};

const side = { name: "side", in: "query", required: false, schema: { type: "integer", minimum: 1, default: 1 }, description: "Sidenummer (1 er den første)" };

export function openApiDokument() {
  return {
    openapi: "3.1.0",
    info: {
      title: "Mine Data – Korsbæk Kommune",
      version: "1.0.0",
      description:
        "Dine egne data som JSON: sager, dokumenter, afgørelser, ydelser, udbetalinger og registrerede oplysninger. " +
        "Kræver, at du er logget ind (sessionscookie). Beløb er hele øre. Datoer er ISO 8601. Et CPR-nummer står aldrig i en adresse eller et svar.",
    },
    servers: [{ url: "/api/v1" }],
    components: {
      schemas: komponenter(),
      securitySchemes: { session: { type: "apiKey", in: "cookie", name: "authjs.session-token" } },
    },
    security: [{ session: [] }],
    paths: {
      "/sager": {
        get: {
          summary: "Dine sager, åbne først, én side ad gangen",
          parameters: [
            side,
            { name: "status", in: "query", required: false, schema: schema(statusFilter), description: "aabne = modtaget eller under behandling" },
            { name: "emne", in: "query", required: false, schema: { type: "string", pattern: "^\\d{2}\\.\\d{2}\\.\\d{2}$" }, description: "Emnenummer (KLE)" },
            { name: "q", in: "query", required: false, schema: { type: "string", maxLength: 100 }, description: "Søg i sagernes titler" },
          ],
          responses: { "200": json(sagerSvar, "En side med sager"), "400": json(fejlSvar, "Ugyldig parameter"), ...fejlsvar },
        },
      },
      "/sager/{id}": {
        get: {
          summary: "Én sag med forløb, afgørelse, data bag afgørelsen, kontaktperson og emne",
          parameters: [{ name: "id", in: "path", required: true, schema: { type: "string", format: "uuid" } }],
          responses: { "200": json(sagSvar, "Sagen"), "404": json(fejlSvar, "Sagen findes ikke"), ...fejlsvar },
        },
      },
      "/sager/{id}/dokumenter/{dokumentId}": {
        get: {
          summary: "Ét dokument i en sag, med tekst hvor fagsystemet har den",
          parameters: [
            { name: "id", in: "path", required: true, schema: { type: "string", format: "uuid" } },
            { name: "dokumentId", in: "path", required: true, schema: { type: "string", format: "uuid" } },
          ],
          responses: { "200": json(dokumentSvar, "Dokumentet"), "404": json(fejlSvar, "Dokumentet findes ikke"), ...fejlsvar },
        },
      },
      "/ydelser": {
        get: {
          summary: "Dine bevillinger og hvad der er udbetalt pr. år",
          parameters: [side],
          responses: { "200": json(ydelserSvar, "En side med bevillinger og årstotaler"), "400": json(fejlSvar, "Ugyldig parameter"), ...fejlsvar },
        },
      },
      "/udbetalinger": {
        get: {
          summary: "Planlagte og udbetalte udbetalinger, nyeste først",
          parameters: [side],
          responses: { "200": json(udbetalingerSvar, "En side med udbetalinger"), "400": json(fejlSvar, "Ugyldig parameter"), ...fejlsvar },
        },
      },
      "/oplysninger": {
        get: {
          summary: "Dine registrerede oplysninger med kilde og de sager, der bruger dem",
          responses: { "200": json(oplysningerSvar, "Dine oplysninger"), ...fejlsvar },
        },
      },
    },
  };
}
