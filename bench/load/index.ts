import type { CitizenPersona } from "@/mocks/personas";
import { Borger, SIDER } from "./borger";
import { givFuldmagt, handlFor } from "./fuldmagt";
import { IngenSvar, Klient } from "./klient";
import { logInd } from "./login";
import { Maaler, type Linje } from "./maaler";

/**
 * The load (issue 14): `borgere` logged in beforehand through the real OIDC flow, `fuldmagtPar`
 * of them giving the next one a fuldmagt (the holder then reads the giver's pages), then for
 * `sekunder` every citizen reads /, /sager, /sager/[id] and /ydelser with a think time between
 * views, while `rettelser` correction requests fall due at even intervals over the window, each to
 * a citizen who is not a holder, `dobbeltAndel` of them double-submitted. A citizen does one thing
 * at a time (a page, or a whole request once it is due), so at most one request per person is in
 * flight (two for a double submit); requests still due when the window ends are finished after it. Afterwards each
 * citizen's /rettelser is read: exactly `rettelser` must be stored, each acknowledged one once.
 *
 * `portaler` is one base URL or several: citizen i uses portaler[i % n] for everything (so two
 * instances behind a balancer, or side by side on one database, share the same load).
 */
export type LoadIndstillinger = {
  portaler: string | string[];
  borgere: CitizenPersona[];
  sekunder?: number;
  rettelser?: number;
  dobbeltAndel?: number;
  fuldmagtPar?: number;
  /** Think time between two page views of one citizen, ms (uniform in [min, max]). */
  taenketid?: [number, number];
  /** Logins and setup in parallel. */
  samtidigeLogins?: number;
  log?: (linje: string) => void;
};

export type LoadResultat = {
  portaler: string[];
  borgere: number;
  holdere: number;
  sekunder: number;
  /** Answers in the window / the window's length (the window ends when the last correction is done). */
  reqPrSek: number;
  vindueSek: number;
  samlet: Omit<Linje, "etiket">;
  sider: Linje[];
  fejl: number;
  /** Answers that were 200 but showed a panel's "kan ikke vises lige nu" (a fagsystem too slow), per label. */
  degraderet: Record<string, number>;
  /** Requests sent again on a new connection after a kept-alive one was closed under them (as a browser does). */
  gensendt: number;
  statusser: Record<string, number>;
  afvigelser: string[];
  rettelser: { startet: number; dobbelte: number; kvitteret: number; gemt: number; mangler: number; ukendte: number };
  ok: boolean;
};

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function parallelt<T>(n: number, opgaver: (() => Promise<T>)[]): Promise<T[]> {
  const svar: T[] = [];
  let naeste = 0;
  await Promise.all(
    Array.from({ length: n }, async () => {
      while (naeste < opgaver.length) {
        const i = naeste++;
        svar[i] = await opgaver[i]!();
      }
    }),
  );
  return svar;
}

export async function koerLoad(ind: LoadIndstillinger): Promise<LoadResultat> {
  return (await forberedLoad(ind)).koer();
}

/**
 * The load in two halves: logins, fuldmagter and the correction targets first, then `koer` runs
 * the window (the cluster bench times its kill from there). `sekunder` given to `koer` overrides
 * the setting; `maaler` is open to a caller that wants each request (maaler.lytter).
 */
export async function forberedLoad(ind: LoadIndstillinger): Promise<{ maaler: Maaler; koer: (sekunder?: number) => Promise<LoadResultat> }> {
  const portaler = [ind.portaler].flat();
  const par = Math.min(ind.fuldmagtPar ?? 20, Math.floor(ind.borgere.length / 2));
  const log = ind.log ?? (() => {});
  const maaler = new Maaler();
  const navn = (p: CitizenPersona) => `${p.fornavn} ${p.efternavn}`;
  const borgere = ind.borgere.map((p, i) => new Borger(navn(p), new Klient(portaler[i % portaler.length]!, maaler), maaler));

  log(`Logger ${borgere.length} borgere ind gennem MitID-simulatoren …`);
  const t0 = Date.now();
  await parallelt(ind.samtidigeLogins ?? 8, ind.borgere.map((p, i) => () => logInd(borgere[i]!.klient, p.key)));
  log(`  ${borgere.length} logget ind på ${((Date.now() - t0) / 1000).toFixed(0)} s`);

  // Citizen 2k gives 2k+1 a fuldmagt; the holder then reads the giver's pages for the whole run.
  const laesere = [...borgere];
  await parallelt(ind.samtidigeLogins ?? 8, Array.from({ length: par }, (_, k) => async () => {
    const [giver, holder] = [ind.borgere[2 * k]!, ind.borgere[2 * k + 1]!];
    await givFuldmagt(borgere[2 * k]!.klient, { navn: navn(holder), cpr: holder.cpr });
    await handlFor(borgere[2 * k + 1]!.klient, navn(giver));
    laesere[2 * k + 1] = new Borger(navn(holder), borgere[2 * k + 1]!.klient, maaler, navn(giver));
  }));
  log(`  ${par} fuldmagter givet; holderne handler for giverne`);

  // Who sends: every citizen who is not a holder, round robin, each target at most once per citizen.
  const indsendere = borgere.filter((_, i) => !(i % 2 === 1 && i < 2 * par));
  const maal = await parallelt(ind.samtidigeLogins ?? 8, indsendere.map((b) => () => b.rettelsesmaal()));
  return { maaler, koer: (sekunder = ind.sekunder ?? 60) => vindue({ ind, portaler, borgere, laesere, indsendere, maal, maaler, sekunder, par, log }) };
}

