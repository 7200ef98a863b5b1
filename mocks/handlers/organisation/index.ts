import { http, HttpResponse } from "msw";
import { brugerSvarWire, enhedSvarWire } from "@/lib/fagsystemer/organisation/wire";
import { health, notFound } from "../common";
import { enheder, enhedKontakt, sagsbehandlere } from "./fixtures";

export const organisationHandlers = [
  health("organisation"),

  // GET /organisation/brugere/:uuid – a caseworker with unit and how to reach them
  http.get("*/organisation/brugere/:uuid", ({ params }) => {
    const bruger = Object.values(sagsbehandlere).find((b) => b.uuid === params.uuid);
    if (!bruger) return notFound("Brugeren findes ikke");
    const { uuid, navn, telefon, email, enhed } = bruger;
    return HttpResponse.json(brugerSvarWire.parse({ bruger: { uuid, navn, telefon, email, enhed } }));
  }),

  // GET /organisation/enheder/:uuid – a unit with its contact details
  http.get("*/organisation/enheder/:uuid", ({ params }) => {
    const enhed = Object.values(enheder).find((e) => e.uuid === params.uuid);
    if (!enhed) return notFound("Enheden findes ikke");
    return HttpResponse.json(enhedSvarWire.parse({ enhed: { ...enhed, ...enhedKontakt[enhed.uuid] } }));
  }),
];
