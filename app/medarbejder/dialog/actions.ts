"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { zfd } from "zod-form-data";
import {
  gemBeslutning,
  hentSession,
  markerOpfoelgningUdfoert,
  markerValgt,
  opretSession,
  saetCase,
  styrSession,
  tilfoejBidrag,
  type Styring,
} from "@/lib/data/dialog";
import { returnValidationErrors } from "next-safe-action";
import { formFejl, staffAction } from "@/lib/data/safe-action";
import { db } from "@/lib/db";
import { findDilemmakort, PAA_KONENS_VEGNE } from "@/lib/dialog/dilemmaer";
import { beslutningSchema, bidragSchema, caseSchema, opretSessionSchema } from "@/lib/domain/dialog";

/** Every dialogue action goes through the staff wrapper; the session id is checked against the unit. */
const medSession = zfd.formData(z.looseObject({ id: zfd.text(z.string().max(100)) }));
const dialogAction = staffAction.metadata({ til: "/medarbejder/dialog" });

function iDag(): string {
  return new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Copenhagen" }).format(new Date());
}

/** Empty fields mean "use the default", as the form's placeholders say. */
const udenTomme = <S extends z.ZodType>(schema: S) => z.preprocess((v) => (v instanceof FormData ? Object.fromEntries([...v.entries()].filter(([, x]) => x !== "")) : v), schema);

const skiftCaseAction = dialogAction.inputSchema(medSession).action(async ({ parsedInput, ctx }) => {
  const session = await hentSession(db(), parsedInput.id, ctx.medarbejder.enhed);
  if (!session) redirect("/medarbejder/dialog");
  const raw = parsedInput as Record<string, unknown>;
  const parsed = caseSchema.safeParse({ caseValg: raw.caseValg, egenCase: raw.egenCase || undefined });
  const kendt = parsed.success && (parsed.data.caseValg === "egen" || parsed.data.caseValg === PAA_KONENS_VEGNE.id || !!findDilemmakort(parsed.data.caseValg));
  if (!parsed.success || !kendt) redirect(`/medarbejder/dialog/${session.id}?casefejl=1`);
  await saetCase(db(), session, parsed.data.caseValg, parsed.data.egenCase);
  revalidatePath(`/medarbejder/dialog/${session.id}`);
  redirect(`/medarbejder/dialog/${session.id}`);
});

const opretInput = udenTomme(opretSessionSchema.and(z.object({ noegle: z.string().max(100).optional() })));

export const opretDialog = dialogAction
  .inputSchema(opretInput, { handleValidationErrorsShape: formFejl })
  .stateAction(async ({ parsedInput, ctx }) => {
    if (parsedInput.dato < iDag()) returnValidationErrors(opretInput, { dato: { _errors: ["Datoen må ikke ligge før i dag"] } });
    const { id } = await opretSession(db(), ctx.medarbejder, parsedInput, parsedInput.noegle);
    revalidatePath("/medarbejder/dialog");
    redirect(`/medarbejder/dialog/${id}`);
  });

const STYRINGER: Styring[] = ["start", "naeste", "forrige", "pause", "fortsaet", "forlaeng", "stille-start", "stille-stop"];

const styrDialogAction = dialogAction
  .inputSchema(zfd.formData({ id: zfd.text(z.string().max(100)), handling: zfd.text(z.string().max(30)) }))
  .action(async ({ parsedInput, ctx }) => {
    const session = await hentSession(db(), parsedInput.id, ctx.medarbejder.enhed);
    const handling = parsedInput.handling as Styring;
    if (!session || !STYRINGER.includes(handling)) redirect("/medarbejder/dialog");
    await styrSession(db(), session, handling);
    revalidatePath(`/medarbejder/dialog/${session.id}`);
  });

/** The facilitator types a point or an idea for the room. */
const skrivForRummetAction = dialogAction.inputSchema(medSession).action(async ({ parsedInput, ctx }) => {
  const session = await hentSession(db(), parsedInput.id, ctx.medarbejder.enhed);
  if (!session) redirect("/medarbejder/dialog");
  const raw = parsedInput as Record<string, unknown>;
  const parsed = bidragSchema.safeParse({ art: raw.art, tekst: raw.tekst });
  if (parsed.success) await tilfoejBidrag(db(), session, null, parsed.data, raw.noegle);
  revalidatePath(`/medarbejder/dialog/${session.id}`);
});

const facilitatorVaelgIdeAction = dialogAction.inputSchema(medSession).action(async ({ parsedInput, ctx }) => {
  const session = await hentSession(db(), parsedInput.id, ctx.medarbejder.enhed);
  if (!session) redirect("/medarbejder/dialog");
  const raw = parsedInput as Record<string, unknown>;
  await markerValgt(db(), session, null, String(raw.bidragId ?? ""), raw.valgt === "ja");
  revalidatePath(`/medarbejder/dialog/${session.id}`);
});

export const gemDialogBeslutning = dialogAction
  .inputSchema(zfd.formData(beslutningSchema.and(z.object({ id: z.string().max(100) }))), { handleValidationErrorsShape: formFejl })
  .stateAction(async ({ parsedInput, ctx }) => {
    const session = await hentSession(db(), parsedInput.id, ctx.medarbejder.enhed);
    if (!session) redirect("/medarbejder/dialog");
    await gemBeslutning(db(), session, parsedInput);
    revalidatePath(`/medarbejder/dialog/${session.id}`);
    revalidatePath("/medarbejder");
    redirect(`/medarbejder/dialog/${session.id}?gemt=1`);
  });

const opfoelgningUdfoertAction = dialogAction
  .inputSchema(zfd.formData({ sessionId: zfd.text(z.string().max(100)) }))
  .action(async ({ parsedInput, ctx }) => {
    await markerOpfoelgningUdfoert(db(), parsedInput.sessionId, ctx.medarbejder.enhed);
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
export async function opfoelgningUdfoert(formData: FormData): Promise<void> {
  await opfoelgningUdfoertAction(formData);
}
