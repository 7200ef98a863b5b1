import "server-only";
import type { PensionSamtykke, Pensionsoversigt } from "@/lib/domain/pension";
import { callFagsystem, type Result } from "../http";
import { toPensionsoversigt } from "./map";
import { ordningSvarWire, type OrdningSoegningWire } from "./wire";

/** The provider refuses a missing or too narrow samtykke with 403, exactly as eIndkomst does. */

/** The citizen's pension schemes, with only the amounts the samtykke names. */
export async function hentPensionsordninger(
  cpr: string,
  samtykke: PensionSamtykke,
): Promise<Result<Pensionsoversigt>> {
  const result = await callFagsystem({
    system: "pension",
    path: "ordninger/soeg",
    method: "POST",
    body: {
      cprNummer: cpr,
      samtykke: { id: samtykke.id, felter: [...samtykke.felter], gyldigTil: samtykke.gyldigTil.toISOString() },
    } satisfies OrdningSoegningWire,
    schema: ordningSvarWire,
    idempotent: true,
  });
  return result.ok ? { ok: true, data: toPensionsoversigt(result.data, samtykke.felter) } : result;
}
