import { http, HttpResponse } from "msw";
import {
  aarstotalerWire,
  aarstotalSoegningWire,
  beloebTilOere,
  bevillingSoegeresultatWire,
  bevillingSoegningWire,
  effektueringSoegeresultatWire,
  effektueringSoegningWire,
  oereTilBeloeb,
  type EffektueringWire,
} from "@/lib/fagsystemer/ydelsesindeks/wire";
import { badRequest, health } from "../common";
import { partRefTilCpr } from "../sdi/fixtures";
import { ydelsesindeksStore } from "./store";

function side<T>(rows: T[], nr: number, antal: number): T[] {
  return rows.slice((nr - 1) * antal, nr * antal);
}

/** A person's effektueringer in the store's order, which is the order searches answer in. */
function effektueringerFor(partRef: string): EffektueringWire[] {
  const cpr = partRefTilCpr(partRef);
  return ydelsesindeksStore
    .get()
    .effektueringer.filter((e) => e.partCpr === cpr)
    .map((e) => e.effektuering);
}

export const ydelsesindeksHandlers = [
  health("ydelsesindeks"),

  // POST /ydelsesindeks/bevillinger/soeg – a person's bevillinger, paged at the source
  http.post("*/ydelsesindeks/bevillinger/soeg", async ({ request }) => {
    const body = bevillingSoegningWire.safeParse(await request.json().catch(() => null));
    if (!body.success) return badRequest(body.error);
    const { partRef, side: nr, antal } = body.data;
    const cpr = partRefTilCpr(partRef);
    // Already in answer order (see the store).
    const matches = ydelsesindeksStore
      .get()
      .bevillinger.filter((b) => b.partCpr === cpr)
      .map((b) => b.bevilling);
    return HttpResponse.json(
      bevillingSoegeresultatWire.parse({ bevillinger: side(matches, nr, antal), side: nr, antal, total: matches.length }),
    );
  }),

  // POST /ydelsesindeks/effektueringer/soeg – a person's payments, planned and paid, filtered and paged at the source
  http.post("*/ydelsesindeks/effektueringer/soeg", async ({ request }) => {
    const body = effektueringSoegningWire.safeParse(await request.json().catch(() => null));
    if (!body.success) return badRequest(body.error);
    const { partRef, side: nr, antal, bevillingUuid, fra, til } = body.data;
    const matches = effektueringerFor(partRef).filter(
      (e) =>
        (!bevillingUuid || e.bevillingUuid === bevillingUuid) &&
        (!fra || e.dispositionsdato >= fra) &&
        (!til || e.dispositionsdato <= til),
    );
    return HttpResponse.json(
      effektueringSoegeresultatWire.parse({
        effektueringer: side(matches, nr, antal),
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
    for (const e of effektueringerFor(body.data.partRef)) {
      if (e.status !== "udbetalt") continue;
      const aar = Number(e.dispositionsdato.slice(0, 4));
      const sum = perAar.get(aar) ?? { brutto: 0, efterSkatATP: 0, udbetalt: 0, antal: 0 };
      sum.brutto += beloebTilOere(e.samletBruttobeloeb);
      sum.efterSkatATP += beloebTilOere(e.beloebEfterSkatATP);
      sum.udbetalt += beloebTilOere(e.beloebUdbetalt);
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
