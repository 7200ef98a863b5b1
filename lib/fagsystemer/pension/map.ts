import type { PensionFelt, Pensionsordning, Pensionsoversigt } from "@/lib/domain/pension";
import type { OrdningSvarWire, OrdningWire } from "./wire";

/** Amounts the samtykke does not name become null, even if a provider over-shares them. */
function toPensionsordning(o: OrdningWire, felter: readonly PensionFelt[]): Pensionsordning {
  const felt = (navn: PensionFelt) => (felter.includes(navn) ? (o[navn] ?? null) : null);
  return {
    ordningsnummer: o.ordningsnummer,
    type: o.type,
    depotvaerdi: felt("depotvaerdi"),
    forventetUdbetalingPrAar: felt("forventetUdbetalingPrAar"),
    opgjort: o.opgjort,
  };
}

export function toPensionsoversigt(
  svar: OrdningSvarWire,
  felter: readonly PensionFelt[],
): Pensionsoversigt {
  return {
    pensionsselskab: svar.pensionsselskab.navn,
    ordninger: svar.ordninger.map((o) => toPensionsordning(o, felter)),
  };
}
