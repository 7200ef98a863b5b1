import { http, HttpResponse } from "msw";
import {
  brugervendtNoegle,
  klasseOpslagSvarWire,
  klasseOpslagWire,
  klasseSvarWire,
  type KlasseWire,
} from "@/lib/fagsystemer/klassifikation/wire";
import { badRequest, health, notFound } from "../common";
import { klassifikationStore } from "./store";

export const klassifikationHandlers = [
  health("klassifikation"),

  // GET /klassifikation/klasser/:brugervendtNoegle – one Klasse by its KLE number or facet
  http.get("*/klassifikation/klasser/:brugervendtNoegle", ({ params }) => {
    const noegle = brugervendtNoegle.safeParse(params.brugervendtNoegle);
    if (!noegle.success) return badRequest(noegle.error);
    const klasse = klassifikationStore.get().get(noegle.data);
    if (!klasse) return notFound("Klassen findes ikke");
    return HttpResponse.json(klasseSvarWire.parse({ klasse }));
  }),

  // POST /klassifikation/klasser/opslag – many Klasser in one call, so a sager list costs one request
  http.post("*/klassifikation/klasser/opslag", async ({ request }) => {
    const body = klasseOpslagWire.safeParse(await request.json().catch(() => null));
    if (!body.success) return badRequest(body.error);
    const klasser = klassifikationStore.get();
    const fundne: KlasseWire[] = [];
    const ukendte: string[] = [];
    for (const noegle of new Set(body.data.noegler)) {
      const klasse = klasser.get(noegle);
      if (klasse) fundne.push(klasse);
      else ukendte.push(noegle);
    }
    return HttpResponse.json(klasseOpslagSvarWire.parse({ klasser: fundne, ukendte }));
  }),
];
