"use server";

import { returnValidationErrors } from "next-safe-action";
import { redirect } from "next/navigation";
import { z } from "zod";
import { zfd } from "zod-form-data";
import { Besked, citizenAction, formFejl } from "@/lib/data/safe-action";
import type { DataContext } from "@/lib/data/access";
import { tjekBilag } from "@/lib/rettelser/bilag";
import { Afvist, fjernBilag, gemKladde, hentKladde, sendKladde, tilfoejBilag, type KladdeSvar } from "@/lib/rettelser/borger";
import { hentMaal, maalFra } from "@/lib/rettelser/maal";
import { formNoegle } from "@/lib/rettelser/input";
import { kladdeSvarFra, svarSkema, type SvarInput } from "@/lib/rettelser/svar";

/** The correction request's three steps: the answers, the attachments, then "Tjek dine svar" and send. */
const rettelseAction = citizenAction.metadata({ handling: "handle:rettelse", til: "/rettelser/ny" });

async function gem(ctx: DataContext, input: SvarInput, svar: KladdeSvar) {
  let id: string;
  try {
    if (input.kladde) {
      id = await gemKladde(ctx, null, svar, input.noegle, input.kladde);
    } else {
      const maal = maalFra(input);
      const visning = maal ? await hentMaal(ctx, maal) : null;
      if (!visning?.ok || !visning.data) throw new Besked("Vi kunne ikke finde den oplysning, du vil have rettet. Gå tilbage og prøv igen.");
      id = await gemKladde(ctx, visning.data, svar, input.noegle);
    }
  } catch (error) {
    if (error instanceof Afvist) throw new Besked(error.message);
    throw error;
  }
  redirect(`/rettelser/ny/bilag?kladde=${id}`);
}

export const gemSvar = rettelseAction
  .inputSchema(svarSkema, { handleValidationErrorsShape: formFejl })
  .stateAction(async ({ parsedInput: p, ctx }) => gem(ctx.data, p, kladdeSvarFra(p)));

const bilagSkema = zfd.formData({
  noegle: formNoegle,
  kladde: zfd.text(z.uuid()),
  fil: zfd.file(z.instanceof(File, { error: "Vælg en fil." })),
});

export const tilfoejBilagAction = rettelseAction.inputSchema(bilagSkema, { handleValidationErrorsShape: formFejl }).stateAction(async ({ parsedInput: p, ctx }) => {
  const tjek = await tjekBilag(p.fil);
  if (!tjek.ok) returnValidationErrors(bilagSkema, { fil: { _errors: [tjek.fejl] } });
  try {
    await tilfoejBilag(ctx.data, p.kladde, tjek.bilag, p.noegle);
  } catch (error) {
    if (error instanceof Afvist) throw new Besked(error.message);
    throw error;
  }
  redirect(`/rettelser/ny/bilag?kladde=${p.kladde}&tilfoejet=1`);
});

export const fjernBilagAction = rettelseAction
  .inputSchema(zfd.formData({ kladde: zfd.text(z.uuid()), bilag: zfd.text(z.uuid()) }))
  .action(async ({ parsedInput: p, ctx }) => {
    try {
      await fjernBilag(ctx.data, p.kladde, p.bilag);
    } catch (error) {
      if (error instanceof Afvist) throw new Besked(error.message);
      throw error;
    }
    redirect(`/rettelser/ny/bilag?kladde=${p.kladde}`);
  });

export const sendAnmodning = rettelseAction.inputSchema(zfd.formData({ kladde: zfd.text(z.uuid()) })).stateAction(async ({ parsedInput: p, ctx }) => {
  const kladde = await hentKladde(ctx.data, p.kladde);
  if (!kladde) throw new Besked("Vi kunne ikke finde din anmodning. Start forfra.");
  let result: Awaited<ReturnType<typeof sendKladde>>;
  try {
    result = await sendKladde(ctx.data, p.kladde);
  } catch (error) {
    if (error instanceof Afvist) throw new Besked(error.message);
    throw error;
  }
  if (!result.ok) throw new Besked("Anmodningen blev ikke sendt. Prøv igen om lidt. Det, du har skrevet, er gemt.");
  redirect(`/rettelser/${p.kladde}?sendt=1`);
});
