"use server";

import { returnValidationErrors } from "next-safe-action";
import { redirect } from "next/navigation";
import { z } from "zod";
import { zfd } from "zod-form-data";
import { Besked, citizenAction, formFejl } from "@/lib/data/safe-action";
import { tjekBilag } from "@/lib/rettelser/bilag";
import { Afvist } from "@/lib/rettelser/borger";
import { formNoegle, fritekst } from "@/lib/rettelser/input";
import { tilfoej } from "@/lib/rettelser/tilfoejelser";

const skema = zfd.formData({
  noegle: formNoegle,
  sag: zfd.text(z.uuid()),
  tekst: fritekst({ max: 4000, tom: "Skriv, hvad du vil fortælle sagsbehandleren.", hvad: "Teksten" }),
  fil: zfd.file(z.instanceof(File, { error: "Vælg dokumentet igen. Det kom ikke frem som en fil." }).optional()),
});

/** A note, and optionally one document, for the caseworker on a sag (a holder needs `kontakte:sagsbehandler`). */
export const tilfoejAction = citizenAction
  .metadata({ handling: "kontakte:sagsbehandler", til: "/sager" })
  .inputSchema(skema, { handleValidationErrorsShape: formFejl })
  .stateAction(async ({ parsedInput: p, ctx }) => {
    let fil = null;
    if (p.fil && p.fil.size > 0) {
      const tjek = await tjekBilag(p.fil);
      if (!tjek.ok) returnValidationErrors(skema, { fil: { _errors: [tjek.fejl] } });
      fil = tjek.bilag;
    }
    let result: Awaited<ReturnType<typeof tilfoej>>;
    try {
      result = await tilfoej(ctx.data, p.sag, p.tekst, fil, p.noegle);
    } catch (error) {
      if (error instanceof Afvist) throw new Besked(error.message);
      throw error;
    }
    if (!result.ok) throw new Besked(result.reason === "ikke-fundet" ? "Sagen findes ikke." : "Det lykkedes ikke at gemme. Prøv igen om lidt. Det, du har skrevet, står stadig i feltet.");
    redirect(`/sager/${p.sag}?tilfoejet=1#tilfoejelser`);
  });
