import { http, HttpResponse } from "msw";
import { sagSoegeresultatWire, sagSoegningWire, type SagWire } from "@/lib/fagsystemer/sdi/wire";
import { badRequest, health } from "../common";
import { partRefTilCpr } from "./fixtures";
import { sdiStore } from "./store";

const erAaben = (sag: SagWire) => !sag.fremdrift.some((f) => f.status === "Afsluttet");

/** Open sager first, then newest change first; sagsnummer breaks ties so pages are stable. */
function sortering(a: SagWire, b: SagWire): number {
  return (
    Number(erAaben(b)) - Number(erAaben(a)) ||
    b.sidstAendret.localeCompare(a.sidstAendret) ||
    a.sagsnummer.localeCompare(b.sagsnummer)
  );
}

export const sdiHandlers = [
  health("sdi"),

  // POST /sdi/sager/soeg – a person's sager, filtered and paged at the source
  http.post("*/sdi/sager/soeg", async ({ request }) => {
    const body = sagSoegningWire.safeParse(await request.json().catch(() => null));
    if (!body.success) return badRequest(body.error);
    const { partRef, udenVisningsklasse, side, antal } = body.data;
    const cpr = partRefTilCpr(partRef);
    const matches = sdiStore
      .get()
      .sager.filter((s) => s.partCpr === cpr)
      .map((s) => s.sag)
      .filter((sag) => !udenVisningsklasse || !sag.visningsklasser.includes(udenVisningsklasse))
      .sort(sortering);
    const start = (side - 1) * antal;
    return HttpResponse.json(
      sagSoegeresultatWire.parse({ sager: matches.slice(start, start + antal), side, antal, total: matches.length }),
    );
  }),
];
