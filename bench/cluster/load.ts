/**
 * The load of `npm run bench:load` (bench/load) as a cluster `Last`: every citizen's browser talks
 * to nginx, which spreads the requests over both instances. Each request of the window becomes a
 * `Proeve` named by the instance that served it, so the harness (koer.ts) can tell the requests in
 * flight on the killed instance from any other failure. The load's own checks hold as in
 * bench:load: every correction request acknowledged is on the sender's /rettelser once, and the
 * database holds exactly as many sent requests as were started, no drafts left.
 */
import { taelRettelser } from "../load/database";
import { forberedLoad, type LoadIndstillinger } from "../load/index";
import { UPSTREAM_HEADER, instansAf, instanserAf } from "./klynge";
import type { Last, Proeve } from "./last";

export function loadLast(ind: Omit<LoadIndstillinger, "portaler">): Last {
  return async ({ nginx, database }) => {
    const { maaler, koer } = await forberedLoad({ ...ind, portaler: nginx });
    return async ({ varighedMs, tilstand }) => {
      const proever: Proeve[] = [];
      maaler.lytter = (s) => {
        const upstream = s.headers?.get(UPSTREAM_HEADER) ?? null;
        const ok = s.status > 0 && s.status < 400;
        proever.push({ instans: instansAf(upstream), via: instanserAf(upstream), start: s.start, slut: s.slut, ok, art: s.post ? "skriv" : "side", hvad: `${s.etiket} → ${s.status || "intet svar"}` });
      };
      tilstand.skrivIGang = 0;
      maaler.iGang = tilstand;
      const r = await koer(varighedMs / 1000);
      const rt = r.rettelser;
      const fejl = r.afvigelser.map((a) => `Afvigelse: ${a}`);
      if (rt.kvitteret !== rt.startet) fejl.push(`${rt.startet - rt.kvitteret} af ${rt.startet} anmodninger om rettelse blev ikke kvitteret`);
      if (rt.gemt !== rt.startet || rt.mangler || rt.ukendte) fejl.push(`/rettelser viser ${rt.gemt} af ${rt.startet} (${rt.mangler} kvitterede mangler, ${rt.ukendte} ukendte)`);
      const optalt = await taelRettelser({ postgres: database });
      if (optalt.sendte !== rt.startet || optalt.kladder) fejl.push(`Databasen har ${optalt.sendte} sendte anmodninger og ${optalt.kladder} kladder; ${rt.startet} blev startet`);
      const deg = Object.values(r.degraderet).reduce((n, k) => n + k, 0);
      return {
        proever,
        fejl,
        linjer: [
          `borgere / citizens ................ ${r.borgere} (${r.holdere} handler for en anden under fuldmagt), tænketid ${ind.taenketid?.join("–")} ms`,
          `rettelser / corrections ........... ${rt.startet} startet (${rt.dobbelte} sendt dobbelt), ${rt.kvitteret} kvitteret, ${rt.gemt} på /rettelser, ${optalt.sendte} i databasen, ${optalt.kladder} kladder`,
          `degraderet / degraded (200) ....... ${deg}; gensendt / resent ${r.gensendt}`,
          ...r.sider.map((l) => `${l.etiket.padEnd(34, ".")} ${String(l.antal).padStart(6)} svar  p50 ${String(l.p50).padStart(5)}  p95 ${String(l.p95).padStart(5)}  p99 ${String(l.p99).padStart(5)} ms  fejl ${l.fejl}`),
        ],
      };
    };
  };
}
