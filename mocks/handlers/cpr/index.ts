import { http, HttpResponse } from "msw";
import { personOpslagSvarWire, personOpslagWire } from "@/lib/fagsystemer/cpr/wire";
import { badRequest, health } from "../common";
import { cprStore } from "./store";

export const cprHandlers = [
  health("cpr"),

  // POST /cpr/person/opslag – one person by CPR number (in the body, never the URL)
  http.post("*/cpr/person/opslag", async ({ request }) => {
    const body = personOpslagWire.safeParse(await request.json().catch(() => null));
    if (!body.success) return badRequest(body.error);
    const person = cprStore.get().get(body.data.cprNummer);
    if (!person) return HttpResponse.json({ fejl: "Personen findes ikke" }, { status: 404 });
    return HttpResponse.json(personOpslagSvarWire.parse({ person }));
  }),
];
