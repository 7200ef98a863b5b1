import { http, HttpResponse } from "msw";
import {
  afvisningWire,
  indkomstSoegningWire,
  indkomstSvarWire,
  type IndkomstFeltWire,
  type IndkomstLinjeWire,
  type SamtykkeWire,
} from "@/lib/fagsystemer/eindkomst/wire";
import { badRequest, health } from "../common";
import { eindkomstStore } from "./store";

const afvist = (fejl: string) => HttpResponse.json(afvisningWire.parse({ fejl }), { status: 403 });

/** Why the register refuses to answer, or undefined when the samtykke allows the whole search. */
function samtykkeAfvisning(samtykke: SamtykkeWire, felter: IndkomstFeltWire[], nu: Date): string | undefined {
  if (Date.parse(samtykke.gyldigTil) <= nu.getTime()) return "Samtykket er udløbet";
  const udenfor = felter.filter((felt) => !samtykke.felter.includes(felt));
  return udenfor.length > 0 ? `Samtykket dækker ikke: ${udenfor.join(", ")}` : undefined;
}

function kunFelter(linje: Required<IndkomstLinjeWire>, felter: IndkomstFeltWire[]): IndkomstLinjeWire {
  return { maaned: linje.maaned, indberetter: linje.indberetter, ...Object.fromEntries(felter.map((f) => [f, linje[f]])) };
}

export const eindkomstHandlers = [
  health("eindkomst"),

  // POST /eindkomst/indkomst/soeg – monthly income per indberetter, only with a samtykke covering every felt
  http.post("*/eindkomst/indkomst/soeg", async ({ request }) => {
    const body = indkomstSoegningWire.safeParse(await request.json().catch(() => null));
    if (!body.success) return badRequest(body.error);
    const { cprNummer, fra, til, felter, samtykke } = body.data;
    if (!samtykke) return afvist("Samtykke mangler");
    const afvisning = samtykkeAfvisning(samtykke, felter, new Date());
    if (afvisning) return afvist(afvisning);
    const linjer = eindkomstStore
      .get()
      .indkomster.filter(({ cpr, linje }) => cpr === cprNummer && linje.maaned >= fra && linje.maaned <= til)
      .map(({ linje }) => kunFelter(linje, felter))
      .sort((a, b) => a.maaned.localeCompare(b.maaned) || a.indberetter.cvr.localeCompare(b.indberetter.cvr));
    return HttpResponse.json(indkomstSvarWire.parse({ linjer }));
  }),
];
