"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { zfd } from "zod-form-data";
import { afslutSomBorger, fornyKode, startHjaelp } from "@/lib/assistance/borger";
import { afvisForberedt, godkendForberedt } from "@/lib/assistance/forberedte";
import { hjaelpValg } from "@/lib/assistance/omraader";
import { Besked, citizenAction, formFejl } from "@/lib/data/safe-action";

const hjaelpAction = citizenAction.metadata({ handling: "handle:assistance", til: "/hjaelp" });

const startInput = zfd.formData({
  omraader: zfd.repeatable(hjaelpValg.shape.omraader),
  maaForberede: zfd.checkbox(),
  varighed: zfd.text(hjaelpValg.shape.varighed),
  noegle: zfd.text(z.uuid({ error: "Siden var for gammel. Prøv igen." })),
});

// POST: the citizen chooses areas, prepare-permission and duration, and gets a one-time code.
export const startHjaelpAction = hjaelpAction.inputSchema(startInput, { handleValidationErrorsShape: formFejl }).stateAction(async ({ parsedInput, ctx }) => {
  const { noegle, ...valg } = parsedInput;
  const svar = await startHjaelp(ctx.data, valg, noegle);
  if (!svar.ok) throw new Besked(svar.fejl);
  return svar;
});

const medId = zfd.formData({ id: zfd.text(z.uuid({ error: "Vi kunne ikke finde den hjælp." })) });

// POST: a new code for the same choices, when the first one was not used in time.
export const nyKodeAction = hjaelpAction.inputSchema(medId).stateAction(async ({ parsedInput, ctx }) => {
  const svar = await fornyKode(ctx.data, parsedInput.id);
  if (!svar.ok) throw new Besked(svar.fejl);
  return svar;
});

const afslutAction = hjaelpAction.inputSchema(medId).action(async ({ parsedInput, ctx }) => {
  const svar = await afslutSomBorger(ctx.data, parsedInput.id);
  revalidatePath("/", "layout");
  redirect(svar.ok ? "/hjaelp?afsluttet=1" : "/hjaelp?allerede=1");
});

// POST: "Afslut hjælp" from /hjaelp or the banner; also cancels a code nobody has used yet.
export async function afslutHjaelp(formData: FormData): Promise<void> {
  await afslutAction(formData);
  redirect("/hjaelp");
}

const svarInput = zfd.formData({ id: zfd.text(z.uuid({ error: "Vi kunne ikke finde det, du svarede på." })) });

// POST: the citizen confirms what a staff member prepared; it is done now, by the citizen, and the receipt shows.
export const godkendForberedtAction = hjaelpAction.inputSchema(svarInput).stateAction(async ({ parsedInput, ctx }) => {
  const svar = await godkendForberedt(ctx.data, parsedInput.id);
  if (!svar.ok) throw new Besked(svar.fejl);
  redirect(svar.link);
});

// POST: the citizen declines it; nothing happens.
export const afvisForberedtAction = hjaelpAction.inputSchema(svarInput).stateAction(async ({ parsedInput, ctx }) => {
  const svar = await afvisForberedt(ctx.data, parsedInput.id);
  if (!svar.ok) throw new Besked(svar.fejl);
  redirect("/");
});
