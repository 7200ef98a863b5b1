import { http, HttpResponse } from "msw";
import { foedselsdatoFraCpr } from "@/lib/domain/person";
import {
  adresseRettelseWire,
  personOpslagSvarWire,
  personOpslagWire,
  personSoegeresultatWire,
  personSoegningWire,
  personStatusWire,
  type CprPersonWire,
} from "@/lib/fagsystemer/cpr/wire";
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

  // POST /cpr/person/soeg – exact full name + birth date; answers who matches, nothing more
  http.post("*/cpr/person/soeg", async ({ request }) => {
    const body = personSoegningWire.safeParse(await request.json().catch(() => null));
    if (!body.success) return badRequest(body.error);
    const wanted = normalise(body.data.navn);
    const personer = [...cprStore.get().values()]
      .filter((p) => normalise(fuldtNavn(p)) === wanted && foedselsdatoFraCpr(p.cprNummer) === body.data.foedselsdato)
      .map((p) => ({ cprNummer: p.cprNummer, navn: fuldtNavn(p), status: p.status }));
    return HttpResponse.json(personSoegeresultatWire.parse({ personer }));
  }),

  // POST /cpr/__admin/status – tests register a death (the CPR number in the body, never the URL)
  http.post("*/cpr/__admin/status", async ({ request }) => {
    const body = personStatusWire.safeParse(await request.json().catch(() => null));
    if (!body.success) return badRequest(body.error);
    const person = cprStore.get().get(body.data.cprNummer);
    if (!person) return notFound("Personen findes ikke");
    person.status = body.data.status;
    return HttpResponse.json({ status: person.status });
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
      ...(body.data.anmodning ? { anmodning: body.data.anmodning } : {}),
    });
    person.adresse = body.data.nyAdresse;
    return HttpResponse.json(personOpslagSvarWire.parse({ person }));
  }),
];

function fuldtNavn(p: CprPersonWire): string {
  return [p.navn.fornavn, p.navn.mellemnavn, p.navn.efternavn].filter(Boolean).join(" ");
}

/** Case and spacing do not matter when a name is typed in. */
function normalise(navn: string): string {
  return navn.trim().replace(/\s+/g, " ").toLocaleLowerCase("da-DK");
}
