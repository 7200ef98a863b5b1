"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { returnValidationErrors } from "next-safe-action";
import { z } from "zod";
import { zfd } from "zod-form-data";
import { arkiverSession, gemBeslutning, hentSession, markerOpfoelgningUdfoert, opretSession, saetCase, styrSession, STYRINGER } from "@/lib/data/dialog";
import { markerValgt, tilfoejBidrag } from "@/lib/data/dialog-deltager";
import { formFejl, staffAction } from "@/lib/data/safe-action";
import { findDilemmakort, PAA_KONENS_VEGNE } from "@/lib/dialog/dilemmaer";
import { beslutningSchema, bidragSchema, caseSchema, opretSessionSchema } from "@/lib/domain/dialog";
import { idagIso } from "@/lib/format";

/** Every dialogue action goes through the staff wrapper; the session id is checked against the unit. */
const id = zfd.text(z.string().max(100));
const medSession = zfd.formData(z.looseObject({ id }));
const dialogAction = staffAction.metadata({ til: "/medarbejder/dialog" });

/** The session behind the form, from the staff member's own unit – or back to the list. */
async function session(sessionId: string, enhed: string) {
  const found = await hentSession(sessionId, enhed);
  if (!found) redirect("/medarbejder/dialog");
  return found;
}

/** Empty fields mean "use the default", as the form's placeholders say. */
const udenTomme = <S extends z.ZodType>(schema: S) => z.preprocess((v) => (v instanceof FormData ? Object.fromEntries([...v.entries()].filter(([, x]) => x !== "")) : v), schema);

const skiftCaseAction = dialogAction.inputSchema(medSession).action(async ({ parsedInput, ctx }) => {
  const s = await session(parsedInput.id, ctx.medarbejder.enhed);
  const raw = parsedInput as Record<string, unknown>;
  const parsed = caseSchema.safeParse({ caseValg: raw.caseValg, egenCase: raw.egenCase || undefined });
  const kendt = parsed.success && (parsed.data.caseValg === "egen" || parsed.data.caseValg === PAA_KONENS_VEGNE.id || !!findDilemmakort(parsed.data.caseValg));
  if (!parsed.success || !kendt) redirect(`/medarbejder/dialog/${s.id}?casefejl=1`);
  await saetCase(s, parsed.data.caseValg, parsed.data.egenCase);
  revalidatePath(`/medarbejder/dialog/${s.id}`);
  redirect(`/medarbejder/dialog/${s.id}`);
});

const opretInput = udenTomme(opretSessionSchema.and(z.object({ noegle: z.string().max(100).optional() })));

export const opretDialog = dialogAction
  .inputSchema(opretInput, { handleValidationErrorsShape: formFejl })
  .stateAction(async ({ parsedInput, ctx }) => {
    if (parsedInput.dato < idagIso()) returnValidationErrors(opretInput, { dato: { _errors: ["Datoen må ikke ligge før i dag"] } });
    const { id: nyId } = await opretSession(ctx.medarbejder, parsedInput, parsedInput.noegle);
    revalidatePath("/medarbejder/dialog");
    redirect(`/medarbejder/dialog/${nyId}`);
  });

const styrDialogAction = dialogAction
  .inputSchema(zfd.formData({ id, handling: zfd.text(z.enum(STYRINGER)) }))
  .action(async ({ parsedInput, ctx }) => {
    const s = await session(parsedInput.id, ctx.medarbejder.enhed);
    await styrSession(s, parsedInput.handling);
    revalidatePath(`/medarbejder/dialog/${s.id}`);
  });

/** The facilitator types a point or an idea for the room. */
const skrivForRummetAction = dialogAction.inputSchema(medSession).action(async ({ parsedInput, ctx }) => {
  const s = await session(parsedInput.id, ctx.medarbejder.enhed);
  const raw = parsedInput as Record<string, unknown>;
  const parsed = bidragSchema.safeParse({ art: raw.art, tekst: raw.tekst });
  if (parsed.success) await tilfoejBidrag(s, null, parsed.data, raw.noegle);
  revalidatePath(`/medarbejder/dialog/${s.id}`);
});

const facilitatorVaelgIdeAction = dialogAction
  .inputSchema(zfd.formData({ id, bidragId: zfd.text(z.string().max(100)), valgt: zfd.text(z.enum(["ja", "nej"])) }))
  .action(async ({ parsedInput, ctx }) => {
    const s = await session(parsedInput.id, ctx.medarbejder.enhed);
    await markerValgt(s, null, parsedInput.bidragId, parsedInput.valgt === "ja");
    revalidatePath(`/medarbejder/dialog/${s.id}`);
  });

export const gemDialogBeslutning = dialogAction
  .inputSchema(zfd.formData(beslutningSchema.and(z.object({ id: z.string().max(100) }))), { handleValidationErrorsShape: formFejl })
  .stateAction(async ({ parsedInput, ctx }) => {
    const s = await session(parsedInput.id, ctx.medarbejder.enhed);
    await gemBeslutning(s, parsedInput);
    revalidatePath(`/medarbejder/dialog/${s.id}`);
    revalidatePath("/medarbejder");
    redirect(`/medarbejder/dialog/${s.id}?gemt=1`);
  });

const arkiverAction = dialogAction
  .inputSchema(zfd.formData({ id, arkiver: zfd.text(z.enum(["ja", "nej"])) }))
  .action(async ({ parsedInput, ctx }) => {
    await arkiverSession(parsedInput.id, ctx.medarbejder.enhed, parsedInput.arkiver === "ja");
    revalidatePath("/medarbejder/dialog");
  });

const opfoelgningUdfoertAction = dialogAction
  .inputSchema(zfd.formData({ sessionId: id }))
  .action(async ({ parsedInput, ctx }) => {
    await markerOpfoelgningUdfoert(parsedInput.sessionId, ctx.medarbejder.enhed);
    revalidatePath("/medarbejder");
  });

// Plain form actions (no state to show): a failure is logged by the wrapper and the page stays as it was.
export async function skiftCase(formData: FormData): Promise<void> {
  await skiftCaseAction(formData);
}
export async function styrDialog(formData: FormData): Promise<void> {
  await styrDialogAction(formData);
}
export async function skrivForRummet(formData: FormData): Promise<void> {
  await skrivForRummetAction(formData);
}
export async function facilitatorVaelgIde(formData: FormData): Promise<void> {
  await facilitatorVaelgIdeAction(formData);
}
export async function arkiverDialog(formData: FormData): Promise<void> {
  await arkiverAction(formData);
}
export async function opfoelgningUdfoert(formData: FormData): Promise<void> {
  await opfoelgningUdfoertAction(formData);
}