type Forberedt = { ind: LoadIndstillinger; portaler: string[]; borgere: Borger[]; laesere: Borger[]; indsendere: Borger[]; maal: string[][]; maaler: Maaler; sekunder: number; par: number; log: (linje: string) => void };

async function vindue({ ind, portaler, borgere, laesere, indsendere, maal, maaler, sekunder, par, log }: Forberedt): Promise<LoadResultat> {
  const antalRettelser = ind.rettelser ?? 500;
  const dobbeltAndel = ind.dobbeltAndel ?? 0.1;
  const [tMin, tMax] = ind.taenketid ?? [2000, 8000];
  const plan = Array.from({ length: antalRettelser }, (_, nr) => {
    const hvem = nr % indsendere.length;
    const runde = Math.floor(nr / indsendere.length);
    const hvad = maal[hvem]![runde];
    if (!hvad) throw new Error(`borger ${hvem} har kun ${maal[hvem]!.length} oplysninger at rette, og skal sende ${runde + 1}`);
    // Every tenth (or the chosen share) double-submitted, spread evenly.
    const dobbelt = Math.floor((nr + 1) * dobbeltAndel) > Math.floor(nr * dobbeltAndel);
    return { nr: nr + 1, borger: indsendere[hvem]!, maal: hvad, dobbelt, startMs: (nr * sekunder * 1000) / antalRettelser };
  });

  log(`Belastning i ${sekunder} s: ${borgere.length} borgere læser sider, ${antalRettelser} anmodninger om rettelse (${plan.filter((p) => p.dobbelt).length} sendt dobbelt) …`);
  maaler.aktiv = true;
  const start = performance.now();
  const slut = start + sekunder * 1000;
  // Each citizen is one person: a page view or a whole correction request at a time, then a think
  // time. A correction whose time has come goes first; after the window the senders finish theirs.
  const kvitteret: (string | null)[] = [];
  const koe = new Map<Borger, typeof plan>();
  for (const p of plan) koe.set(p.borger, [...(koe.get(p.borger) ?? []), p]);
  const personer = laesere.map(async (b, i) => {
    const mine = koe.get(borgere[i]!) ?? [];
    await pause(((i * 997) % 1000) * (tMin / 1000)); // staggered start, not all at the same millisecond
    while (performance.now() < slut || mine.length) {
      const naeste = mine[0];
      try {
        if (naeste && performance.now() - start >= naeste.startMs) {
          mine.shift();
          kvitteret[naeste.nr - 1] = await naeste.borger.rettelse(naeste.maal, naeste.nr, naeste.dobbelt);
        } else if (performance.now() < slut) {
          await b.laes(SIDER[Math.floor(Math.random() * SIDER.length)]!);
        }
      } catch (error) {
        // No answer is counted as an error already (klient.ts); anything else thrown is a deviation.
        if (!(error instanceof IngenSvar)) maaler.afvig(error instanceof Error ? error.message : String(error));
      }
      const tilbage = naeste && mine.length ? start + mine[0]!.startMs - performance.now() : slut - performance.now();
      await pause(Math.max(0, Math.min(tMin + Math.random() * (tMax - tMin), tilbage)));
    }
  });
  await Promise.all(personer);
  const vindueSek = (performance.now() - start) / 1000;
  maaler.aktiv = false;

  // What is stored, as each sender sees it on /rettelser.
  let gemt: string[] = [];
  try {
    gemt = (await parallelt(8, indsendere.map((b) => () => b.mineRettelser()))).flat();
  } catch (error) {
    maaler.afvig(`kontrollen af /rettelser mislykkedes: ${error instanceof Error ? error.message : String(error)}`);
  }
  const kvitterede = new Set(kvitteret.filter((k): k is string => Boolean(k)));
  const gemteSaet = new Set(gemt);
  const mangler = [...kvitterede].filter((k) => !gemteSaet.has(k)).length;
  const ukendte = gemt.filter((k) => !kvitterede.has(k)).length;
  const rettelser = { startet: plan.length, dobbelte: plan.filter((p) => p.dobbelt).length, kvitteret: kvitterede.size, gemt: gemt.length, mangler, ukendte };
  const fejl = maaler.fejlIAlt;
  return {
    portaler,
    borgere: borgere.length,
    holdere: par,
    sekunder,
    reqPrSek: maaler.antalIVindue / vindueSek,
    vindueSek,
    samlet: maaler.samlet(),
    sider: maaler.linjer().sort((a, b) => a.etiket.localeCompare(b.etiket)),
    fejl,
    gensendt: maaler.gensendt,
    degraderet: Object.fromEntries(maaler.degraderet),
    statusser: Object.fromEntries([...maaler.statusser].map(([s, n]) => [String(s), n])),
    afvigelser: maaler.afvigelser,
    rettelser,
    ok: fejl === 0 && maaler.afvigelser.length === 0 && gemt.length === antalRettelser && gemteSaet.size === gemt.length && mangler === 0 && ukendte === 0,
  };
}
