import type { Maaler } from "./maaler";

/**
 * One citizen's browser over plain HTTP: a cookie jar per origin, redirects followed by hand (so
 * every hop is counted), and every answer recorded under a label. No JavaScript runs: forms are
 * posted as a browser without JavaScript posts them.
 */
export type Svar = { status: number; location: string; html: string; url: string };

const LUKKET = /other side closed|ECONNRESET|socket hang up/;

/** No answer came (after the resends a browser makes). Already counted as an error by the Maaler. */
export class IngenSvar extends Error {}
/** How long a browser waits for an answer (Chromium gives up after 300 s). */
const TIMEOUT_MS = Number(process.env.LOAD_TIMEOUT_MS ?? 300_000);

export class Klient {
  private readonly jar = new Map<string, Map<string, string>>();

  constructor(
    readonly portal: string,
    private readonly maaler: Maaler,
  ) {}

  private cookies(url: URL): string {
    return [...(this.jar.get(url.host) ?? new Map<string, string>())].map(([k, v]) => `${k}=${v}`).join("; ");
  }

  private gem(url: URL, headers: Headers) {
    const jar = this.jar.get(url.host) ?? new Map<string, string>();
    for (const linje of headers.getSetCookie()) {
      const [par = "", ...attributter] = linje.split(";");
      const i = par.indexOf("=");
      const navn = par.slice(0, i).trim();
      const udloebet = attributter.some((a) => /^\s*max-age=0\s*$/i.test(a) || (/^\s*expires=/i.test(a) && Date.parse(a.split("=")[1]!) < Date.now()));
      if (udloebet) jar.delete(navn);
      else jar.set(navn, par.slice(i + 1).trim());
    }
    this.jar.set(url.host, jar);
  }

  /** The portal's session cookie is set: the login went through. */
  harSession(): boolean {
    return [...(this.jar.get(new URL(this.portal).host)?.keys() ?? [])].some((k) => k.includes("session"));
  }

  /** One request, recorded under `etiket`; a dead connection or a timeout is recorded as an error and thrown. */
  async hent(sti: string, etiket: string, init: { method?: string; body?: FormData | URLSearchParams } = {}): Promise<Svar> {
    const url = new URL(sti, this.portal);
    const headers: Record<string, string> = { cookie: this.cookies(url) };
    let body: ArrayBuffer | undefined;
    if (init.body) {
      // Serialised first, so the request carries a Content-Length as a browser's does (no chunking).
      const request = new Request(url, { method: "POST", body: init.body });
      body = await request.arrayBuffer();
      headers["content-type"] = request.headers.get("content-type") ?? "";
      headers.origin = url.origin;
    }
    const start = performance.now();
    const spor = { etiket, post: Boolean(body), start: Date.now() };
    if (body) this.maaler.iGang.skrivIGang++;
    for (let forsoeg = 1; ; forsoeg++) {
      let svarHeaders: Headers | null = null;
      try {
        const response = await fetch(url, { method: init.method ?? (body ? "POST" : "GET"), body, headers, redirect: "manual", signal: AbortSignal.timeout(TIMEOUT_MS) });
        svarHeaders = response.headers;
        const html = await response.text();
        this.maaler.svar(etiket, performance.now() - start, response.status);
        this.maaler.spor({ ...spor, slut: Date.now(), status: response.status, headers: response.headers });
        if (body) this.maaler.iGang.skrivIGang--;
        this.gem(url, response.headers);
        return { status: response.status, location: response.headers.get("location") ?? "", html, url: url.href };
      } catch (error) {
        const aarsag = error instanceof Error ? ((error.cause as Error | undefined)?.message ?? error.message) : String(error);
        // A kept-alive connection the server closed just as it was reused: nothing reached the
        // server, and a browser sends the request again. Up to three times (the pool may hold more
        // such connections), and counted.
        if (forsoeg <= 3 && !svarHeaders && LUKKET.test(aarsag)) {
          this.maaler.gensendt++;
          continue;
        }
        this.maaler.svar(etiket, performance.now() - start, 0);
        // The headers of an answer cut off mid-body still name who sent it.
        this.maaler.spor({ ...spor, slut: Date.now(), status: 0, headers: svarHeaders });
        if (body) this.maaler.iGang.skrivIGang--;
        throw new IngenSvar(`${etiket}: ingen svar fra ${url.host}${url.pathname} (${aarsag})`);
      }
    }
  }

  /** Follows 3xx answers as a browser does (each hop recorded), at most 10; answers the last one. */
  async foelg(svar: Svar, etiket: (url: URL) => string): Promise<Svar> {
    let s = svar;
    for (let hop = 0; s.status >= 300 && s.status < 400 && s.location; hop++) {
      if (hop >= 10) throw new Error(`for mange viderestillinger fra ${svar.url}`);
      const naeste = new URL(s.location, s.url);
      s = await this.hent(naeste.href, etiket(naeste));
    }
    return s;
  }
}
