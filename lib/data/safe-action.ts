import "server-only";
import { createSafeActionClient, returnValidationErrors, type ValidationErrors } from "next-safe-action";
import { redirect } from "next/navigation";
import { z } from "zod";
import { action } from "@/lib/access/actions";
import type { DenyReason } from "@/lib/access/policy";
import { PRIVILEGIER } from "@/lib/domain/medarbejder";
import { decideNow, recordDenial } from "./access";
import { requestContext } from "./context";
import { basisEnded } from "./guard";
import { safeErrorInfo } from "./request-info";
// Before any form is parsed: a refusal without a message of its own is said in Danish, not zod's English.
import "@/lib/zod-dansk";

/**
 * Every server action goes through one wrapper: resolve the request context → authorise the
 * action it names → parse the form with zod → run. A refusal or a failure comes back as a Danish
 * message (never a stack trace); field errors come back with what was typed, so nothing is lost.
 */

/** A message written for the person using the form. Anything else thrown becomes a general message. */
export class Besked extends Error {}

export const GENEREL_FEJL = "Det lykkedes ikke at gemme. Prøv igen om lidt. Bliver det ved, så ring til Borgerservice på 44 44 44 44.";

const afvisningTekst: Partial<Record<DenyReason, string>> = {
  "kun-selv": "Det kan kun personen selv gøre. En fuldmagt giver ikke ret til det.",
  "uden-for-omfang": "Din fuldmagt giver ikke ret til det.",
  tilbagekaldt: "Fuldmagten er tilbagekaldt, så du kan ikke længere handle for personen.",
  udloebet: "Fuldmagten er udløbet, så du kan ikke længere handle for personen.",
  "giver-doed": "Fuldmagten er ophørt, så du kan ikke længere handle for personen.",
  "ikke-aktiv": "Fuldmagten er ikke godkendt, så du kan ikke handle for personen.",
};

const client = createSafeActionClient({
  defineMetadataSchema: () =>
    z.object({
      /** The policy action this server action performs, checked for the context's basis. */
      handling: action.optional(),
      privilegium: z.enum(Object.keys(PRIVILEGIER) as [keyof typeof PRIVILEGIER, ...(keyof typeof PRIVILEGIER)[]]).optional(),
      /** Where a logged-out user comes back to after logging in again. */
      til: z.string().startsWith("/").default("/"),
    }),
  handleServerError: (error) => {
    if (error instanceof Besked) return error.message;
    console.error("[handling] fejlede:", safeErrorInfo(error));
    return GENEREL_FEJL;
  },
});

/** A citizen acting on their own data, or for someone under a fuldmagt whose scope covers the action. */
export const citizenAction = client.use(async ({ next, metadata }) => {
  const request = await requestContext();
  if (!request) redirect(`/log-ind?til=${encodeURIComponent(metadata.til)}`);
  if (!request.data || request.actor.art !== "borger") throw new Besked("Det kan kun en borger gøre.");
  const data = request.data;
  if (metadata.handling) {
    const ended = await basisEnded(data);
    const decision = decideNow(data, metadata.handling);
    if (ended || !decision.allow) {
      const reason = ended ?? (decision.allow ? "intet-grundlag" : decision.reason);
      await recordDenial(data, metadata.handling, reason);
      throw new Besked(afvisningTekst[reason] ?? "Det har du ikke ret til.");
    }
  }
  return next({ ctx: { request, data, borger: request.actor } });
});

/** A staff member, optionally with one privilege from MitID Erhverv. */
export const staffAction = client.use(async ({ next, metadata }) => {
  const request = await requestContext();
  if (!request) redirect(`/log-ind?til=${encodeURIComponent(metadata.til === "/" ? "/medarbejder" : metadata.til)}`);
  if (request.actor.art !== "medarbejder") throw new Besked("Det kan kun en medarbejder gøre.");
  if (metadata.privilegium && !request.actor.privilegier.includes(metadata.privilegium)) {
    throw new Besked("Du har ikke rettighed til det i Mine Data.");
  }
  return next({ ctx: { request, medarbejder: request.actor } });
});

/** Field errors and what was typed, so a form without JavaScript can show both again. */
export type FormFejl = { fejl: Record<string, string>; vaerdier: Record<string, string[]> };

/** The form's own shape of validation errors: one Danish message per field, plus the typed values. */
export async function formFejl(errors: ValidationErrors<z.ZodType>, utils: { clientInput: unknown }): Promise<FormFejl> {
  const fejl: Record<string, string> = {};
  const walk = (node: unknown, path: string) => {
    if (!node || typeof node !== "object") return;
    for (const [key, value] of Object.entries(node)) {
      if (key === "_errors") {
        const first = (value as string[])[0];
        if (first && !fejl[path || "_form"]) fejl[path || "_form"] = first;
      } else walk(value, path ? `${path}.${key}` : key);
    }
  };
  walk(errors, "");
  const vaerdier = tekstVaerdier(utils.clientInput);
  // The error summary lists errors in the order of the fields on the page (FormData keeps it).
  const plads = (felt: string) => (felt === "_form" ? -1 : (Object.keys(vaerdier).indexOf(felt) + 1 || Infinity));
  const sorteret = Object.fromEntries(Object.entries(fejl).sort(([a], [b]) => plads(a) - plads(b)));
  return { fejl: sorteret, vaerdier };
}

/** The text fields of a submitted form (files and React's internal fields left out), every value of each name. */
export function tekstVaerdier(input: unknown): Record<string, string[]> {
  if (!(input instanceof FormData)) return {};
  const values: Record<string, string[]> = {};
  for (const [key, value] of input.entries()) {
    if (key.startsWith("$") || typeof value !== "string") continue;
    (values[key] ??= []).push(value);
  }
  return values;
}

/**
 * Sends the form back with messages found after parsing (a rule, a CPR lookup), through the same
 * shape as zod's field errors, so the form shows them the same way and keeps what was typed.
 * `_form` is a message about the whole form. With no messages it just sends the form back filled in.
 */
export function tilbageTilFormen(schema: z.ZodType, fejl: Record<string, string>): never {
  const nested = Object.fromEntries(
    Object.entries(fejl).map(([felt, besked]) => (felt === "_form" ? ["_errors", [besked]] : [felt, { _errors: [besked] }])),
  );
  returnValidationErrors(schema, nested as never);
}
