"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { zfd } from "zod-form-data";
import { Besked, citizenAction, formFejl } from "@/lib/data/safe-action";
import { svarPaaSamtykke, tilbagekald } from "@/lib/hentesamtykke/store";
import { Afvist } from "@/lib/rettelser/borger";

/** Only the person gives or withdraws a consent (`handle:samtykke` is never delegable). */
const samtykkeAction = citizenAction.metadata({ handling: "handle:samtykke", til: "/samtykker" });

const skema = zfd.formData({
  id: zfd.text(z.uuid()),
  svar: zfd.text(z.enum(["ja", "nej", "tilbagekald"], { error: "Vælg ja eller nej." })),
});

export const samtykkeSvar = samtykkeAction.inputSchema(skema, { handleValidationErrorsShape: formFejl }).stateAction(async ({ parsedInput: p, ctx }) => {
  let hentet: boolean | null = null;
  try {
    if (p.svar === "tilbagekald") await tilbagekald(ctx.data, p.id);
    else hentet = (await svarPaaSamtykke(ctx.data, p.id, p.svar === "ja")).hentet;
  } catch (error) {
    if (error instanceof Afvist) throw new Besked(error.message);
    throw error;
  }
  redirect(`/samtykker/hent/${p.id}?svar=${p.svar}${p.svar === "ja" && hentet === false ? "&ikke-hentet=1" : ""}`);
});
