import { z } from "zod";
import type { Action } from "@/lib/access/actions";

/**
 * What a citizen can let a staff member see, as the policy's actions (the "assisteret" basis in
 * lib/access/policy.ts checks `omraader` against the action of each read). The order is the order
 * the form lists them in.
 */
export const OMRAADER = [
  { noegle: "sager", action: "se:sager", titel: "Sager", forklaring: "Dine sager, hvor langt de er, og hvem der behandler dem." },
  { noegle: "ydelser", action: "se:ydelser", titel: "Ydelser", forklaring: "Hvad du får fra kommunen, og hvornår pengene kommer." },
  { noegle: "dokumenter", action: "se:dokumenter", titel: "Dokumenter", forklaring: "Breve, afgørelser og andre dokumenter i dine sager." },
  { noegle: "oplysninger", action: "se:oplysninger", titel: "Oplysninger", forklaring: "Dine oplysninger fra Folkeregisteret og dine sager." },
  { noegle: "fuldmagter", action: "se:fuldmagter", titel: "Fuldmagter", forklaring: "Hvem der kan handle for dig, og for hvem du kan handle." },
] as const satisfies readonly { noegle: string; action: Action; titel: string; forklaring: string }[];

export type Omraade = (typeof OMRAADER)[number]["noegle"];
const omraadeNoegler = OMRAADER.map((o) => o.noegle) as [Omraade, ...Omraade[]];

/** How long the help may last, in minutes; the citizen picks one. */
export const VARIGHEDER = [10, 20, 30, 60] as const;
export const STANDARD_VARIGHED = 30;

export const hjaelpValg = z.object({
  omraader: z
    .array(z.enum(omraadeNoegler, { error: "Vælg mellem de områder, der står på listen." }))
    .min(1, { error: "Vælg mindst ét område, medarbejderen må se." })
    .transform((valgte) => [...new Set(valgte)]),
  maaForberede: z.boolean(),
  varighed: z.coerce
    .number({ error: "Vælg, hvor længe medarbejderen må hjælpe." })
    .refine((n): n is (typeof VARIGHEDER)[number] => (VARIGHEDER as readonly number[]).includes(n), {
      error: "Vælg 10, 20, 30 eller 60 minutter.",
    }),
});
export type HjaelpValg = z.infer<typeof hjaelpValg>;

/** The policy's actions for the chosen areas, stored on the session. */
export function actionsFor(omraader: readonly Omraade[]): Action[] {
  return OMRAADER.filter((o) => omraader.includes(o.noegle)).map((o) => o.action);
}

/** "Sager, Ydelser": the areas a session covers, in the citizen's words and the form's order. */
export function omraadeTitler(actions: readonly string[]): string[] {
  return OMRAADER.filter((o) => actions.includes(o.action)).map((o) => o.titel);
}

/** "Sager, Ydelser og Oplysninger" */
export function opremsning(dele: readonly string[]): string {
  if (dele.length <= 1) return dele.join("");
  return `${dele.slice(0, -1).join(", ")} og ${dele.at(-1)}`;
}
