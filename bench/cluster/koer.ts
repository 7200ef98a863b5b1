/**
 * The harness of npm run bench:cluster – two portal instances behind nginx on one PostgreSQL (issue 14, "Scale-out").
 *
 * 1. Starts the cluster (klynge.ts): a fresh database on CLUSTER_DATABASE_URL / TEST_DATABASE_URL /
 *    DATABASE_URL's server, the mock fagsystemer, the MitID simulator, instances A (3900) and B (3901)
 *    of one production build, nginx on 3950.
 * 2. The cross-instance checks (checks.ts): a session, the login limit, an assisted-session code and
 *    the per-staff code limit, the dialogue's live state.
 * 3. A load through nginx (last.ts, or whichever `Last` is passed to `koer`) for CLUSTER_SEKUNDER,
 *    with instance B killed by SIGKILL at the middle. Every failure must be a request that was in
 *    flight on B at the kill (sent to B before it was gone, not answered before the signal); every
 *    request after it is answered by A; every acknowledged write is stored exactly once.
 * 4. B is started again and nginx sends to it again; `npm run log:verify` must find every person's access-log
 *    chain whole (the writes alternated between the instances).
 * Reports req/s and p50/p95/p99 per instance and in total, before and after the kill.
 *
 * The entry is run.ts; `koer` is the seam: it takes any `Last` (last.ts), e.g. bench:load's runner.
 */
import type { Browser } from "@playwright/test";
import { killAll, sleep, type Env } from "../../tests/faults/processes";
import { nyBrowser, tvaersCheck, type Resultat } from "./checks";
import { INSTANSER, PORT_BASE, UPSTREAM_HEADER, instansAf, instansUrl, nginxFundet, startKlynge, type InstansNavn, type Klynge } from "./klynge";
import type { Last, Proeve } from "./last";

const OFFER: InstansNavn = "b";

/** Ms until nginx (round robin, no pin) has an answer from this instance again; null if not within `ms`. */
async function tilbageINginx(nginx: string, instans: InstansNavn, ms: number): Promise<number | null> {
  const t0 = Date.now();
  while (Date.now() - t0 < ms) {
    const r = await fetch(`${nginx}/api/health`).catch(() => null);
    await r?.arrayBuffer();
    if (instansAf(r?.headers.get(UPSTREAM_HEADER) ?? null) === instans) return Date.now() - t0;
    await sleep(100);
  }
  return null;
}

function percentil(sorteret: number[], p: number): number {
  if (!sorteret.length) return NaN;
  return sorteret[Math.min(sorteret.length - 1, Math.ceil((p / 100) * sorteret.length) - 1)]!;
}

function tal(proever: Proeve[], sekunder: number): string {
  const ms = proever.map((p) => p.slut - p.start).sort((a, b) => a - b);
  const fejl = proever.filter((p) => !p.ok).length;
  return `${String(proever.length).padStart(6)} req ${(proever.length / sekunder).toFixed(1).padStart(7)} req/s  p50 ${String(percentil(ms, 50)).padStart(5)} ms  p95 ${String(percentil(ms, 95)).padStart(5)} ms  p99 ${String(percentil(ms, 99)).padStart(5)} ms  fejl ${fejl}`;
}

/**
 * Runs the checks and `last` against a fresh cluster, killing instance B halfway. The seam for
 * `npm run bench:load`'s runner: pass it as `last` (it gets nginx's URL and both instances').
 */
