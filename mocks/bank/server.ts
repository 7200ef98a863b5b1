import { randomUUID } from "node:crypto";
import { createServer } from "node:http";
import { importJWK, SignJWT, type CryptoKey, type JWK } from "jose";

/**
 * Andelskassen, a demo bank: an OAuth client of Mine Data's deling API. It holds its own private
 * key (the portal knows only the public half), gets a short-lived access token with the
 * citizen's samtykke in authorization_details, and fetches with it. Its page shows each step,
 * so the round trip can be shown from `npm start`: give a samtykke as Sofie, paste its number
 * here, fetch; revoke it, and the next fetch is refused even with the token the bank still holds.
 */
const port = Number(process.env.BANK_PORT ?? 4020);
const portal = process.env.AUTH_URL ?? "http://localhost:3000";
const klientId = process.env.BANK_KLIENT_ID ?? "andelskassen";
const noegle = (async () => importJWK(JSON.parse(process.env.BANK_NOEGLE ?? "{}") as JWK, "ES256") as Promise<CryptoKey>)();
const tokenUrl = `${portal}/api/v1/deling/token`;

/** Tokens the bank keeps until they expire, per samtykke, as a real client would. */
const tokens = new Map<string, { token: string; udloeber: number }>();

async function assertion(): Promise<string> {
  return new SignJWT({})
    .setProtectedHeader({ alg: "ES256", typ: "JWT" })
    .setIssuer(klientId)
    .setSubject(klientId)
    .setAudience(tokenUrl)
    .setJti(randomUUID())
    .setIssuedAt()
    .setExpirationTime("60s")
    .sign(await noegle);
}

type Trin = { tekst: string; status?: number; body?: unknown };

async function hentToken(samtykke: string | null, trin: Trin[]): Promise<string | null> {
  const noeglen = samtykke ?? "status";
  const gemt = tokens.get(noeglen);
  if (gemt && gemt.udloeber > Date.now()) {
    trin.push({ tekst: `Genbruger adgangsbeviset fra før (udløber om ${Math.round((gemt.udloeber - Date.now()) / 1000)} sekunder)` });
    return gemt.token;
  }
  const form = new URLSearchParams({
    grant_type: "client_credentials",
    client_assertion_type: "urn:ietf:params:oauth:client-assertion-type:jwt-bearer",
    client_assertion: await assertion(),
    ...(samtykke ? { authorization_details: JSON.stringify([{ type: "urn:korsbaek:minedata:samtykke", id: samtykke }]) } : { scope: "samtykke:status" }),
  });
  const r = await fetch(tokenUrl, { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body: form });
  const body = (await r.json().catch(() => null)) as { access_token?: string; expires_in?: number } | null;
  trin.push({ tekst: `POST ${tokenUrl} (client_assertion signeret med bankens egen nøgle)`, status: r.status, body: body && { ...body, access_token: body.access_token ? `${body.access_token.slice(0, 24)}…` : undefined } });
  if (!r.ok || !body?.access_token) return null;
  tokens.set(noeglen, { token: body.access_token, udloeber: Date.now() + (body.expires_in ?? 60) * 1000 - 5000 });
  return body.access_token;
}

async function hent(samtykke: string, hvad: string, aar: string): Promise<Trin[]> {
  const trin: Trin[] = [];
  const sti =
    hvad === "status" ? `/api/v1/deling/samtykker/${encodeURIComponent(samtykke)}` : hvad === "udbetalinger" ? `/api/v1/deling/udbetalinger?aar=${encodeURIComponent(aar)}&antal=5` : `/api/v1/deling/${hvad}`;
  const token = await hentToken(hvad === "status" ? null : samtykke, trin);
  if (!token) return trin;
  const r = await fetch(`${portal}${sti}`, { headers: { authorization: `Bearer ${token}` } });
  trin.push({ tekst: `GET ${sti}`, status: r.status, body: await r.json().catch(() => null) });
  return trin;
}

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function side(indhold: string, samtykke = "", aar = "2025"): string {
  return `<!doctype html><html lang="da"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Andelskassen – demo</title>
<style>body{font-family:system-ui,sans-serif;max-width:48rem;margin:1rem auto;padding:0 1rem;line-height:1.5}pre{white-space:pre-wrap;word-break:break-all;background:#f3f3f3;padding:.5rem}label{display:block;margin-top:.75rem;font-weight:600}input{font-size:1rem;padding:.3rem;max-width:100%}button{margin:.5rem .5rem 0 0;font-size:1rem;padding:.4rem .8rem}.ok{color:#046b1e}.nej{color:#a00}</style></head>
<body><header><p><strong>Andelskassen</strong> · demo-bank (CVR 12345678)</p></header><main><h1>Hent oplysninger fra Mine Data med kundens samtykke</h1>
<form method="get" action="/hent"><label for="samtykke">Samtykkenummer (fra kundens kvittering i Mine Data)</label><input id="samtykke" name="samtykke" size="40" value="${esc(samtykke)}" required>
<label for="aar">År for udbetalinger</label><input id="aar" name="aar" inputmode="numeric" size="6" value="${esc(aar)}">
<div><button name="hvad" value="udbetalinger">Hent udbetalinger</button><button name="hvad" value="person">Hent navn og fødselsdato</button><button name="hvad" value="bevillinger">Hent ydelser</button><button name="hvad" value="status">Se samtykkets status</button></div></form>
${indhold}</main></body></html>`;
}

function resultat(trin: Trin[]): string {
  return `<h2>Resultat</h2><ol class="trin">${trin
    .map(
      (t) =>
        `<li><span class="${t.status === undefined || t.status < 300 ? "ok" : "nej"}">${esc(t.tekst)}${t.status ? ` → <strong class="http-status">${t.status}</strong>` : ""}</span>${t.body ? `<pre>${esc(JSON.stringify(t.body, null, 2))}</pre>` : ""}</li>`,
    )
    .join("")}</ol>`;
}

createServer(async (req, res) => {
  const url = new URL(req.url ?? "/", `http://localhost:${port}`);
  try {
    if (url.pathname === "/health") {
      res.writeHead(200, { "content-type": "application/json" }).end('{"status":"ok"}');
    } else if (url.pathname === "/") {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(side(""));
    } else if (url.pathname === "/hent") {
      const samtykke = (url.searchParams.get("samtykke") ?? "").trim().slice(0, 100);
      const aar = (url.searchParams.get("aar") ?? "2025").slice(0, 4);
      const hvad = ["udbetalinger", "person", "bevillinger", "status"].find((h) => h === url.searchParams.get("hvad")) ?? "udbetalinger";
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(side(resultat(await hent(samtykke, hvad, aar)), samtykke, aar));
    } else {
      res.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end("Findes ikke");
    }
  } catch (error) {
    console.error("[andelskassen] fejl:", error instanceof Error ? error.name : "ukendt");
    if (!res.headersSent) res.writeHead(500, { "content-type": "text/plain; charset=utf-8" });
    res.end("Der skete en fejl i demo-banken.");
  }
}).listen(port, "localhost", () => console.log(`[andelskassen] demo-bank kører på http://localhost:${port}`));
