import "server-only";
import type { Emne } from "@/lib/domain/emne";
import { callFagsystem, type Result, type Unavailable } from "../http";
import { toEmne } from "./map";
import { KLE_EMNENUMMER, klasseOpslagSvarWire, klasseSvarWire, MAKS_NOEGLER_PR_OPSLAG } from "./wire";

/**
 * One emne with its citizen explanation. An unknown (or malformed) number is not an outage: the
 * answer is `null`, and the page shows the sag without an explanation.
 */
export async function hentEmne(nr: string): Promise<Result<Emne | null>> {
  if (!KLE_EMNENUMMER.test(nr)) return { ok: true, data: null };
  const result = await callFagsystem({
    system: "klassifikation",
    path: `klasser/${nr}`,
    schema: klasseSvarWire,
    idempotent: true,
  });
  if (!result.ok) return result.status === 404 ? { ok: true, data: null } : result;
  return { ok: true, data: toEmne(result.data.klasse) };
}

/**
 * The emner of a whole sager list, keyed by KLE number; numbers the system does not know are
 * simply absent. Malformed numbers are dropped first, so one bad sag cannot fail the whole lookup.
 */
export async function hentEmner(nrs: readonly string[]): Promise<Result<Map<string, Emne>>> {
  const noegler = [...new Set(nrs)].filter((nr) => KLE_EMNENUMMER.test(nr));
  const bidder: string[][] = [];
  for (let i = 0; i < noegler.length; i += MAKS_NOEGLER_PR_OPSLAG) {
    bidder.push(noegler.slice(i, i + MAKS_NOEGLER_PR_OPSLAG));
  }
  const svar = await Promise.all(
    bidder.map((bid) =>
      callFagsystem({
        system: "klassifikation",
        path: "klasser/opslag",
        method: "POST",
        body: { noegler: bid },
        schema: klasseOpslagSvarWire,
        idempotent: true,
      }),
    ),
  );
  const fejl = svar.find((s): s is Unavailable => !s.ok);
  if (fejl) return fejl;
  const klasser = svar.flatMap((s) => (s.ok ? s.data.klasser : []));
  return { ok: true, data: new Map(klasser.map((k) => [k.brugervendtNoegle, toEmne(k)])) };
}
