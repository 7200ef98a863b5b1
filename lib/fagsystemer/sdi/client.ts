import "server-only";
import type { SagSide } from "@/lib/domain/sag";
import { callFagsystem, type Result } from "../http";
import { erSynligForBorger, toSagOversigt } from "./map";
import { cprPartRef, sagSoegeresultatWire, VISNING_UNDTAGET_FOR_BORGER } from "./wire";

/**
 * The citizen's own sager, one page at a time. Sager marked "Visning undtaget for borger" are
 * excluded at the source and filtered again here, so a misbehaving index cannot leak one.
 */
export async function soegBorgersSager(
  cpr: string,
  page: { side: number; antal: number },
): Promise<Result<SagSide>> {
  const result = await callFagsystem({
    system: "sdi",
    path: "sager/soeg",
    method: "POST",
    body: { partRef: cprPartRef(cpr), udenVisningsklasse: VISNING_UNDTAGET_FOR_BORGER, ...page },
    schema: sagSoegeresultatWire,
    idempotent: true,
  });
  if (!result.ok) return result;
  const { sager, side, antal, total } = result.data;
  return { ok: true, data: { sager: sager.filter(erSynligForBorger).map(toSagOversigt), side, antal, total } };
}
