import "server-only";
import { z } from "zod";
import type { Dokument, GrundlagDatum, SagDetalje, SagSide, SagSoegning } from "@/lib/domain/sag";
import { callFagsystem, type Result } from "../http";
import type { AnmodningWire } from "../anmodning";
import { erSynligForBorger, fremdriftFraStatus, toDokument, toGrundlagDatum, toSagDetalje, toSagOversigt } from "./map";
import {
  cprPartRef,
  datumRettelseSvarWire,
  dokumentSvarWire,
  sagSoegeresultatWire,
  sagSvarWire,
  VISNING_UNDTAGET_FOR_BORGER,
} from "./wire";

const uuid = z.uuid();

/**
 * The citizen's own sager, one page at a time, filtered at the source. Sager marked "Visning
 * undtaget for borger" are excluded at the source and filtered again here, so a misbehaving index
 * cannot leak one.
 */
export async function soegBorgersSager(
  cpr: string,
  page: { side: number; antal: number } & SagSoegning,
): Promise<Result<SagSide>> {
  const { side, antal, status, kle, soegetekst } = page;
  const result = await callFagsystem({
    system: "sdi",
    path: "sager/soeg",
    method: "POST",
    body: {
      partRef: cprPartRef(cpr),
      udenVisningsklasse: VISNING_UNDTAGET_FOR_BORGER,
      side,
      antal,
      ...(status?.length ? { fremdrift: status.map((s) => fremdriftFraStatus[s]) } : {}),
      ...(kle ? { kle } : {}),
      ...(soegetekst ? { soegetekst } : {}),
    },
    schema: sagSoegeresultatWire,
    idempotent: true,
  });
  if (!result.ok) return result;
  const { sager, total } = result.data;
  return { ok: true, data: { sager: sager.filter(erSynligForBorger).map(toSagOversigt), side, antal, total } };
}

/**
 * Why a sag or document that exists is not this person's to see: they are not a part, or the
 * caseworker has hidden it from citizens. The pages say "not found" either way; the data layer
 * records the refusal with this reason.
 */
export type Udelukket = { udelukket: "ikke-part" | "skjult-for-borger" };

/**
 * One sag, only if this person is a part of it and it may be shown to citizens. Anything else is
 * "not found" (null) or excluded with its reason, so the answer never shows a hidden sag or
 * someone else's sag.
 */
export async function hentBorgersSag(cpr: string, id: string): Promise<Result<SagDetalje | Udelukket | null>> {
  if (!uuid.safeParse(id).success) return { ok: true, data: null };
  const result = await callFagsystem({ system: "sdi", path: `sager/${id}`, schema: sagSvarWire, idempotent: true });
  if (!result.ok) return result.status === 404 ? { ok: true, data: null } : result;
  const sag = result.data.sag;
  if (!sag.parter.some((p) => p.ref === cprPartRef(cpr))) return { ok: true, data: { udelukket: "ikke-part" } };
  if (!erSynligForBorger(sag)) return { ok: true, data: { udelukket: "skjult-for-borger" } };
  return { ok: true, data: toSagDetalje(sag) };
}

export async function hentBorgersDokument(cpr: string, id: string): Promise<Result<Dokument | Udelukket | null>> {
  if (!uuid.safeParse(id).success) return { ok: true, data: null };
  const result = await callFagsystem({ system: "sdi", path: `dokumenter/${id}`, schema: dokumentSvarWire, idempotent: true });
  if (!result.ok) return result.status === 404 ? { ok: true, data: null } : result;
  const dokument = result.data.dokument;
  if (!dokument.parter.includes(cprPartRef(cpr))) return { ok: true, data: { udelukket: "ikke-part" } };
  if (!erSynligForBorger(dokument)) return { ok: true, data: { udelukket: "skjult-for-borger" } };
  return { ok: true, data: toDokument(dokument) };
}

export function erUdelukket(value: unknown): value is Udelukket {
  return typeof value === "object" && value !== null && "udelukket" in value;
}

/** Records an accepted correction in the source system: the old value is kept, marked wrong. */
export async function retGrundlagDatum(
  datumId: string,
  rettelse: { nyVaerdi: string; begrundelse: string; anmodning?: AnmodningWire },
): Promise<Result<GrundlagDatum>> {
  const result = await callFagsystem({
    system: "sdi",
    path: `data/${uuid.parse(datumId)}/rettelse`,
    method: "POST",
    body: rettelse,
    schema: datumRettelseSvarWire,
    idempotent: false,
  });
  return result.ok ? { ok: true, data: toGrundlagDatum(result.data.datum) } : result;
}

/** Who handles a sag and who its parts are: what the access policy needs for caseworker duty. */
export async function hentSagsAnsvar(id: string): Promise<Result<{ behandlerId: string | null; parterCpr: string[] } | null>> {
  if (!uuid.safeParse(id).success) return { ok: true, data: null };
  const result = await callFagsystem({ system: "sdi", path: `sager/${id}`, schema: sagSvarWire, idempotent: true });
  if (!result.ok) return result.status === 404 ? { ok: true, data: null } : result;
  const { primaerBehandler, parter } = result.data.sag;
  return {
    ok: true,
    data: {
      behandlerId: primaerBehandler?.type === "Bruger" ? primaerBehandler.uuid : null,
      parterCpr: parter.flatMap((p) => (p.ref.startsWith("urn:oio:cpr-nr:") ? [p.ref.slice("urn:oio:cpr-nr:".length)] : [])),
    },
  };
}
