import { generateKeyPairSync, randomBytes } from "node:crypto";
import { createServer, type IncomingMessage } from "node:http";
import Provider, { type Configuration, type KoaContextWithOIDC } from "oidc-provider";
import { CLAIM, LOA } from "@/lib/auth/claims";
import { benchCitizens, personas } from "../personas";
import { claimsFor } from "./claims";
import { pickerPage } from "./page";

/**
 * A local stand-in for NemLog-in/MitID as an OpenID Connect issuer (authorization code + PKCE).
 * Test identities are picked on a simulator page; the claims use OIOSAML 3 names.
 */
const port = Number(process.env.MITID_PORT ?? 4000);
const issuer = process.env.MITID_ISSUER ?? `http://localhost:${port}`;
const clientId = required("MITID_CLIENT_ID");
const clientSecret = required("MITID_CLIENT_SECRET");
const redirectUris = required("MITID_REDIRECT_URIS").split(",");
const postLogoutRedirectUris = (process.env.MITID_POST_LOGOUT_REDIRECT_URIS ?? "").split(",").filter(Boolean);

function required(name: string): string {
  const value = process.env[name];
  if (!value) {
    console.error(`[mitid] Miljøvariablen ${name} mangler (environment variable ${name} is missing)`);
    process.exit(1);
  }
  return value;
}

const signingKey = {
  ...generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey.export({ format: "jwk" }),
  kid: "mitid-simulator",
  alg: "RS256",
  use: "sig",
};

// The load bench's citizens (MOCK_BENCH_BORGERE) log in by their posted key; the page does not list them.
const loginbare = [...personas, ...benchCitizens];
const byUuid = new Map(loginbare.map((p) => [p.uuid, p]));

/**
 * The account id carries the assurance level the tester chose: "lav:<uuid>" is the same person
 * logged in on level Low, so the portal's refusal of Low can be tested. Anything else is Substantial.
 */
const LAV = "lav:";
function account(id: string) {
  const lav = id.startsWith(LAV);
  const persona = byUuid.get(lav ? id.slice(LAV.length) : id);
  return persona ? { persona, loa: lav ? LOA.low : LOA.substantial } : null;
}

const configuration: Configuration = {
  clients: [
    {
      client_id: clientId,
      client_secret: clientSecret,
      client_name: "Mine Data – Korsbæk Kommune",
      redirect_uris: redirectUris,
      post_logout_redirect_uris: postLogoutRedirectUris,
      grant_types: ["authorization_code"],
      response_types: ["code"],
    },
  ],
  // Like a real broker integration: authorization code with PKCE only, no implicit or hybrid flows.
  responseTypes: ["code"],
  acrValues: [LOA.low, LOA.substantial, LOA.high],
  jwks: { keys: [signingKey] },
  cookies: { keys: [randomBytes(32).toString("hex")] },
  pkce: { required: () => true },
  scopes: ["openid", "mitid"],
  claims: { openid: ["sub"], mitid: Object.values(CLAIM) },
  // Auth.js reads the ID token, so the profile claims must be in it (not only in /userinfo).
  conformIdTokenClaims: false,
  features: { devInteractions: { enabled: false } },
  // Short lives: a login round trip takes seconds, and the simulator keeps nothing between logins.
  ttl: { AuthorizationCode: 60, IdToken: 300, AccessToken: 300, Interaction: 600, Session: 600, Grant: 600 },
  interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
  async findAccount(_ctx, id) {
    const found = account(id);
    if (!found) return undefined;
    return { accountId: id, claims: () => ({ ...claimsFor(found.persona, found.loa), sub: id }) };
  },
  // The portal is first-party: no consent screen, the grant covers what it asked for.
  async loadExistingGrant(ctx: KoaContextWithOIDC) {
    const clientIdOf = ctx.oidc.client!.clientId;
    const existing = ctx.oidc.result?.consent?.grantId ?? ctx.oidc.session!.grantIdFor(clientIdOf);
    if (existing) return ctx.oidc.provider.Grant.find(existing);
    const grant = new ctx.oidc.provider.Grant({ clientId: clientIdOf, accountId: ctx.oidc.session!.accountId! });
    grant.addOIDCScope("openid mitid");
    grant.addOIDCClaims(Object.values(CLAIM));
    await grant.save();
    ctx.oidc.session!.grantIdFor(clientIdOf, grant.jti);
    return grant;
  },
  renderError(ctx, out) {
    ctx.type = "html";
    ctx.body = `<!doctype html><html lang="da"><head><meta charset="utf-8"><title>MitID-simulator – fejl</title></head><body><main><h1>Der skete en fejl ved login</h1><p>${String(out.error_description ?? out.error).replace(/[<>&"]/g, "")}</p></main></body></html>`;
  },
};

const provider = new Provider(issuer, configuration);
const oidc = provider.callback();

async function formFields(req: IncomingMessage): Promise<URLSearchParams> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return new URLSearchParams(Buffer.concat(chunks).toString("utf8"));
}

const server = createServer(async (req, res) => {
  const match = req.url?.match(/^\/interaction\/([\w-]+)(\/login|\/afbryd)?$/);
  if (!match) return oidc(req, res);
  try {
    const details = await provider.interactionDetails(req, res);
    if (req.method === "GET" && !match[2]) {
      const client = await provider.Client.find(String(details.params.client_id));
      res.writeHead(200, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" });
      res.end(pickerPage(details.uid, client?.clientName ?? "tjenesten", String(details.params.acr_values ?? ""), benchCitizens.length));
      return;
    }
    if (req.method === "POST" && match[2] === "/login") {
      const form = await formFields(req);
      const persona = loginbare.find((p) => p.key === form.get("persona"));
      if (!persona) {
        res.writeHead(400, { "content-type": "text/plain; charset=utf-8" }).end("Ukendt testperson");
        return;
      }
      const accountId = form.get("sikringsniveau") === "lav" ? `${LAV}${persona.uuid}` : persona.uuid;
      await provider.interactionFinished(req, res, { login: { accountId } }, { mergeWithLastSubmission: false });
      return;
    }
    if (req.method === "POST" && match[2] === "/afbryd") {
      await provider.interactionFinished(req, res, { error: "access_denied", error_description: "Login afbrudt" }, { mergeWithLastSubmission: false });
      return;
    }
    res.writeHead(405).end();
  } catch (error) {
    res.writeHead(400, { "content-type": "text/plain; charset=utf-8" });
    res.end(`Login-sessionen er udløbet eller ugyldig. Start forfra. (${error instanceof Error ? error.name : "fejl"})`);
  }
});

server.listen(port, "localhost", () => {
  console.log(`[mitid] simulator kører på ${issuer}`);
});

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => server.close(() => process.exit(0)));
}
