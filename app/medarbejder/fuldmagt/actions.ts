"use server";

import { redirect } from "next/navigation";
import { zfd } from "zod-form-data";
import { registrerPapir } from "@/lib/data/fuldmagt-handlinger";
import { formFejl, staffAction, tekstVaerdier, tilbageTilFormen } from "@/lib/data/safe-action";
import { papirFelter, tjekFoedselsdato } from "@/lib/fuldmagt/schema";

const formular = zfd.formData(
  papirFelter
    .extend({ privilegier: zfd.repeatable(papirFelter.shape.privilegier) })
    .superRefine(tjekFoedselsdato("giver"))
    .superRefine(tjekFoedselsdato()),
);

// POST: a betroet medarbejder registers a fuldmagt signed on paper ("Tjek dine svar", then confirm).
export const registrerPapirfuldmagt = staffAction
  .metadata({ privilegium: "urn:dk:korsbaek:minedata:privilege:betroet-medarbejder", til: "/medarbejder/fuldmagt" })
  .inputSchema(formular, { handleValidationErrorsShape: formFejl })
  .stateAction(async ({ parsedInput, ctx, clientInput }) => {
    if (parsedInput.trin === "ret") tilbageTilFormen(formular, {});
    const result = await registrerPapir(ctx.medarbejder, { ...parsedInput, trin: parsedInput.trin });
    if (!result.ok) tilbageTilFormen(formular, result.fejl);
    if (result.data.trin === "tjek") return { ...result.data, svar: tekstVaerdier(clientInput) };
    redirect(`/medarbejder/fuldmagt?registreret=${result.data.id.slice(0, 8).toUpperCase()}`);
  });
