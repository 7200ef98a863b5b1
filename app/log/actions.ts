"use server";

import { redirect } from "next/navigation";
import { requireBorger } from "@/lib/data/actor";
import { spoergHvorfor, spoergHvorforInput } from "@/lib/data/log";

export type SpoergState = { fejl?: string } | undefined;

export async function spoergHvorforAction(_state: SpoergState, formData: FormData): Promise<SpoergState> {
  const actor = await requireBorger("/log");
  const input = spoergHvorforInput.safeParse({ logpostId: formData.get("logpostId"), tekst: formData.get("tekst") ?? "" });
  if (!input.success) return { fejl: input.error.issues[0]?.message ?? "Dit spørgsmål kunne ikke sendes." };
  const result = await spoergHvorfor(actor, input.data);
  if (!result.ok) return { fejl: result.fejl };
  redirect(`/log?spurgt=${input.data.logpostId}#post-${input.data.logpostId}`);
}
