import { http, HttpResponse } from "msw";
import {
  datumRettelseSvarWire,
  datumRettelseWire,
  dokumentSvarWire,
  sagSoegeresultatWire,
  sagSoegningWire,
  sagSvarWire,
  type SagDetaljeWire,
} from "@/lib/fagsystemer/sdi/wire";
import { grupperetPaa } from "../../store";
import { badRequest, health, notFound } from "../common";
import { sdiStore } from "./store";

const erAaben = (sag: SagDetaljeWire) => !sag.fremdrift.some((f) => f.status === "Afsluttet");
const aktuelStatus = (sag: SagDetaljeWire) => sag.fremdrift[sag.fremdrift.length - 1]!.status;

/** Open sager first, then newest change first; sagsnummer breaks ties so pages are stable. */
function sortering(a: SagDetaljeWire, b: SagDetaljeWire): number {
  return (
    Number(erAaben(b)) - Number(erAaben(a)) ||
    b.sidstAendret.localeCompare(a.sidstAendret) ||
    a.sagsnummer.localeCompare(b.sagsnummer)
  );
}

/** A sag under each of its parter; a correction changes a sag's data, never who its parter are. */
const sagerAf = grupperetPaa<SagDetaljeWire>((sag) => sag.parter.map((p) => p.ref));

export const sdiHandlers = [
  health("sdi"),

  // POST /sdi/sager/soeg – a person's sager, filtered and paged at the source
  http.post("*/sdi/sager/soeg", async ({ request }) => {
    const body = sagSoegningWire.safeParse(await request.json().catch(() => null));
    if (!body.success) return badRequest(body.error);
    const { partRef, udenVisningsklasse, fremdrift, kle, soegetekst, side, antal } = body.data;
    const tekst = soegetekst?.trim().toLocaleLowerCase("da");
    const matches = sagerAf(sdiStore.get().sager, partRef)
      .filter((sag) => !udenVisningsklasse || !sag.visningsklasser.includes(udenVisningsklasse))
      .filter((sag) => !fremdrift?.length || fremdrift.includes(aktuelStatus(sag)))
      .filter((sag) => !kle || sag.primaerKlasse.kle === kle)
      .filter((sag) => !tekst || sag.titel.toLocaleLowerCase("da").includes(tekst))
      .sort(sortering);
    const start = (side - 1) * antal;
    return HttpResponse.json(
      sagSoegeresultatWire.parse({
        sager: matches.slice(start, start + antal),
        side,
        antal,
        total: matches.length,
      }),
    );
  }),

  // GET /sdi/sager/:uuid – one sag with parter, decision and journalposter
  http.get("*/sdi/sager/:uuid", ({ params }) => {
    const sag = sdiStore.get().sager.find((s) => s.uuid === params.uuid);
    return sag ? HttpResponse.json(sagSvarWire.parse({ sag })) : notFound("Sagen findes ikke");
  }),

  // GET /sdi/dokumenter/:uuid – one document, with its content where the system has it
  http.get("*/sdi/dokumenter/:uuid", ({ params }) => {
    const dokument = sdiStore.get().dokumenter.get(String(params.uuid));
    return dokument ? HttpResponse.json(dokumentSvarWire.parse({ dokument })) : notFound("Dokumentet findes ikke");
  }),

  // POST /sdi/data/:id/rettelse – an accepted correction: the old value is marked wrong, never deleted
  http.post("*/sdi/data/:id/rettelse", async ({ params, request }) => {
    const body = datumRettelseWire.safeParse(await request.json().catch(() => null));
    if (!body.success) return badRequest(body.error);
    for (const sag of sdiStore.get().sager) {
      const datum = sag.afgoerelse?.grundlag.find((d) => d.id === params.id);
      if (!datum) continue;
      datum.tidligereVaerdier.push({
        vaerdi: datum.vaerdi,
        markeretForkert: new Date().toISOString(),
        begrundelse: body.data.begrundelse,
        ...(body.data.anmodning ? { anmodning: body.data.anmodning } : {}),
      });
      datum.vaerdi = body.data.nyVaerdi;
      sag.sidstAendret = new Date().toISOString();
      return HttpResponse.json(datumRettelseSvarWire.parse({ datum }));
    }
    return notFound("Oplysningen findes ikke");
  }),
];
