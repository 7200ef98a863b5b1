"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { zfd } from "zod-form-data";
import { forbered } from "@/lib/assistance/forberedte";
import { indtastetKode } from "@/lib/assistance/kode";
import { afslutSomMedarbejder, glemAfsluttet, indtastKode } from "@/lib/assistance/medarbejder";
import { Besked, formFejl, staffAction, tilbageTilFormen } from "@/lib/data/safe-action";
import { svarSkema } from "@/lib/rettelser/svar";

const konsolAction = staffAction.metadata({ til: "/medarbejder/hjaelp" });

const kodeInput = zfd.formData({
  kode: zfd.text(indtastetKode),
  noegle: zfd.text(z.uuid({ error: "Siden var for gammel. Prøv igen." })),
});

// POST: the citizen's code binds their waiting session to this staff member; then the citizen's own pages.
export const indtastKodeAction = konsolAction.inputSchema(kodeInput, { handleValidationErrorsShape: formFejl }).stateAction(async ({ parsedInput, ctx }) => {
  const svar = await indtastKode(ctx.request, ctx.medarbejder, parsedInput.kode, parsedInput.noegle);
  if (!svar.ok) throw new Besked(svar.fejl);
  // The banner and the menu live in the root layout: it must be drawn again for the citizen's pages.
  revalidatePath("/", "layout");
  redirect("/");
});

const medId = zfd.formData({ id: zfd.text(z.uuid()) });

const afslutAction = konsolAction.inputSchema(medId).action(async ({ parsedInput, ctx }) => {
  const svar = await afslutSomMedarbejder(ctx.request, ctx.medarbejder, parsedInput.id);
  revalidatePath("/", "layout");
  redirect(svar.ok ? "/medarbejder/hjaelp?afsluttet=1" : "/medarbejder/hjaelp?allerede=1");
});

// POST: "Afslut" in the banner or the console.
export async function afslutSomMedarbejderAction(formData: FormData): Promise<void> {
  await afslutAction(formData);
  redirect("/medarbejder/hjaelp");
}

const glemAction = konsolAction.action(async ({ ctx }) => {
  await glemAfsluttet(ctx.request);
  revalidatePath("/", "layout");
});

// POST: "Luk" on the note that the help has ended: the banner goes away.
export async function lukSlutBesked(): Promise<void> {
  await glemAction();
  redirect("/medarbejder/hjaelp");
}

/** The fuldmagt fields as FormData: the privileges are checkboxes, so always a list. */
const fuldmagtFormular = zfd.formData(
  z.looseObject({
    privilegier: zfd.repeatable(z.array(z.string())),
    noegle: zfd.text(z.uuid({ error: "Siden var for gammel. Prøv igen." })),
  }),
);

// POST: during an assisted session, a fuldmagt (given or asked for) made ready for the citizen to confirm.
export const forberedFuldmagtAction = konsolAction
  .inputSchema(fuldmagtFormular, { handleValidationErrorsShape: formFejl })
  .stateAction(async ({ parsedInput, ctx }) => {
    const { noegle, ...input } = parsedInput;
    const svar = await forbered(ctx.request, ctx.medarbejder, "fuldmagt-anmodning", input, noegle);
    if (!svar.ok) tilbageTilFormen(fuldmagtFormular, svar.fejl);
    revalidatePath("/medarbejder/hjaelp");
    return { titel: svar.titel };
  });

// POST: during an assisted session, a correction request made ready for the citizen to send from their forside.
export const forberedRettelseAction = konsolAction.inputSchema(svarSkema, { handleValidationErrorsShape: formFejl }).stateAction(async ({ parsedInput, ctx }): Promise<void> => {
  const svar = await forbered(ctx.request, ctx.medarbejder, "rettelse-anmodning", parsedInput, parsedInput.noegle);
  if (!svar.ok) tilbageTilFormen(svarSkema, svar.fejl);
  revalidatePath("/medarbejder/hjaelp");
  redirect("/medarbejder/hjaelp?klar=rettelse#forbered");
});
