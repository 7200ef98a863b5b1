import { http, HttpResponse } from "msw";
import { idag } from "@/lib/klokke";
import {
  aarstotalerWire,
  aarstotalSoegningWire,
  beloebTilOere,
  bevillingSoegeresultatWire,
  bevillingSoegningWire,
  effektueringSoegeresultatWire,
  effektueringSoegningWire,
  oereTilBeloeb,
  type BevillingWire,
  type EffektueringWire,
} from "@/lib/fagsystemer/ydelsesindeks/wire";
import { grupperetPaa } from "../../store";
import { badRequest, health } from "../common";
import { partRefTilCpr } from "../sdi/fixtures";
import { planlagtTil, type BevillingUdenStatus, type EffektueringUdenStatus, type SeededBevilling, type SeededEffektuering } from "./fixtures";
import { ydelsesindeksStore } from "./store";

function side<T>(rows: T[], nr: number, antal: number): T[] {
  return rows.slice((nr - 1) * antal, nr * antal);
}

/**
 * A person's effektueringer known today, in the store's order (the order searches answer in):
 * paid ones, and planned ones up to two months ahead. "Today" is the clock the portal shares.
 */
function effektueringerFor(partRef: string, dag: string): EffektueringUdenStatus[] {
  const horisont = planlagtTil(dag);
  return effektueringerAf(ydelsesindeksStore.get().effektueringer, partRefTilCpr(partRef))
    .filter((e) => e.effektuering.dispositionsdato <= horisont)
    .map((e) => e.effektuering);
}
const effektueringerAf = grupperetPaa<SeededEffektuering>((e) => [e.partCpr]);

/** Paid once its dispositionsdato has come; until then planned, with nothing paid yet. */
function medStatus(e: EffektueringUdenStatus, dag: string): EffektueringWire {
  return e.dispositionsdato > dag ? { ...e, status: "planlagt" } : { ...e, status: "udbetalt", beloebUdbetalt: e.beloebEfterSkatATP };
}

/** Active first, then the newest; uuid breaks ties so pages are stable. */
function bevillingerFor(partRef: string, dag: string): BevillingWire[] {
  const cpr = partRefTilCpr(partRef);
  const medStatus = (b: BevillingUdenStatus): BevillingWire => ({ ...b, status: b.slutdato && b.slutdato < dag ? "Inaktiv" : "Aktiv" });
  return bevillingerAf(ydelsesindeksStore.get().bevillinger, cpr)
    .map((b) => medStatus(b.bevilling))
    .sort(
      (a, b) =>
        Number(b.status === "Aktiv") - Number(a.status === "Aktiv") ||
        (b.startdato < a.startdato ? -1 : b.startdato > a.startdato ? 1 : 0) ||
        (a.uuid < b.uuid ? -1 : 1),
    );
}
const bevillingerAf = grupperetPaa<SeededBevilling>((b) => [b.partCpr]);

export const ydelsesindeksHandlers = [
  health("ydelsesindeks"),

  // POST /ydelsesindeks/bevillinger/soeg – a person's bevillinger, paged at the source
  http.post("*/ydelsesindeks/bevillinger/soeg", async ({ request }) => {
    const body = bevillingSoegningWire.safeParse(await request.json().catch(() => null));
    if (!body.success) return badRequest(body.error);
    const { partRef, side: nr, antal } = body.data;
    const matches = bevillingerFor(partRef, idag());
    return HttpResponse.json(
      bevillingSoegeresultatWire.parse({ bevillinger: side(matches, nr, antal), side: nr, antal, total: matches.length }),
    );
  }),

  // POST /ydelsesindeks/effektueringer/soeg – a person's payments, planned and paid, filtered and paged at the source
  http.post("*/ydelsesindeks/effektueringer/soeg", async ({ request }) => {
    const body = effektueringSoegningWire.safeParse(await request.json().catch(() => null));
    if (!body.success) return badRequest(body.error);
    const { partRef, side: nr, antal, bevillingUuid, fra, til } = body.data;
    const dag = idag();
    const matches = effektueringerFor(partRef, dag).filter(
      (e) =>
        (!bevillingUuid || e.bevillingUuid === bevillingUuid) &&
        (!fra || e.dispositionsdato >= fra) &&
        (!til || e.dispositionsdato <= til),
    );
    return HttpResponse.json(
      effektueringSoegeresultatWire.parse({
        effektueringer: side(matches, nr, antal).map((e) => medStatus(e, dag)),
        side: nr,
        antal,
        total: matches.length,
      }),
    );
  }),

  // POST /ydelsesindeks/effektueringer/aarstotaler – paid amounts per year, so no client sums 20,000 rows
  http.post("*/ydelsesindeks/effektueringer/aarstotaler", async ({ request }) => {
    const body = aarstotalSoegningWire.safeParse(await request.json().catch(() => null));
    if (!body.success) return badRequest(body.error);
    const perAar = new Map<number, { brutto: number; efterSkatATP: number; udbetalt: number; antal: number }>();
    const dag = idag();
    for (const e of effektueringerFor(body.data.partRef, dag)) {
      if (e.dispositionsdato > dag) continue;
      const aar = Number(e.dispositionsdato.slice(0, 4));
      const sum = perAar.get(aar) ?? { brutto: 0, efterSkatATP: 0, udbetalt: 0, antal: 0 };
      sum.brutto += beloebTilOere(e.samletBruttobeloeb);
      sum.efterSkatATP += beloebTilOere(e.beloebEfterSkatATP);
      sum.udbetalt += beloebTilOere(e.beloebEfterSkatATP);
      sum.antal += 1;
      perAar.set(aar, sum);
    }
    return HttpResponse.json(
      aarstotalerWire.parse(
        [...perAar]
          .sort(([a], [b]) => b - a)
          .map(([aar, sum]) => ({
            aar,
            brutto: oereTilBeloeb(sum.brutto),
            efterSkatATP: oereTilBeloeb(sum.efterSkatATP),
            udbetalt: oereTilBeloeb(sum.udbetalt),
            antal: sum.antal,
          })),
      ),
    );
  }),
];
