import {
  oereTilBeloeb,
  type BevillingWire,
  type EffektueringWire,
} from "@/lib/fagsystemer/ydelsesindeks/wire";
import { KOMMUNE, benchCitizens, citizens } from "../../personas";
import { deterministicUuid, mulberry32 } from "../../random";
import { kle } from "../klassifikation/fixtures";
import { enheder } from "../organisation/fixtures";
import { benchSagsnummer, seedSager } from "../sdi/fixtures";

/**
 * The seed never depends on the clock: payments are generated up to a fixed date, and whether
 * one is planned or paid – and how far ahead planned ones are known – is decided when a search
 * is answered, by the clock the portal shares (lib/klokke.ts).
 */
const SEED_TIL = "2029-12-31";

// ---- calendar: whole days since 1970-01-01 (UTC), as ISO strings are too slow for 20,000 rows ----

type Dag = number;
const DAG_MS = 86_400_000;
const dag = (dato: string): Dag => Date.parse(`${dato}T00:00:00Z`) / DAG_MS;
// Memoised: the Storforbruger's 60,000 dates fall on a few thousand days, and formatting dominated the seed time.
const isoCache = new Map<Dag, string>();
function iso(d: Dag): string {
  let s = isoCache.get(d);
  if (s === undefined) isoCache.set(d, (s = new Date(d * DAG_MS).toISOString().slice(0, 10)));
  return s;
}

function maanedsslut(d: Dag): Dag {
  const dato = new Date(d * DAG_MS);
  return Date.UTC(dato.getUTCFullYear(), dato.getUTCMonth() + 1, 0) / DAG_MS;
}

function plusMaaneder(d: Dag, maaneder: number): Dag {
  const dato = new Date(d * DAG_MS);
  return Date.UTC(dato.getUTCFullYear(), dato.getUTCMonth() + maaneder, dato.getUTCDate()) / DAG_MS;
}

const SEED_TIL_DAG = dag(SEED_TIL);

/** Planned payments are known two months ahead of today. */
export function planlagtTil(idag: string): string {
  return iso(plusMaaneder(dag(idag), 2));
}

// Banks pay on weekdays (1970-01-01 was a Thursday); public holidays are left out, the demo does not need them.
const erWeekend = (d: Dag) => (d + 4) % 7 === 0 || (d + 4) % 7 === 6;
const bankdagFoer = (d: Dag): Dag => (erWeekend(d) ? bankdagFoer(d - 1) : d);
const bankdagEfter = (d: Dag): Dag => (erWeekend(d) ? bankdagEfter(d + 1) : d);

// ---- how a ydelse is paid ----

type Frekvens = {
  beregningsfrekvens: string;
  periodeSlut: (start: Dag) => Dag;
  /** Days in a whole period: a shorter first or last period is paid pro rata. */
  dageIPeriode: (start: Dag) => number;
  /** When an afterwards (bagud) payment is made for a period ending on `slut`. */
  bagudDisposition: (slut: Dag) => Dag;
  /** ATP and the share of the yearly personfradrag per whole period, in øre. */
  atp: number;
  fradrag: number;
};

const maanedlig: Frekvens = {
  beregningsfrekvens: "Månedlig",
  periodeSlut: maanedsslut,
  dageIPeriode: (start) => new Date(maanedsslut(start) * DAG_MS).getUTCDate(),
  bagudDisposition: bankdagFoer,
  atp: 9_900,
  fradrag: 430_000,
};

const hver14Dag: Frekvens = {
  beregningsfrekvens: "Hver 14. dag",
  periodeSlut: (start) => start + 13,
  dageIPeriode: () => 14,
  bagudDisposition: (slut) => bankdagEfter(slut + 4),
  atp: 4_570,
  fradrag: 198_500,
};

const ugentlig: Frekvens = {
  beregningsfrekvens: "Ugentlig",
  periodeSlut: (start) => start + 6,
  dageIPeriode: () => 7,
  bagudDisposition: (slut) => bankdagEfter(slut + 4),
  atp: 2_285,
  fradrag: 99_200,
};

