"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireMedarbejder } from "@/lib/data/actor";
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
import { db } from "@/lib/db";
import { findDilemmakort, PAA_KONENS_VEGNE } from "@/lib/dialog/dilemmaer";
import { beslutningSchema, bidragSchema, caseSchema, feltfejl, opretSessionSchema } from "@/lib/domain/dialog";

export type FormState = { fejl: Record<string, string>; vaerdier: Record<string, string> } | null;

function vaerdier(formData: FormData): Record<string, string> {
  return Object.fromEntries([...formData.entries()].filter(([k, v]) => !k.startsWith("$") && typeof v === "string")) as Record<string, string>;
}

function iDag(): string {
  return new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Copenhagen" }).format(new Date());
}

export async function skiftCase(formData: FormData): Promise<void> {
  const medarbejder = await requireMedarbejder();
  const id = String(formData.get("id") ?? "");
  const session = await hentSession(db(), id, medarbejder.enhed);
  if (!session) redirect("/medarbejder/dialog");
  const parsed = caseSchema.safeParse({ caseValg: formData.get("caseValg"), egenCase: formData.get("egenCase") || undefined });
  const kendt = parsed.success && (parsed.data.caseValg === "egen" || parsed.data.caseValg === PAA_KONENS_VEGNE.id || !!findDilemmakort(parsed.data.caseValg));
  if (!parsed.success || !kendt) redirect(`/medarbejder/dialog/${id}?casefejl=1`);
  await saetCase(db(), session, parsed.data.caseValg, parsed.data.egenCase);
  revalidatePath(`/medarbejder/dialog/${id}`);
  redirect(`/medarbejder/dialog/${id}`);
}

export async function opretDialog(_prev: FormState, formData: FormData): Promise<FormState> {
  const medarbejder = await requireMedarbejder();
  const raw = vaerdier(formData);
  const parsed = opretSessionSchema.safeParse(Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== "")));
  if (!parsed.success) return { fejl: feltfejl(parsed.error), vaerdier: raw };
  if (parsed.data.dato < iDag()) return { fejl: { dato: "Datoen må ikke ligge før i dag" }, vaerdier: raw };
  const { id } = await opretSession(db(), medarbejder, parsed.data, formData.get("noegle"));
  revalidatePath("/medarbejder/dialog");
  redirect(`/medarbejder/dialog/${id}`);
}

const STYRINGER: Styring[] = ["start", "naeste", "forrige", "pause", "fortsaet", "forlaeng", "stille-start", "stille-stop"];

export async function styrDialog(formData: FormData): Promise<void> {
  const medarbejder = await requireMedarbejder();
  const id = String(formData.get("id") ?? "");
  const handling = String(formData.get("handling") ?? "") as Styring;
  const session = await hentSession(db(), id, medarbejder.enhed);
  if (!session || !STYRINGER.includes(handling)) redirect("/medarbejder/dialog");
  await styrSession(db(), session, handling);
  revalidatePath(`/medarbejder/dialog/${id}`);
}

/** The facilitator types a point or an idea for the room. */
export async function skrivForRummet(formData: FormData): Promise<void> {
  const medarbejder = await requireMedarbejder();
  const id = String(formData.get("id") ?? "");
  const session = await hentSession(db(), id, medarbejder.enhed);
  if (!session) redirect("/medarbejder/dialog");
  const parsed = bidragSchema.safeParse({ art: formData.get("art"), tekst: formData.get("tekst") });
  if (parsed.success) await tilfoejBidrag(db(), session, null, parsed.data, formData.get("noegle"));
  revalidatePath(`/medarbejder/dialog/${id}`);
}

export async function facilitatorVaelgIde(formData: FormData): Promise<void> {
  const medarbejder = await requireMedarbejder();
  const id = String(formData.get("id") ?? "");
  const session = await hentSession(db(), id, medarbejder.enhed);
  if (!session) redirect("/medarbejder/dialog");
  await markerValgt(db(), session, null, String(formData.get("bidragId") ?? ""), formData.get("valgt") === "ja");
  revalidatePath(`/medarbejder/dialog/${id}`);
}

export async function gemDialogBeslutning(_prev: FormState, formData: FormData): Promise<FormState> {
  const medarbejder = await requireMedarbejder();
  const raw = vaerdier(formData);
  const session = await hentSession(db(), raw.id ?? "", medarbejder.enhed);
  if (!session) redirect("/medarbejder/dialog");
  const parsed = beslutningSchema.safeParse(raw);
  if (!parsed.success) return { fejl: feltfejl(parsed.error), vaerdier: raw };
  await gemBeslutning(db(), session, parsed.data);
  revalidatePath(`/medarbejder/dialog/${session.id}`);
  revalidatePath("/medarbejder");
  redirect(`/medarbejder/dialog/${session.id}?gemt=1`);
}

export async function opfoelgningUdfoert(formData: FormData): Promise<void> {
  const medarbejder = await requireMedarbejder();
  await markerOpfoelgningUdfoert(db(), String(formData.get("sessionId") ?? ""), medarbejder.enhed);
  revalidatePath("/medarbejder");
}
