import { http, HttpResponse } from "msw";
import { adresseRettelseWire, personOpslagSvarWire, personOpslagWire } from "@/lib/fagsystemer/cpr/wire";
import { badRequest, health, notFound } from "../common";
import { cprStore } from "./store";

export const cprHandlers = [
  health("cpr"),

  // POST /cpr/person/opslag – one person by CPR number (in the body, never the URL)
  http.post("*/cpr/person/opslag", async ({ request }) => {
    const body = personOpslagWire.safeParse(await request.json().catch(() => null));
    if (!body.success) return badRequest(body.error);
    const person = cprStore.get().get(body.data.cprNummer);
    return person ? HttpResponse.json(personOpslagSvarWire.parse({ person })) : notFound("Personen findes ikke");
  }),

  // POST /cpr/person/adresse/rettelse – the folkeregister corrects a wrongly registered address
  http.post("*/cpr/person/adresse/rettelse", async ({ request }) => {
    const body = adresseRettelseWire.safeParse(await request.json().catch(() => null));
    if (!body.success) return badRequest(body.error);
    const person = cprStore.get().get(body.data.cprNummer);
    if (!person) return notFound("Personen findes ikke");
    person.adresseRettelser.push({
      forkertAdresse: person.adresse,
      markeretForkert: new Date().toISOString(),
      begrundelse: body.data.begrundelse,
    });
    person.adresse = body.data.nyAdresse;
    return HttpResponse.json(personOpslagSvarWire.parse({ person }));
  }),
];
