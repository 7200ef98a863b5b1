import type { IndkomstLinjeWire } from "@/lib/fagsystemer/eindkomst/wire";
import { citizens } from "../../personas";
import { mulberry32 } from "../../random";

type Indberetter = IndkomstLinjeWire["indberetter"];

/** Fictitious employers. Their CVR numbers fail the modulus-11 check, so none can be a real company. */
export const arbejdsgivere = {
  maskinfabrik: { cvr: "29871640", navn: "Korsbæk Maskinfabrik A/S" },
  havnecafeen: { cvr: "31459872", navn: "Havnecaféen Korsbæk ApS" },
  kontorservice: { cvr: "35120487", navn: "Korsbæk Kontorservice ApS" },
  lager: { cvr: "38904215", navn: "Korsbæk Lager og Logistik A/S" },
} as const satisfies Record<string, Indberetter>;

/** Every line is seeded with all felter; the handler hands out only those asked for. */
export type SeededIndkomst = { cpr: string; linje: Required<IndkomstLinjeWire> };

// All amounts are in øre until they are written out, so the sums stay exact.
const PERSONFRADRAG_PR_MAANED: Record<string, number> = { "2024": 414_200, "2025": 430_000, "2026": 450_800 };
const TRAEKPROCENT = 37;
const AM_BIDRAG_PROCENT = 8;
const AMIR_MAANEDSLOEN_2025 = 3_385_000;

/**
 * Amir's lønindkomst for January 2025 as his employer reported it to eIndkomst. The kommune's own
 * records hold a different, wrong figure for that month (DESIGN.md §1): this is the right one,
 * the figure his correction request should end with.
 */
export const AMIR_KORREKT_LOENINDKOMST = {
  maaned: "2025-01",
  beloeb: kroner(AMIR_MAANEDSLOEN_2025),
  indberetter: arbejdsgivere.maskinfabrik,
} as const;

function kroner(oere: number): string {
  return `${Math.trunc(oere / 100)}.${String(oere % 100).padStart(2, "0")}`;
}

/** ATP A-sats by hours worked in the month, employer's and employee's share together. */
function atpBidrag(timer: number): number {
  if (timer >= 117) return 29_700;
  if (timer >= 78) return 19_800;
  return timer >= 39 ? 9_900 : 0;
}

function maaneder(fra: string, til: string): string[] {
  const result: string[] = [];
  for (const d = new Date(`${fra}-01T00:00:00Z`); d.toISOString().slice(0, 7) <= til; d.setUTCMonth(d.getUTCMonth() + 1)) {
    result.push(d.toISOString().slice(0, 7));
  }
  return result;
}

function linje(cpr: string, indberetter: Indberetter, maaned: string, loen: number, timer: number): SeededIndkomst {
  const atp = atpBidrag(timer);
  // AM-bidrag is paid after the employee's third of ATP; A-skat after AM-bidrag and personfradrag.
  const amGrundlag = loen - Math.round(atp / 3);
  const am = Math.round((amGrundlag * AM_BIDRAG_PROCENT) / 100);
  const fradrag = PERSONFRADRAG_PR_MAANED[maaned.slice(0, 4)]!;
  const skat = Math.max(0, Math.round(((amGrundlag - am - fradrag) * TRAEKPROCENT) / 10_000) * 100);
  return {
    cpr,
    linje: {
      maaned,
      indberetter,
      loenindkomst: kroner(loen),
      aSkat: kroner(skat),
      amBidrag: kroner(am),
      atpBidrag: kroner(atp),
    },
  };
}

/** Monthly salary at the machine factory until his employment ended while on sygedagpenge. */
function amir(): SeededIndkomst[] {
  const random = mulberry32(1409);
  return maaneder("2024-01", "2025-03").map((maaned) => {
    const overarbejde = maaned < "2025-01" && random() < 0.4 ? Math.round(random() * 24) * 10_000 : 0;
    const loen = maaned < "2025-01" ? 3_290_000 + overarbejde : AMIR_MAANEDSLOEN_2025;
    return linje(citizens.amir.cpr, arbejdsgivere.maskinfabrik, maaned, loen, 160);
  });
}

/** Hourly paid, part time, from the month after her kontanthjælp ended. */
function sofie(): SeededIndkomst[] {
  const random = mulberry32(2203);
  const timeloen: Record<string, number> = { "2024": 15_240, "2025": 15_680, "2026": 16_120 };
  return maaneder("2024-09", "2026-10").map((maaned) => {
    const timer = 80 + Math.floor(random() * 31);
    return linje(citizens.sofie.cpr, arbejdsgivere.havnecafeen, maaned, timer * timeloen[maaned.slice(0, 4)]!, timer);
  });
}

/** Two employers; the new job started part time while the old one ran out. */
function storforbruger(): SeededIndkomst[] {
  const random = mulberry32(1970);
  const cpr = citizens.storforbruger.cpr;
  const tillaeg = () => Math.round(random() * 15) * 10_000;
  const lager = (m: string): [number, number] =>
    m < "2025-07" ? [1_450_000, 74] : [(m < "2026-01" ? 3_120_000 : 3_210_000) + tillaeg(), 160];
  return [
    ...maaneder("2024-01", "2025-06").map((m) =>
      linje(cpr, arbejdsgivere.kontorservice, m, 2_940_000 + tillaeg(), 160),
    ),
    ...maaneder("2025-05", "2026-10").map((m) => linje(cpr, arbejdsgivere.lager, m, ...lager(m))),
  ];
}

/** Karen, Ole and Bent have no salary, so eIndkomst holds nothing on them here. */
export function seedIndkomst(): SeededIndkomst[] {
  return [...amir(), ...sofie(), ...storforbruger()];
}
