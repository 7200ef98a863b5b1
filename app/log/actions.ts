"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { zfd } from "zod-form-data";
import { spoergHvorfor } from "@/lib/data/log";
import { safeErrorInfo } from "@/lib/data/request-info";
import { Besked, citizenAction, formFejl } from "@/lib/data/safe-action";
import { fordelSpoergsmaal } from "@/lib/rettelser/spoergsmaal";

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
    // To whoever owns the entry; if that cannot be found now, the question is still kept.
    await fordelSpoergsmaal(ctx.data, parsedInput.logpostId).catch((error: unknown) => console.error("[log] spørgsmålet kunne ikke fordeles:", safeErrorInfo(error)));
    const tilbage = new URLSearchParams(parsedInput.filter ?? "");
    const query = new URLSearchParams({
      ...Object.fromEntries(["side", "hvem", "hvad"].flatMap((k) => (tilbage.get(k) ? [[k, tilbage.get(k)!]] : []))),
      spurgt: parsedInput.logpostId,
    });
    redirect(`/log?${query}#post-${parsedInput.logpostId}`);
  });
