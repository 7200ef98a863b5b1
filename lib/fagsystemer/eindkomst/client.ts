import "server-only";
import type { IndkomstFelt, IndkomstSamtykke, Indkomstoversigt } from "@/lib/domain/indkomst";
import { callFagsystem, type Result, type Unavailable } from "../http";
import { toIndkomstoversigt } from "./map";
import { indkomstSvarWire, type IndkomstSoegningWire } from "./wire";

/**
 * True when the source refused because the samtykke is missing, expired or too narrow (HTTP 403
 * in the eIndkomst and pension contracts), so a page can say "Samtykke mangler" rather than
 * pretending the system is down.
 */
export function manglerSamtykke(result: Result<unknown>): result is Unavailable & { status: 403 } {
  return !result.ok && result.reason === "http" && result.status === 403;
}

/** The citizen's monthly income per indberetter, `fra`–`til` inclusive ("YYYY-MM"), only the named felter. */
export async function hentIndkomst(
  cpr: string,
  soegning: { fra: string; til: string; felter: readonly IndkomstFelt[] },
  samtykke: IndkomstSamtykke,
): Promise<Result<Indkomstoversigt>> {
  const result = await callFagsystem({
    system: "eindkomst",
    path: "indkomst/soeg",
    method: "POST",
    body: {
      cprNummer: cpr,
      fra: soegning.fra,
      til: soegning.til,
      felter: [...soegning.felter],
      samtykke: { id: samtykke.id, felter: [...samtykke.felter], gyldigTil: samtykke.gyldigTil.toISOString() },
    } satisfies IndkomstSoegningWire,
    schema: indkomstSvarWire,
    idempotent: true,
  });
  return result.ok ? { ok: true, data: toIndkomstoversigt(result.data.linjer, soegning) } : result;
}
