"use server";

import { redirect } from "next/navigation";
import { zfd } from "zod-form-data";
import { givDelingssamtykke, tilbagekaldDelingssamtykke } from "@/lib/data/samtykker";
import { Besked, citizenAction, formFejl, tekstVaerdier, tilbageTilFormen } from "@/lib/data/safe-action";
import { delingFelter, samtykkeIdInput } from "@/lib/samtykke/schema";

/** The samtykke form as FormData: checkboxes repeat their name, so the categories are always a list. */
const formular = zfd.formData(delingFelter.extend({ kategorier: zfd.repeatable(delingFelter.shape.kategorier) }));
const idFormular = zfd.formData(samtykkeIdInput);

// Only the person themself may give or revoke a samtykke: handle:samtykke is never delegated.
const samtykkeAction = citizenAction.metadata({ handling: "handle:samtykke", til: "/samtykker" });

// POST: the citizen gives a third party a samtykke ("Tjek dine svar", then confirm).
export const givSamtykke = samtykkeAction
  .inputSchema(formular, { handleValidationErrorsShape: formFejl })
  .stateAction(async ({ parsedInput, ctx, clientInput }) => {
    if (parsedInput.trin === "ret") tilbageTilFormen(formular, {});
    const result = await givDelingssamtykke(ctx.data, parsedInput);
    if (!result.ok) tilbageTilFormen(formular, result.fejl);
    if (result.trin === "tjek") return { opsummering: result.opsummering, svar: tekstVaerdier(clientInput) };
    redirect(`/samtykker/deling/${result.id}?kvittering=1`);
  });

// POST: the citizen revokes a samtykke; the third party's next call is refused.
export const tilbagekaldSamtykke = samtykkeAction.inputSchema(idFormular).stateAction(async ({ parsedInput, ctx }) => {
  const result = await tilbagekaldDelingssamtykke(ctx.data, parsedInput.samtykkeId);
  if (!result.ok) throw new Besked(result.fejl);
  redirect(`/samtykker/deling/${result.id}?tilbagekaldt=1`);
});
