"use server";

import { redirect } from "next/navigation";
import { zfd } from "zod-form-data";
import { afvis, godkend, opretFuldmagt, tilbagekald } from "@/lib/data/fuldmagt-handlinger";
import { Besked, citizenAction, formFejl, tekstVaerdier, tilbageTilFormen } from "@/lib/data/safe-action";
import { fuldmagtFelter, fuldmagtIdInput, godkendInput, tjekFoedselsdato } from "@/lib/fuldmagt/schema";

/** The fuldmagt forms, as FormData: checkboxes repeat their name, so privileges are always a list. */
const formular = zfd.formData(
  fuldmagtFelter.extend({ privilegier: zfd.repeatable(fuldmagtFelter.shape.privilegier) }).superRefine(tjekFoedselsdato()),
);
const godkendFormular = zfd.formData(godkendInput.extend({ privilegier: zfd.repeatable(godkendInput.shape.privilegier) }));
const idFormular = zfd.formData(fuldmagtIdInput);

const fuldmagtAction = citizenAction.metadata({ handling: "handle:fuldmagt", til: "/fuldmagter" });

function opretAction(rolle: "giver" | "anmoder") {
  return fuldmagtAction.inputSchema(formular, { handleValidationErrorsShape: formFejl }).stateAction(async ({ parsedInput, ctx, clientInput }) => {
    // "Ret svarene" from the check page: back to the form, filled in as it was.
    if (parsedInput.trin === "ret") tilbageTilFormen(formular, {});
    const result = await opretFuldmagt(ctx.data, { ...parsedInput, trin: parsedInput.trin }, rolle);
    if (!result.ok) tilbageTilFormen(formular, result.fejl);
    // "Tjek dine svar" posts the same answers again on confirm, so they travel with it.
    if (result.data.trin === "tjek") return { ...result.data, svar: tekstVaerdier(clientInput) };
    redirect(`/fuldmagter/${result.data.id}?kvittering=1`);
  });
}

// POST: the giver gives a fuldmagt ("Tjek dine svar", then confirm).
export const givFuldmagt = opretAction("giver");

// POST: the helper asks for a fuldmagt; the giver answers on their forside.
export const anmodOmFuldmagt = opretAction("anmoder");

// POST: the giver says yes to a request, possibly to less than was asked.
export const godkendAnmodning = fuldmagtAction
  .inputSchema(godkendFormular, { handleValidationErrorsShape: formFejl })
  .stateAction(async ({ parsedInput, ctx }) => {
    const result = await godkend(ctx.data, parsedInput);
    if (!result.ok) tilbageTilFormen(godkendFormular, result.fejl);
    redirect(`/fuldmagter/${result.data.id}?besvaret=ja`);
  });

// POST: the giver says no to a request.
export const afvisAnmodning = fuldmagtAction.inputSchema(idFormular).stateAction(async ({ parsedInput, ctx }) => {
  const result = await afvis(ctx.data, parsedInput.fuldmagtId);
  if (!result.ok) throw new Besked(Object.values(result.fejl)[0]!);
  redirect(`/fuldmagter/${result.data.id}?besvaret=nej`);
});

// POST: either party ends a fuldmagt (or withdraws a request) at once.
export const tilbagekaldFuldmagt = fuldmagtAction.inputSchema(idFormular).stateAction(async ({ parsedInput, ctx }) => {
  const result = await tilbagekald(ctx.data, parsedInput.fuldmagtId);
  if (!result.ok) throw new Besked(Object.values(result.fejl)[0]!);
  redirect(`/fuldmagter/${result.data.id}?ophaevet=1`);
});
