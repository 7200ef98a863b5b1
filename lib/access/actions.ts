import { z } from "zod";

/** Everything one person can do with another person's data, as a closed list. */
export const ACTIONS = [
  "se:sager",
  "se:ydelser",
  "se:dokumenter",
  "se:oplysninger",
  "handle:rettelse",
  "handle:eksport",
  "kontakte:sagsbehandler",
] as const;
export const action = z.enum(ACTIONS);
export type Action = z.infer<typeof action>;

/** What the access log records as the category of a read, in the citizen's words. */
export const kategoriTekst: Record<Action, string> = {
  "se:sager": "dine sager",
  "se:ydelser": "dine ydelser og udbetalinger",
  "se:dokumenter": "dine dokumenter",
  "se:oplysninger": "dine personlige oplysninger",
  "handle:rettelse": "en anmodning om rettelse",
  "handle:eksport": "en kopi af alle dine data",
  "kontakte:sagsbehandler": "din kontakt med sagsbehandleren",
};

/** How the log describes what someone did, after their name: "Ole Jensen så dine sager". */
export const handlingSaetning: Record<Action, string> = {
  "se:sager": "så dine sager",
  "se:ydelser": "så dine ydelser og udbetalinger",
  "se:dokumenter": "læste dine dokumenter",
  "se:oplysninger": "så dine personlige oplysninger",
  "handle:rettelse": "bad om at få rettet en oplysning for dig",
  "handle:eksport": "hentede en kopi af dine data",
  "kontakte:sagsbehandler": "skrev til din sagsbehandler for dig",
};

export const grundlagTekst = {
  fuldmagt: "på grundlag af din fuldmagt",
  assisteret: "mens du fik hjælp af en medarbejder",
  sagsbehandler: "som sagsbehandler på din sag",
  samtykke: "på grundlag af dit samtykke",
} as const;
export type GrundlagType = keyof typeof grundlagTekst;