/** A typical trækprocent (kommuneskat plus bundskat); close enough for a demo payslip. */
const TRAEKPROCENT = 0.38;

type Betaler = { myndighed: BevillingWire["udbetalendeMyndighed"]; afdeling: string };

const kommunen: Betaler = {
  myndighed: { navn: KOMMUNE.navn, cvr: KOMMUNE.cvr },
  afdeling: `${enheder.ydelsesservice.navn}, ${KOMMUNE.navn}`,
};

// Without a CVR: we found no source for Udbetaling Danmark's number, and the contract allows none.
const udbetalingDanmark: Betaler = { myndighed: { navn: "Udbetaling Danmark" }, afdeling: "Udbetaling Danmark" };

type BevillingSeed = {
  cpr: string;
  noegle: string;
  /** The SDI sag it was decided on, by sagsnummer. */
  sagsnummer?: string;
  start: string;
  slut?: string;
  betaler: Betaler;
  navn: string;
  ydelsesnavn: string;
  skattepligtig: boolean;
  frekvens: Frekvens;
  forudBagud: "Forud" | "Bagud";
  /** Øre per whole period, each from its date until the next (rates are regulated each January). */
  satser: { fra: string; oere: number }[];
};

/** A bevilling and a payment as the source holds them; their status follows from the date asked about. */
export type BevillingUdenStatus = Omit<BevillingWire, "status">;
export type EffektueringUdenStatus = Omit<Extract<EffektueringWire, { status: "planlagt" }>, "status">;
export type SeededBevilling = { partCpr: string; bevilling: BevillingUdenStatus };
export type SeededEffektuering = { partCpr: string; effektuering: EffektueringUdenStatus };

const named: BevillingSeed[] = [
  {
    cpr: citizens.karen.cpr,
    noegle: "BEV-2025-0131",
    sagsnummer: "32.03.12-G01-7-25",
    start: "2025-02-01",
    betaler: kommunen,
    navn: "Personligt tillæg til medicin",
    ydelsesnavn: "Personligt tillæg",
    skattepligtig: false,
    frekvens: maanedlig,
    forudBagud: "Bagud",
    satser: [
      { fra: "2025-02-01", oere: 41_250 },
      { fra: "2026-01-01", oere: 43_875 },
    ],
  },
  {
    cpr: citizens.karen.cpr,
    noegle: "BS-2023-88412",
    start: "2023-01-01",
    betaler: udbetalingDanmark,
    navn: "Boligstøtte",
    ydelsesnavn: "Boligstøtte",
    skattepligtig: false,
    frekvens: maanedlig,
    forudBagud: "Forud",
    satser: [
      { fra: "2023-01-01", oere: 294_600 },
      { fra: "2024-01-01", oere: 301_200 },
      { fra: "2025-01-01", oere: 308_500 },
      { fra: "2026-01-01", oere: 315_400 },
    ],
  },
  {
    cpr: citizens.amir.cpr,
    noegle: "BEV-2025-0212",
    sagsnummer: "15.17.06-G01-44-25",
    start: "2025-02-17",
    slut: "2025-08-17",
    betaler: kommunen,
    navn: "Sygedagpenge",
    ydelsesnavn: "Sygedagpenge",
    skattepligtig: true,
    frekvens: hver14Dag,
    forudBagud: "Bagud",
    satser: [{ fra: "2025-02-17", oere: 991_008 }],
  },
  {
    cpr: citizens.amir.cpr,
    noegle: "BEV-2025-0874",
    sagsnummer: "15.17.12-G01-8-25",
    start: "2025-08-18",
    betaler: kommunen,
    navn: "Ressourceforløbsydelse under jobafklaringsforløb",
    ydelsesnavn: "Ressourceforløbsydelse",
    skattepligtig: true,
    frekvens: maanedlig,
    forudBagud: "Bagud",
    satser: [
      { fra: "2025-08-18", oere: 1_255_000 },
      { fra: "2026-01-01", oere: 1_292_800 },
    ],
  },
  {
    cpr: citizens.sofie.cpr,
    noegle: "BEV-2024-0044",
    sagsnummer: "32.24.04-G01-5-24",
    start: "2024-01-08",
    slut: "2024-08-31",
    betaler: kommunen,
    navn: "Kontanthjælp",
    ydelsesnavn: "Kontanthjælp",
    skattepligtig: true,
    frekvens: maanedlig,
    forudBagud: "Bagud",
    satser: [{ fra: "2024-01-08", oere: 892_900 }],
  },
];