export async function koer(last: (browser: Browser) => Last, sekunder: number, { smoke = false, env }: { smoke?: boolean; env?: Env } = {}): Promise<number> {
  process.on("exit", () => killAll());
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.on(signal, () => process.exit(130));
  const t0 = Date.now();
  if (!nginxFundet()) {
    console.error("nginx mangler (apt-get install -y --no-install-recommends nginx); bench:cluster kan ikke køre.");
    return 1;
  }
  console.log(`Klyngetest / cluster bench${smoke ? " (smoke)" : ""}: 2 instanser bag nginx, én PostgreSQL, ${sekunder} s last, SIGKILL af ${OFFER.toUpperCase()} midtvejs`);
  const klynge: Klynge = await startKlynge({ log: `test-results/cluster-${PORT_BASE}.log`, env });
  console.log(`  database ${klynge.databaseNavn} · nginx ${klynge.adresser.nginx} · A ${instansUrl("a")} · B ${instansUrl("b")} · log test-results/cluster-${PORT_BASE}.log`);
  const fejl: string[] = [];
  const linjer: string[] = [];
  let browser: Browser | null = null;
  try {
    browser = await nyBrowser();
    const checks: Resultat[] = await tvaersCheck(browser, klynge);
    fejl.push(...checks.filter((c) => !c.ok).map((c) => `${c.navn}: ${c.detalje}`));

    // The load, with B killed at the middle.
    // The kill takes from the signal until the process is gone (its sockets close only then; on a
    // busy machine that can be half a second): a request B accepted in that time was in flight on it.
    let drabTid = 0;
    let doedTid = 0;
    const klar = await last(browser)(klynge.adresser);
    const lastStart = Date.now();
    const tilstand = { skrivIGang: -1 };
    const loeb = klar({ varighedMs: sekunder * 1000, tilstand });
    // At the middle, as soon as at least three writes wait for an answer (round robin spreads them
    // over both instances, so B most likely holds one), or after 5 s more if they never do.
    const drab = (async () => {
      await sleep((sekunder * 1000) / 2);
      const senest = Date.now() + 5000;
      while (tilstand.skrivIGang >= 0 && tilstand.skrivIGang < 3 && Date.now() < senest) await sleep(2);
      drabTid = Date.now();
      await klynge.draeb(OFFER);
      doedTid = Date.now();
    })();
    const resultat = await loeb;
    await drab;
    const lastSlut = Math.max(...resultat.proever.map((p) => p.slut), lastStart + 1);
    fejl.push(...resultat.fejl);
    linjer.push(...resultat.linjer);

    // Which failures the kill explains: in flight on B when it died. Anything else is a lost request.
    // nginx names the instance on every answer it gives, so a failure naming none never reached B.
    const iLuftenPaaOffer = (p: Proeve) => p.start <= doedTid && p.slut >= drabTid && p.via.includes(OFFER);
    const forklaret = resultat.proever.filter((p) => !p.ok && iLuftenPaaOffer(p));
    const uforklaret = resultat.proever.filter((p) => !p.ok && !iLuftenPaaOffer(p));
    for (const p of uforklaret.slice(0, 10)) fejl.push(`Fejl uden for drabet / failure not explained by the kill: ${p.hvad} (via ${p.via.join(",") || "?"}, ${p.start - drabTid} ms efter drabet)`);
    if (uforklaret.length > 10) fejl.push(`… og ${uforklaret.length - 10} mere`);
    const efter = resultat.proever.filter((p) => p.start > doedTid);
    const efterPaaOffer = efter.filter((p) => p.ok && p.instans === OFFER);
    if (efterPaaOffer.length) fejl.push(`${efterPaaOffer.length} svar fra ${OFFER.toUpperCase()} efter drabet`);
    if (!efter.some((p) => p.ok)) fejl.push("Den overlevende instans svarede ikke efter drabet");
    const iLuften = resultat.proever.filter((p) => p.start <= doedTid && p.slut >= drabTid && p.via.includes(OFFER));
    const beskriv = (l: Proeve[]) =>
      `${l.length} (${l.filter((p) => p.ok && p.instans !== OFFER).length} taget over af A / failed over, ${l.filter((p) => !p.ok).length} fejlet / failed)`;

    // B comes back and takes its share again.
    const genstartMs = await klynge.genstart(OFFER);
    const igen = await Promise.all(INSTANSER.map((n) => fetch(`${instansUrl(n)}/api/health`).then((r) => r.status)));
    if (igen.some((s) => s !== 200)) fejl.push(`Efter genstart: /api/health ${igen.join(", ")}`);
    // nginx tries an instance it has marked down again after fail_timeout (5 s): then B serves again.
    const tilbageMs = await tilbageINginx(klynge.adresser.nginx, OFFER, 15_000);
    if (tilbageMs === null) fejl.push(`${OFFER.toUpperCase()} fik ingen forespørgsler fra nginx inden 15 s efter genstarten`);

    const logKode = await klynge.logVerify();
    if (logKode !== 0) fejl.push(`log:verify gav kode ${logKode}: adgangsloggens kæder er ikke hele`);

    const foer = resultat.proever.filter((p) => p.start < drabTid);
    const foerSek = (drabTid - lastStart) / 1000;
    const efterSek = (lastSlut - drabTid) / 1000;
    const alleSek = (lastSlut - lastStart) / 1000;
    const paa = (l: Proeve[], n: InstansNavn) => l.filter((p) => p.instans === n);
    console.log(`
  Klyngetest / cluster bench – PostgreSQL, 2 instanser bag nginx
    ${linjer.join("\n    ")}
    før drabet / before the kill (${foerSek.toFixed(0)} s):
      A ....... ${tal(paa(foer, "a"), foerSek)}
      B ....... ${tal(paa(foer, "b"), foerSek)}
      i alt ... ${tal(foer, foerSek)}
    efter drabet af B / after killing B (${efterSek.toFixed(0)} s):
      A ....... ${tal(paa(efter, "a"), efterSek)}
      B ....... ${tal(paa(efter, "b"), efterSek)}
      i alt ... ${tal(efter, efterSek)}
    hele løbet / whole run (${alleSek.toFixed(0)} s):
      skriv ... ${tal(resultat.proever.filter((p) => p.art === "skriv"), alleSek)}
      sider ... ${tal(resultat.proever.filter((p) => p.art === "side"), alleSek)}
      i alt ... ${tal(resultat.proever, alleSek)}
    i luften på B ved drabet / in flight on B at the kill:
      skriv ... ${beskriv(iLuften.filter((p) => p.art === "skriv"))}
      sider ... ${beskriv(iLuften.filter((p) => p.art === "side"))}
      fejl forklaret af drabet / failures explained by the kill: ${forklaret.length} (fra signal til død / signal to death: ${doedTid - drabTid} ms)
    fejl uden for drabet / failures beyond those in flight: ${uforklaret.length}
    genstart af B / restart to healthy ... ${genstartMs} ms; nginx bruger den igen efter / nginx uses it again after ${tilbageMs ?? "–"} ms
    adgangslog / access-log chains ....... ${logKode === 0 ? "hele / intact" : "BRUDT / BROKEN"}
    tid / time ........................... ${((Date.now() - t0) / 1000).toFixed(0)} s`);
  } finally {
    await browser?.close();
    await klynge.stop();
  }
  for (const linje of fejl) console.error(`  ✘ ${linje}`);
  console.log(`  ${fejl.length ? "FEJL / FAILED" : "OK: alt virker på tværs af instanserne, og drabet kostede kun det, der var i luften på B"}`);
  return fejl.length ? 1 : 0;
}
