import { z } from "zod";

/**
 * What a holder can be given through a fuldmagt: a set of named privileges, never "everything"
 * (DESIGN.md §3 ANVENDE). The order is the order the fuldmagt form lists them in.
 */
export const DELEGERBARE = [
  "se:sager",
  "se:ydelser",
  "se:dokumenter",
  "se:oplysninger",
  "handle:rettelse",
  "handle:eksport",
  "kontakte:sagsbehandler",
] as const;

/**
 * What only the person themself may do (or, for the areas they choose, staff they let help them):
 * read their own log and letters, manage who may act for them, give samtykke, ask for staff help.
 * A private holder can never get these, so a fuldmagt cannot be passed on (anchors item 8).
 */
export const KUN_SELV = ["se:log", "se:fuldmagter", "se:post", "handle:fuldmagt", "handle:samtykke", "handle:assistance"] as const;

/** Everything one person can do with another person's data, as a closed list. */
export const ACTIONS = [...DELEGERBARE, ...KUN_SELV] as const;
export const action = z.enum(ACTIONS);
export type Action = z.infer<typeof action>;
export const delegerbar = z.enum(DELEGERBARE);
export type Delegerbar = z.infer<typeof delegerbar>;

export function erDelegerbar(a: string): a is Delegerbar {
  return (DELEGERBARE as readonly string[]).includes(a);
}

/** What the access log records as the category of a read, in the citizen's words. */
export const kategoriTekst: Record<Action, string> = {
  "se:sager": "dine sager",
  "se:ydelser": "dine ydelser og udbetalinger",
  "se:dokumenter": "dine dokumenter",
  "se:oplysninger": "dine personlige oplysninger",
  "handle:rettelse": "en anmodning om rettelse",
  "handle:eksport": "en kopi af alle dine data",
  "kontakte:sagsbehandler": "din kontakt med sagsbehandleren",
  "se:log": "din log",
  "se:fuldmagter": "dine fuldmagter",
  "se:post": "dine breve",
  "handle:fuldmagt": "dine fuldmagter",
  "handle:samtykke": "dine samtykker",
  "handle:assistance": "hjælp fra en medarbejder",
};

/** How the log describes what someone did, after their name: "Ole Jensen så dine sager". */
export const handlingSaetning: Record<Action, string> = {
  "se:sager": "så dine sager",
  "se:ydelser": "så dine ydelser og udbetalinger",
  "se:dokumenter": "læste dine dokumenter",
  "se:oplysninger": "så dine personlige oplysninger",
  "handle:rettelse": "så eller sendte en anmodning om rettelse for dig",
  "handle:eksport": "hentede en kopi af dine data",
  "kontakte:sagsbehandler": "skrev til din sagsbehandler for dig",
  "se:log": "så din log",
  "se:fuldmagter": "så dine fuldmagter",
  "se:post": "så dine breve",
  "handle:fuldmagt": "ændrede dine fuldmagter",
  "handle:samtykke": "ændrede dine samtykker",
  "handle:assistance": "startede hjælp fra en medarbejder",
};

/** A privilege as the fuldmagt form and receipts name it: what the holder may do for the giver. */
export const privilegieTekst: Record<Delegerbar, { titel: string; forklaring: string }> = {
  "se:sager": { titel: "Se sager", forklaring: "Se dine sager, hvor langt de er, og hvem der behandler dem." },
  "se:ydelser": { titel: "Se ydelser og udbetalinger", forklaring: "Se hvad du får fra kommunen, og hvornår pengene kommer." },
  "se:dokumenter": { titel: "Læse dokumenter", forklaring: "Læse breve, afgørelser og andre dokumenter i dine sager." },
  "se:oplysninger": { titel: "Se oplysninger", forklaring: "Se dine oplysninger fra Folkeregisteret og dine sager." },
  "handle:rettelse": { titel: "Bede om rettelser", forklaring: "Bede kommunen rette forkerte oplysninger om dig." },
  "handle:eksport": { titel: "Hente en kopi af dine data", forklaring: "Hente en samlet kopi af alle dine data." },
  "kontakte:sagsbehandler": { titel: "Skrive til sagsbehandleren", forklaring: "Skrive til din sagsbehandler om dine sager." },
};

export const grundlagTekst = {
  fuldmagt: "på grundlag af din fuldmagt",
  assisteret: "mens du fik hjælp af en medarbejder",
  sagsbehandler: "som sagsbehandler på din sag",
  samtykke: "på grundlag af dit samtykke",
} as const;
export type GrundlagType = keyof typeof grundlagTekst;
