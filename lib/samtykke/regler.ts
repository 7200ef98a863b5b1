import { addDays } from "date-fns";
import { idagIso, slutAfDag } from "@/lib/fuldmagt/datoer";
import { aarValg, ENGANGS_DAGE, KATEGORIER, MAKS_DAGE, type OmfangElement } from "./kategorier";
import type { DelingInput } from "./schema";

export type Vurdering =
  | { ok: true; omfang: OmfangElement[]; gyldigTil: Date; sidsteDag: string }
  | { ok: false; fejl: Record<string, string> };

/**
 * The rules of a sharing samtykke, as one pure function: a year for payments from the list, and
 * a period that ends after today and at most 90 days ahead (a one-time samtykke lapses after 14
 * days if it is not used). Every problem comes back on its field.
 */
export function vurderDeling(input: DelingInput, now: Date): Vurdering {
  const fejl: Record<string, string> = {};
  const iAar = Number(idagIso(now).slice(0, 4));
  const aar = Number(input.aar);
  const medAar = input.kategorier.some((k) => KATEGORIER[k].medAar);
  if (medAar && !aarValg(iAar).includes(aar)) fejl.aar = "Vælg, hvilket år udbetalingerne skal være fra";
  const idag = idagIso(now);
  const maks = idagIso(addDays(now, MAKS_DAGE));
  let sidsteDag = idagIso(addDays(now, ENGANGS_DAGE));
  if (input.varighed === "loebende") {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(input.gyldigTil)) fejl.gyldigTil = "Vælg, hvornår samtykket skal slutte";
    else if (input.gyldigTil <= idag) fejl.gyldigTil = "Slutdatoen skal ligge efter i dag.";
    else if (input.gyldigTil > maks) fejl.gyldigTil = `Et samtykke kan højst gælde i ${MAKS_DAGE} dage. Vælg en dato senest ${maks.split("-").reverse().join("-")}.`;
    else sidsteDag = input.gyldigTil;
  }
  if (Object.keys(fejl).length > 0) return { ok: false, fejl };
  const omfang = input.kategorier.map((k): OmfangElement => (KATEGORIER[k].medAar ? { kategori: k, aar } : { kategori: k }));
  return { ok: true, omfang, gyldigTil: slutAfDag(sidsteDag), sidsteDag };
}
