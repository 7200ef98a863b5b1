import "server-only";
import type { BrevKvittering, BrevSide } from "@/lib/domain/post";
import { env } from "@/lib/env";
import { callFagsystem, type Result } from "../http";
import { toBrev } from "./map";
import { brevKvitteringWire, brevSoegeresultatWire, type BrevSoegningWire, type SendBrevWire } from "./wire";

const AFSENDER_NAVN = "Korsbæk Kommune";

/**
 * Sends a letter from the kommune. Callers derive `idempotensNoegle` from what the letter is about
 * (e.g. the fuldmagt id and event), so sending it again, after a double submit or an unknown
 * outcome, returns the letter already delivered instead of a second one.
 */
export async function sendBrev(brev: {
  idempotensNoegle: string;
  modtagerCpr: string;
  titel: string;
  tekst: string;
  kategori?: string;
}): Promise<Result<BrevKvittering>> {
  return callFagsystem({
    system: "digitalpost",
    path: "breve",
    method: "POST",
    body: {
      idempotensNoegle: brev.idempotensNoegle,
      modtager: { cprNummer: brev.modtagerCpr },
      afsender: { navn: AFSENDER_NAVN, cvr: env().KOMMUNE_CVR },
      titel: brev.titel,
      tekst: brev.tekst,
      kategori: brev.kategori,
    } satisfies SendBrevWire,
    schema: brevKvitteringWire,
    idempotent: false,
  });
}

/** The citizen's letters, newest first, one page at a time. */
export async function hentBreve(cpr: string, page: { side: number; antal: number }): Promise<Result<BrevSide>> {
  const result = await callFagsystem({
    system: "digitalpost",
    path: "breve/soeg",
    method: "POST",
    body: { cprNummer: cpr, ...page } satisfies BrevSoegningWire,
    schema: brevSoegeresultatWire,
    idempotent: true,
  });
  if (!result.ok) return result;
  const { breve, side, antal, total } = result.data;
  return { ok: true, data: { breve: breve.map(toBrev), side, antal, total } };
}
