import "server-only";
import type { IndkomstFelt, IndkomstSamtykke, Indkomstoversigt } from "@/lib/domain/indkomst";
import { callFagsystem, type Result } from "../http";
import { toIndkomstoversigt } from "./map";
import { indkomstSvarWire, type IndkomstSoegningWire } from "./wire";

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
