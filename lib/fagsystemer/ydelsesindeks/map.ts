import type { Aarstotal, Bevilling, BevillingStatus, Udbetaling } from "@/lib/domain/ydelse";
import { beloebTilOere, type AarstotalWire, type BevillingWire, type EffektueringWire } from "./wire";

const statusFraWire: Record<BevillingWire["status"], BevillingStatus> = {
  Aktiv: "aktiv",
  Inaktiv: "ophoert",
  Passiv: "i_bero",
};

export function toBevilling(b: BevillingWire): Bevilling {
  return {
    id: b.uuid,
    nummer: b.brugervendtNoegle,
    status: statusFraWire[b.status],
    periode: { fra: b.startdato, til: b.slutdato ?? null },
    sagId: b.sagRef ?? null,
    betaler: b.udbetalendeMyndighed.navn,
    ydelser: b.bevilgedeYdelser.map((y) => ({
      navn: y.navn,
      periode: { fra: y.start, til: y.slut ?? null },
      satser: y.effektueringsplaner.map((p) => ({
        periode: { fra: p.start, til: p.slut ?? null },
        beloeb: beloebTilOere(p.ydelsesbeloeb),
        frekvens: p.beregningsfrekvens,
        betales: p.forudBagud === "Forud" ? "forud" : "bagud",
      })),
    })),
  };
}

/** One effektuering can pay several ydelser at once; the citizen sees them named together. */
export function toUdbetaling(e: EffektueringWire): Udbetaling {
  return {
    id: e.uuid,
    bevillingId: e.bevillingUuid,
    ydelse: [...new Set(e.linjer.map((l) => l.klassifikationsbeskrivelse))].join(", "),
    periode: { fra: e.startdato, til: e.slutdato },
    dato: e.dispositionsdato,
    status: e.status,
    brutto: beloebTilOere(e.samletBruttobeloeb),
    efterSkat: beloebTilOere(e.beloebEfterSkatATP),
    udbetalt: e.status === "udbetalt" ? beloebTilOere(e.beloebUdbetalt) : null,
    betaler: e.udbetalingsafdeling,
  };
}

export function toAarstotal(t: AarstotalWire): Aarstotal {
  return {
    aar: t.aar,
    brutto: beloebTilOere(t.brutto),
    efterSkat: beloebTilOere(t.efterSkatATP),
    udbetalt: beloebTilOere(t.udbetalt),
    antal: t.antal,
  };
}
