import "server-only";
import { z } from "zod";

const url = (hint: string) =>
  z.url({ error: `skal være en URL (must be a URL), fx ${hint}` });

/** A JSON value in a variable, parsed and then checked against a schema, with a Danish/English message. */
function json<S extends z.ZodType>(schema: S, hint: string) {
  return z
    .string()
    .transform((v, ctx) => {
      try {
        return JSON.parse(v) as unknown;
      } catch {
        ctx.addIssue({ code: "custom", message: `skal være JSON (must be JSON): ${hint}` });
        return z.NEVER;
      }
    })
    .pipe(schema);
}

/** An EC P-256 private key as a JWK: signs receipts and the deling API's access tokens. */
const privatEcJwk = z.object(
  { kty: z.literal("EC"), crv: z.literal("P-256"), x: z.string().min(40), y: z.string().min(40), d: z.string().min(40) },
  { error: "skal være en privat EC P-256-nøgle som JWK (must be a private EC P-256 JWK)" },
);

/** The demo third party registered at start (the bank under mocks/bank): its public key only. */
const demoKlient = z.object(
  {
    klientId: z.string().min(1).max(100),
    navn: z.string().min(1).max(100),
    cvr: z.string().regex(/^\d{8}$/),
    jwk: z.object({ kty: z.literal("EC"), crv: z.literal("P-256"), x: z.string(), y: z.string() }).loose(),
  },
  { error: "skal være { klientId, navn, cvr, jwk } (must be { klientId, navn, cvr, jwk })" },
);

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, {
      error: "skal være en PostgreSQL-URL (must be a PostgreSQL URL), fx postgres://bruger@localhost:5432/minedata",
    })
    .optional(),
  PGLITE_DIR: z.string().min(1).default("data/pglite"),
  AUTH_SECRET: z.string().min(32, { error: "skal være mindst 32 tegn (must be at least 32 characters)" }),
  LOG_PSEUDONYM_SECRET: z.string().min(32, { error: "skal være mindst 32 tegn (must be at least 32 characters)" }),
  AUTH_URL: url("http://localhost:3000"),
  MITID_ISSUER: url("http://localhost:4000"),
  MITID_CLIENT_ID: z.string().min(1, { error: "mangler (missing)" }),
  MITID_CLIENT_SECRET: z.string().min(16, { error: "skal være mindst 16 tegn (must be at least 16 characters)" }),
  FAGSYSTEM_CPR_URL: url("http://localhost:4010/cpr"),
  FAGSYSTEM_SDI_URL: url("http://localhost:4010/sdi"),
  FAGSYSTEM_YDELSESINDEKS_URL: url("http://localhost:4010/ydelsesindeks"),
  FAGSYSTEM_ORGANISATION_URL: url("http://localhost:4010/organisation"),
  FAGSYSTEM_KLASSIFIKATION_URL: url("http://localhost:4010/klassifikation"),
  FAGSYSTEM_EINDKOMST_URL: url("http://localhost:4010/eindkomst"),
  FAGSYSTEM_PENSION_URL: url("http://localhost:4010/pension"),
  FAGSYSTEM_DIGITALPOST_URL: url("http://localhost:4010/digitalpost"),
  FAGSYSTEM_TIMEOUT_MS: z.coerce
    .number({ error: "skal være et tal i millisekunder (must be a number of milliseconds)" })
    .int()
    .min(100)
    .max(30_000)
    .default(2500),
  LOGIN_MAX_PR_MINUT: z.coerce
    .number({ error: "skal være et tal (must be a number)" })
    .int()
    .min(1)
    .max(10_000)
    .default(30),
  /**
   * How many proxies of our own stand in front of the portal. 0: the socket address is the client.
   * Read by scripts/server.mjs, which settles X-Forwarded-For before Next sees the request.
   */
  TRUSTED_PROXY_HOPS: z.coerce
    .number({ error: "skal være et helt tal fra 0 til 10 (must be an integer 0–10)" })
    .int({ error: "skal være et helt tal fra 0 til 10 (must be an integer 0–10)" })
    .min(0, { error: "skal være et helt tal fra 0 til 10 (must be an integer 0–10)" })
    .max(10, { error: "skal være et helt tal fra 0 til 10 (must be an integer 0–10)" })
    .default(0),
  /** The shared "now" of the portal and the mocks (lib/klokke.ts); unset = the real clock. */
  MINE_DATA_NU: z.iso.datetime({ offset: true, error: "skal være et tidspunkt som 2026-11-23T12:00:00+01:00 (must be an ISO 8601 instant)" }).optional(),
  SIGNERINGSNOEGLE: json(privatEcJwk, '{"kty":"EC","crv":"P-256","x":…,"y":…,"d":…}'),
  DELING_DEMO_KLIENT: json(demoKlient, '{"klientId":"andelskassen","navn":"Andelskassen","cvr":"…","jwk":{…}}').optional(),
  KOMMUNE_CVR: z.string().regex(/^\d{8}$/, { error: "skal være 8 cifre (must be 8 digits)" }).default("11111111"),
});

export type Env = z.infer<typeof envSchema>;

export class EnvError extends Error {
  constructor(readonly variables: string[], details: string[]) {
    super(
      [
        "Ugyldig konfiguration (invalid configuration) – ret disse miljøvariabler (fix these environment variables):",
        ...details.map((d) => `  - ${d}`),
      ].join("\n"),
    );
    this.name = "EnvError";
  }
}

/** Validates a set of environment variables; throws an EnvError naming every bad variable. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const blanksRemoved = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== ""));
  const result = envSchema.safeParse(blanksRemoved);
  if (result.success) return result.data;
  const issues = result.error.issues.map((issue) => {
    const name = String(issue.path[0] ?? "?");
    const missing = issue.code === "invalid_type" && blanksRemoved[name] === undefined;
    return { name, text: `${name}: ${missing ? "mangler (missing)" : issue.message}` };
  });
  throw new EnvError(
    [...new Set(issues.map((i) => i.name))],
    issues.map((i) => i.text),
  );
}

let cached: Env | undefined;

export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
