import { isIP } from "node:net";

/**
 * Who is on the other end of a request, as far as it can be trusted. Next 16 has no request.ip,
 * and its own `x-forwarded-for ??= socket address` keeps whatever a client sent, so the address
 * must be settled before Next sees the request (scripts/server.mjs).
 *
 * `hops` is how many proxies of our own stand in front of the portal (TRUSTED_PROXY_HOPS). Each
 * appends the address it saw to X-Forwarded-For, so the client is the entry `hops` places from
 * the right of [...X-Forwarded-For, socket address]. Anything further left was written by the
 * client itself and is never used. With 0 hops the socket address is the answer.
 */
export function klientAdresse(socketAdresse, forwardedFor, hops) {
  const sendt = (Array.isArray(forwardedFor) ? forwardedFor.join(",") : (forwardedFor ?? ""))
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  const kaede = [...sendt, socketAdresse ?? "ukendt"];
  const adresse = kaede[Math.max(0, kaede.length - 1 - hops)];
  // A proxy that writes something other than an address is misconfigured: fall back to the socket.
  return isIP(adresse) ? adresse.replace(/^::ffff:/, "") : (socketAdresse ?? "ukendt").replace(/^::ffff:/, "");
}

/** TRUSTED_PROXY_HOPS as a number, or an error message naming the variable. */
export function parseHops(value) {
  if (value === undefined || value === "") return { ok: true, hops: 0 };
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 10) {
    return { ok: false, fejl: `TRUSTED_PROXY_HOPS skal være et helt tal fra 0 til 10 (must be an integer 0–10), fik "${value}"` };
  }
  return { ok: true, hops: n };
}

/** Headers that only a trusted proxy may set: with no proxy in front they are the client's own words. */
const PROXY_HEADERS = ["x-real-ip", "forwarded", "x-forwarded-host", "x-forwarded-proto", "x-forwarded-port"];

/** Rewrites a Node request's headers so X-Forwarded-For holds exactly the one trusted client address. */
export function saetKlientAdresse(req, hops) {
  req.headers["x-forwarded-for"] = klientAdresse(req.socket.remoteAddress, req.headers["x-forwarded-for"], hops);
  if (hops === 0) for (const name of PROXY_HEADERS) delete req.headers[name];
}
