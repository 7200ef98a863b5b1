"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { zfd } from "zod-form-data";
import { spoergHvorfor } from "@/lib/data/log";
import { Besked, citizenAction, formFejl } from "@/lib/data/safe-action";

const input = zfd.formData({
  logpostId: zfd.text(z.uuid({ error: "Vi kunne ikke finde den linje i loggen, du spurgte til." })),
  tekst: zfd.text(z.string().trim().max(1000, { error: "Skriv højst 1.000 tegn." }).optional()),
  filter: zfd.text(z.string().max(2000).optional()),
});

// POST: "Spørg hvorfor" on one entry of the citizen's own log; back to the same filtered page.
export const spoergHvorforAction = citizenAction
  .metadata({ handling: "se:log", til: "/log" })
  .inputSchema(input, { handleValidationErrorsShape: formFejl })
  .stateAction(async ({ parsedInput, ctx }) => {
    const result = await spoergHvorfor(ctx.data, { logpostId: parsedInput.logpostId, tekst: parsedInput.tekst ?? "" });
    if (!result.ok) throw new Besked(result.fejl);
    const tilbage = new URLSearchParams(parsedInput.filter ?? "");
    const query = new URLSearchParams({
      ...Object.fromEntries(["side", "hvem", "hvad"].flatMap((k) => (tilbage.get(k) ? [[k, tilbage.get(k)!]] : []))),
      spurgt: parsedInput.logpostId,
    });
    redirect(`/log?${query}#post-${parsedInput.logpostId}`);
  });
