import type { SagOversigt, SagStatus } from "@/lib/domain/sag";
import { VISNING_UNDTAGET_FOR_BORGER, type SagWire } from "./wire";

const statusFraFremdrift: Record<SagWire["fremdrift"][number]["status"], SagStatus> = {
  Opstaaet: "opstaaet",
  Oplyst: "oplyst",
  Afgjort: "afgjort",
  Afsluttet: "afsluttet",
};

export function erSynligForBorger(sag: SagWire): boolean {
  return !sag.visningsklasser.includes(VISNING_UNDTAGET_FOR_BORGER);
}

/** The current fremdrift is the one whose period is still open. */
export function toSagOversigt(sag: SagWire): SagOversigt {
  const current = sag.fremdrift.find((f) => f.til === null) ?? sag.fremdrift[sag.fremdrift.length - 1]!;
  return {
    id: sag.uuid,
    sagsnummer: sag.sagsnummer,
    titel: sag.titel,
    emne: { kle: sag.primaerKlasse.kle, titel: sag.primaerKlasse.titel },
    status: statusFraFremdrift[current.status],
    lokalStatus: sag.sagsstatus ?? null,
    ansvarligEnhed: sag.ansvarligEnhed.navn,
    sidstAendret: sag.sidstAendret,
  };
}
