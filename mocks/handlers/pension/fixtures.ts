import type { OrdningWire } from "@/lib/fagsystemer/pension/wire";
import { citizens } from "../../personas";

/** Fictitious, and deliberately without a CVR number, so it cannot be mistaken for a real company. */
export const PENSIONSSELSKAB = { navn: "Korsbæk Pension A/S" } as const;

/** Every scheme is seeded with all amounts; the handler hands out only those the samtykke names. */
export type SeededOrdning = { cpr: string; ordning: Required<OrdningWire> };

const SENESTE_OPGOERELSE = "2026-09-30";

function ordning(
  cpr: string,
  ordningsnummer: string,
  type: OrdningWire["type"],
  depotvaerdi: string,
  forventetUdbetalingPrAar: string,
): SeededOrdning {
  return { cpr, ordning: { ordningsnummer, type, depotvaerdi, forventetUdbetalingPrAar, opgjort: SENESTE_OPGOERELSE } };
}

export function seedOrdninger(): SeededOrdning[] {
  return [
    // Small life annuities: part of why Karen qualifies for personligt tillæg.
    ordning(citizens.karen.cpr, "KP-4471-0193", "livrente", "286400.00", "31800.00"),
    ordning(citizens.ole.cpr, "KP-4471-0188", "livrente", "512900.00", "54600.00"),
    ordning(citizens.ole.cpr, "KP-5502-1207", "ratepension", "48300.00", "16100.00"),
    // Bent retired recently; he chose to have his aldersopsparing paid in rates over five years.
    ordning(citizens.bent.cpr, "KP-3308-7745", "ratepension", "824500.00", "82450.00"),
    ordning(citizens.bent.cpr, "KP-3308-7746", "livrente", "1148000.00", "61200.00"),
    ordning(citizens.bent.cpr, "KP-3308-7747", "aldersopsparing", "96300.00", "19260.00"),
    // Sofie's labour-market pension since her job started in September 2024; payouts are forecasts.
    ordning(citizens.sofie.cpr, "KP-9120-3356", "ratepension", "14820.00", "3900.00"),
    ordning(citizens.sofie.cpr, "KP-9120-3357", "livrente", "9680.00", "5200.00"),
  ];
}
