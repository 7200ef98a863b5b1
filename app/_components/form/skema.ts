import type { FormFejl } from "@/lib/data/safe-action";

/** What a server action wrapped by lib/data/safe-action answers a form with. */
export type SkemaSvar = { validationErrors?: FormFejl; serverError?: string; data?: unknown };

/** Field errors, typed values and the general message of the last submit, for one form. */
export function skema(state: SkemaSvar, start: Record<string, string> = {}) {
  const fejl = state.validationErrors?.fejl ?? {};
  const sendt = state.validationErrors?.vaerdier ?? {};
  return {
    fejl,
    /** What to show in each field: what was typed when the form came back, else the starting values. */
    v: { ...start, ...Object.fromEntries(Object.entries(sendt).map(([k, values]) => [k, values[0] ?? ""])) } as Record<string, string | undefined>,
    /** The chosen values of a checkbox group when the form came back, else the given default. */
    valgte: (navn: string, standard: string[] = []) => (state.validationErrors ? (sendt[navn] ?? []) : standard),
    serverFejl: state.serverError,
  };
}
