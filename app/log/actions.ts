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
  // Back to the same filtered page, at the entry asked about.
  const tilbage = new URLSearchParams(String(formData.get("filter") ?? ""));
  const query = new URLSearchParams({
    ...Object.fromEntries(["side", "hvem", "hvad"].flatMap((k) => (tilbage.get(k) ? [[k, tilbage.get(k)!]] : []))),
    spurgt: input.data.logpostId,
  });
  redirect(`/log?${query}#post-${input.data.logpostId}`);
}
