import { http, HttpResponse } from "msw";
import {
  afvisningWire,
  ordningSoegningWire,
  ordningSvarWire,
  type OrdningWire,
  type PensionFeltWire,
  type SamtykkeWire,
} from "@/lib/fagsystemer/pension/wire";
import { badRequest, health } from "../common";
import { PENSIONSSELSKAB } from "./fixtures";
import { pensionStore } from "./store";

const afvist = (fejl: string) => HttpResponse.json(afvisningWire.parse({ fejl }), { status: 403 });

/** Why the provider refuses to answer, or undefined when the samtykke allows at least one amount. */
function samtykkeAfvisning(samtykke: SamtykkeWire, nu: Date): string | undefined {
  if (Date.parse(samtykke.gyldigTil) <= nu.getTime()) return "Samtykket er udløbet";
  return samtykke.felter.length === 0 ? "Samtykket omfatter ingen pensionsoplysninger" : undefined;
}

function kunFelter(ordning: Required<OrdningWire>, felter: PensionFeltWire[]): OrdningWire {
  const { ordningsnummer, type, opgjort } = ordning;
  return { ordningsnummer, type, opgjort, ...Object.fromEntries(felter.map((f) => [f, ordning[f]])) };
}

export const pensionHandlers = [
  health("pension"),

  // POST /pension/ordninger/soeg – a customer's schemes, only the amounts the samtykke names
  http.post("*/pension/ordninger/soeg", async ({ request }) => {
    const body = ordningSoegningWire.safeParse(await request.json().catch(() => null));
    if (!body.success) return badRequest(body.error);
    const { cprNummer, samtykke } = body.data;
    if (!samtykke) return afvist("Samtykke mangler");
    const afvisning = samtykkeAfvisning(samtykke, new Date());
    if (afvisning) return afvist(afvisning);
    const ordninger = pensionStore
      .get()
      .ordninger.filter((s) => s.cpr === cprNummer)
      .map((s) => kunFelter(s.ordning, samtykke.felter));
    return HttpResponse.json(ordningSvarWire.parse({ pensionsselskab: PENSIONSSELSKAB, ordninger }));
  }),
];