// ---- the Storforbruger: 20,000 effektueringer for the paging and speed tests ----

const STORFORBRUGER_BEVILLINGER = 40;
const EFFEKTUERINGER_PER_BEVILLING = 500;

/** Only sager on a monetary ydelse get a bevilling. */
const ydelseForEmne: Record<string, { navn: string; skattepligtig: boolean }> = {
  [kle.personligtTillaeg.kle]: { navn: "Personligt tillæg", skattepligtig: false },
  [kle.sygedagpenge.kle]: { navn: "Sygedagpenge", skattepligtig: true },
  [kle.revalidering.kle]: { navn: "Revalideringsydelse", skattepligtig: true },
  [kle.forsoergelse.kle]: { navn: "Kontanthjælp", skattepligtig: true },
};

type SeededSag = ReturnType<typeof seedSager>[number];

// The SDI seed is deterministic and costs more than this whole seed, so it is built once per process.
let sdiSager: SeededSag[] | undefined;
const sagerFraSdi = () => (sdiSager ??= seedSager());

/** When the sag reached its latest fremdrift: the bevilling starts then. */
const sagDato = (s: SeededSag) => s.sag.fremdrift[s.sag.fremdrift.length - 1]!.fra;

function storforbrugerBevillinger(sager: SeededSag[]): BevillingSeed[] {
  const random = mulberry32(20_000);
  // Started before 2016, 500 weeks end well before today: none is cut off by the planning horizon, so the count is exact.
  const kandidater = sager.filter(
    (s) =>
      s.partCpr === citizens.storforbruger.cpr && s.sag.primaerKlasse.kle in ydelseForEmne && sagDato(s) < "2016-01-01",
  );
  return Array.from({ length: STORFORBRUGER_BEVILLINGER }, (_, i) => {
    const sag = kandidater[Math.floor((i * kandidater.length) / STORFORBRUGER_BEVILLINGER)]!;
    const ydelse = ydelseForEmne[sag.sag.primaerKlasse.kle]!;
    const start = sagDato(sag);
    return {
      cpr: citizens.storforbruger.cpr,
      noegle: `BEV-${sag.sag.sagsnummer}`,
      sagsnummer: sag.sag.sagsnummer,
      start,
      slut: iso(dag(start) + EFFEKTUERINGER_PER_BEVILLING * 7 - 1),
      betaler: kommunen,
      navn: ydelse.navn,
      ydelsesnavn: ydelse.navn,
      skattepligtig: ydelse.skattepligtig,
      frekvens: ugentlig,
      forudBagud: "Bagud",
      satser: [{ fra: start, oere: 30_000 + Math.floor(random() * 270_000) }],
    };
  });
}

/** The load bench's citizens (none in the demo): a monthly personligt tillæg from 2024 on the sag that decided it. */
function benchBevillinger(): BevillingSeed[] {
  return benchCitizens.map((borger, n) => ({
    cpr: borger.cpr,
    noegle: `BEV-${benchSagsnummer(n, 1)}`,
    sagsnummer: benchSagsnummer(n, 1),
    start: "2024-02-01",
    betaler: kommunen,
    navn: "Personligt tillæg",
    ydelsesnavn: "Personligt tillæg",
    skattepligtig: false,
    frekvens: maanedlig,
    forudBagud: "Forud",
    satser: [{ fra: "2024-02-01", oere: 30_000 + n * 100 }],
  }));
}

// ---- building the wire objects ----

function efterSkatOgAtp(brutto: number, seed: BevillingSeed, andel: number): number {
  if (!seed.skattepligtig) return brutto;
  const atp = Math.round(seed.frekvens.atp * andel);
  const skat = Math.max(0, Math.round((brutto - atp - seed.frekvens.fradrag * andel) * TRAEKPROCENT));
  return brutto - atp - skat;
}

