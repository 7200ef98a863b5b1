import "server-only";
import type { Aarstotal, BevillingSide, UdbetalingSide } from "@/lib/domain/ydelse";
import { callFagsystem, type Result } from "../http";
import { cprPartRef } from "../sdi/wire";
import { toAarstotal, toBevilling, toUdbetaling } from "./map";
import { aarstotalerWire, bevillingSoegeresultatWire, effektueringSoegeresultatWire } from "./wire";

/** The citizen's bevillinger, active ones first, one page at a time. */
export async function soegBevillinger(
  cpr: string,
  page: { side: number; antal: number },
): Promise<Result<BevillingSide>> {
  const result = await callFagsystem({
    system: "ydelsesindeks",
    path: "bevillinger/soeg",
    method: "POST",
    body: { partRef: cprPartRef(cpr), ...page },
    schema: bevillingSoegeresultatWire,
    idempotent: true,
  });
  if (!result.ok) return result;
  const { bevillinger, side, antal, total } = result.data;
  return { ok: true, data: { bevillinger: bevillinger.map(toBevilling), side, antal, total } };
}

/**
 * The citizen's udbetalinger, planned and paid, newest first. Filtered and paged at the source:
 * a citizen can have tens of thousands. `fra`/`til` bound the payment date, both inclusive.
 */
export async function soegEffektueringer(
  cpr: string,
  soegning: { side: number; antal: number; bevillingUuid?: string; fra?: string; til?: string },
): Promise<Result<UdbetalingSide>> {
  const result = await callFagsystem({
    system: "ydelsesindeks",
    path: "effektueringer/soeg",
    method: "POST",
    body: { partRef: cprPartRef(cpr), ...soegning },
    schema: effektueringSoegeresultatWire,
    idempotent: true,
  });
  if (!result.ok) return result;
  const { effektueringer, side, antal, total } = result.data;
  return { ok: true, data: { udbetalinger: effektueringer.map(toUdbetaling), side, antal, total } };
}

/** What was paid per year, summed by the Ydelsesindeks rather than by fetching every udbetaling. */
export async function aarstotaler(cpr: string): Promise<Result<Aarstotal[]>> {
  const result = await callFagsystem({
    system: "ydelsesindeks",
    path: "effektueringer/aarstotaler",
    method: "POST",
    body: { partRef: cprPartRef(cpr) },
    schema: aarstotalerWire,
    idempotent: true,
  });
  return result.ok ? { ok: true, data: result.data.map(toAarstotal) } : result;
}
