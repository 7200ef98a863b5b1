import { registerNavn } from "@/lib/domain/register";
import type { Afgoerelse, Dokument, GrundlagDatum, SagDetalje, SagOversigt, SagStatus } from "@/lib/domain/sag";
import { anmoderTekst } from "../anmodning";
import {
  VISNING_UNDTAGET_FOR_BORGER,
  VISNING_UNDTAGET_FOR_REPRAESENTANT,
  type DokumentWire,
  type FremdriftStatus,
  type GrundlagDatumWire,
  type SagDetaljeWire,
  type SagWire,
} from "./wire";

export const statusFraFremdrift: Record<FremdriftStatus, SagStatus> = {
  Opstaaet: "opstaaet",
  Oplyst: "oplyst",
  Afgjort: "afgjort",
  Afsluttet: "afsluttet",
};

export const fremdriftFraStatus = Object.fromEntries(
  Object.entries(statusFraFremdrift).map(([wire, status]) => [status, wire]),
) as Record<SagStatus, FremdriftStatus>;

/** Document types in the words a citizen uses. */
const dokumentTypeTekst: Record<DokumentWire["type"], string> = {
  Faktura: "Regning",
  "Brev, indgaaende": "Brev til kommunen",
  "Brev, udgaaende": "Brev fra kommunen",
  Brev: "Brev",
  "Internt Notat": "Notat",
  "Eksternt Notat": "Notat",
  Rapport: "Rapport",
  Dagsorden: "Dagsorden",
  Plan: "Plan",
  Andet: "Dokument",
};

const udfald: Record<NonNullable<SagDetaljeWire["afgoerelsesklasse"]>["gruppe"], Afgoerelse["udfald"]> = {
  "Afgørelse i primær parts favør": "bevilget",
  "Afgørelse mod primær parts favør": "afslag",
  "Afgørelse delvis i primær parts favør": "delvis",
  Annulleret: "annulleret",
  "Ydelsen ophører": "ophoer",
};

export function erSynligForBorger(sag: Pick<SagWire, "visningsklasser">): boolean {
  return !sag.visningsklasser.includes(VISNING_UNDTAGET_FOR_BORGER);
}

export function erUndtagetForRepraesentant(item: { visningsklasser?: string[] }): boolean {
  return item.visningsklasser?.includes(VISNING_UNDTAGET_FOR_REPRAESENTANT) ?? false;
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
    venter: sag.afventer ? { hvem: sag.afventer.part === "Part" ? "dig" : "kommunen", hvad: sag.afventer.handling, frist: sag.afventer.frist } : null,
  };
}

/** A datum with its corrections; whether it is contested comes from the portal's own records, not from SDI. */
export function toGrundlagDatum({ visningsklasser, tidligereVaerdier, ...g }: GrundlagDatumWire): GrundlagDatum {
  return {
    ...g,
    kilde: registerNavn(g.kilde),
    tidligereVaerdier: tidligereVaerdier.map(({ anmodning, ...t }) => ({ ...t, anmodetAf: anmodning ? anmoderTekst(anmodning) : null })),
    skjultForFuldmaegtige: erUndtagetForRepraesentant({ visningsklasser }),
    anfaegtet: null,
  };
}

export function toSagDetalje(sag: SagDetaljeWire): SagDetalje {
  const a = sag.afgoerelse;
  return {
    ...toSagOversigt(sag),
    beskrivelse: sag.beskrivelse ?? null,
    tidslinje: sag.fremdrift.map((f) => ({ status: statusFraFremdrift[f.status], fra: f.fra, til: f.til })),
    kontaktpersonId: sag.primaerBehandler?.type === "Bruger" ? sag.primaerBehandler.uuid : null,
    ansvarligEnhedId: sag.ansvarligEnhed.uuid,
    afgoerelse: a
      ? {
          dato: a.dato,
          udfald: sag.afgoerelsesklasse ? udfald[sag.afgoerelsesklasse.gruppe] : "bevilget",
          resultat: a.resultat,
          hjemmel: a.hjemmel,
          klagevejledning: a.klagevejledning,
          grundlag: a.grundlag.map(toGrundlagDatum),
        }
      : null,
    dokumenter: sag.journalposter.map((j) => ({
      id: j.dokument.uuid,
      titel: j.dokument.titel,
      type: dokumentTypeTekst[j.dokument.type],
      dato: j.dokument.brevdato,
      skjultForFuldmaegtige: erUndtagetForRepraesentant(j.dokument),
    })),
  };
}

export function toDokument(d: DokumentWire): Dokument {
  return {
    id: d.uuid,
    titel: d.titel,
    type: dokumentTypeTekst[d.type],
    dato: d.brevdato,
    skjultForFuldmaegtige: erUndtagetForRepraesentant(d),
    sagId: d.sagUuid,
    tekst: d.indhold?.tekst ?? null,
  };
}