function byg(seed: BevillingSeed, sagUuid: (sagsnummer: string) => string) {
  const uuid = deterministicUuid(`bevilling:${seed.noegle}`);
  const bevilling: BevillingUdenStatus = {
    uuid,
    brugervendtNoegle: seed.noegle,
    startdato: seed.start,
    slutdato: seed.slut,
    sagRef: seed.sagsnummer === undefined ? undefined : sagUuid(seed.sagsnummer),
    bevilgedeYdelser: [
      {
        id: "1",
        navn: seed.navn,
        start: seed.start,
        slut: seed.slut,
        ydelse: { ydelsesnavn: seed.ydelsesnavn },
        effektueringsplaner: seed.satser.map((sats, i) => {
          const naeste = seed.satser[i + 1];
          return {
            id: String(i + 1),
            start: sats.fra,
            slut: naeste ? iso(dag(naeste.fra) - 1) : seed.slut,
            beregningsfrekvens: seed.frekvens.beregningsfrekvens,
            forudBagud: seed.forudBagud,
            ydelsesbeloeb: oereTilBeloeb(sats.oere),
          };
        }),
      },
    ],
    udbetalendeMyndighed: seed.betaler.myndighed,
  };

  const sidste = seed.slut === undefined ? Infinity : dag(seed.slut);
  const satser = seed.satser.map((sats) => ({ fra: dag(sats.fra), oere: sats.oere }));
  const effektueringer: EffektueringUdenStatus[] = [];
  for (let start = dag(seed.start); start <= sidste; ) {
    const heleSlut = seed.frekvens.periodeSlut(start);
    const slut = Math.min(heleSlut, sidste);
    const disposition = seed.forudBagud === "Forud" ? bankdagFoer(start - 1) : seed.frekvens.bagudDisposition(heleSlut);
    if (disposition > SEED_TIL_DAG) break;
    const andel = (slut - start + 1) / seed.frekvens.dageIPeriode(start);
    const brutto = Math.round(satser.findLast((s) => s.fra <= start)!.oere * andel);
    const [startdato, slutdato] = [iso(start), iso(slut)];
    effektueringer.push({
      uuid: deterministicUuid(`effektuering:${seed.noegle}:${startdato}`),
      startdato,
      slutdato,
      dispositionsdato: iso(disposition),
      samletBruttobeloeb: oereTilBeloeb(brutto),
      beloebEfterSkatATP: oereTilBeloeb(efterSkatOgAtp(brutto, seed, andel)),
      udbetalingsafdeling: seed.betaler.afdeling,
      bevillingUuid: uuid,
      linjer: [
        {
          ydelsesperiodeStart: startdato,
          ydelsesperiodeSlut: slutdato,
          ydelsesbeloeb: oereTilBeloeb(brutto),
          klassifikationsbeskrivelse: seed.navn,
          bevilgetYdelseRef: { bevillingUuid: uuid, id: "1" },
        },
      ],
    });
    start = slut + 1;
  }
  return { bevilling, effektueringer };
}

export function seedYdelsesindeks(): { bevillinger: SeededBevilling[]; effektueringer: SeededEffektuering[] } {
  const sager = sagerFraSdi();
  const uuidFraSagsnummer = new Map(sager.map((s) => [s.sag.sagsnummer, s.sag.uuid]));
  const sagUuid = (sagsnummer: string) => {
    const uuid = uuidFraSagsnummer.get(sagsnummer);
    if (!uuid) throw new Error(`Ydelsesindeks seed: no SDI sag ${sagsnummer}`);
    return uuid;
  };
  const bevillinger: SeededBevilling[] = [];
  const effektueringer: SeededEffektuering[] = [];
  for (const seed of [...named, ...storforbrugerBevillinger(sager), ...benchBevillinger()]) {
    const bygget = byg(seed, sagUuid);
    bevillinger.push({ partCpr: seed.cpr, bevilling: bygget.bevilling });
    for (const effektuering of bygget.effektueringer) effektueringer.push({ partCpr: seed.cpr, effektuering });
  }
  return { bevillinger, effektueringer };
}
