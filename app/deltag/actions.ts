"use server";

import { revalidatePath } from "next/cache";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { deltag, findDeltager, markerValgt, stem, tilfoejBidrag } from "@/lib/data/dialog-deltager";
import { clientAddress } from "@/lib/data/request-info";
import { env } from "@/lib/env";
import { bidragSchema, deltagSchema, DELTAGER_COOKIE, feltfejl, type DeltagerFejl } from "@/lib/domain/dialog";

export type DeltagState = { fejl: Record<string, string>; vaerdier: { kode: string; navn: string } } | null;

export async function deltagIDialog(_prev: DeltagState, formData: FormData): Promise<DeltagState> {
  const vaerdier = { kode: String(formData.get("kode") ?? ""), navn: String(formData.get("navn") ?? "") };
  const parsed = deltagSchema.safeParse(vaerdier);
  if (!parsed.success) return { fejl: feltfejl(parsed.error), vaerdier };
  const result = await deltag(parsed.data.kode, parsed.data.navn, new Date(), await clientAddress());
  if (!result.ok) return { fejl: { kode: result.besked }, vaerdier };
  (await cookies()).set(DELTAGER_COOKIE, result.token, {
    httpOnly: true,
    sameSite: "lax",
    secure: new URL(env().AUTH_URL).protocol === "https:",
    path: "/",
    // The server stops honouring the token when the dialogue ends; the cookie need not outlive its day.
    maxAge: 12 * 3600,
  });
  redirect("/deltag");
}

async function mig() {
  const found = await findDeltager((await cookies()).get(DELTAGER_COOKIE)?.value);
  if (!found) redirect("/deltag");
  return found;
}

/** Back to the page, with at most a code for what went wrong: the page picks the text. */
function tilbage(fejl?: DeltagerFejl): never {
  revalidatePath("/deltag");
  redirect(fejl ? `/deltag?fejl=${fejl}` : "/deltag");
}

export async function skrivBidrag(formData: FormData): Promise<void> {
  const { deltager, session } = await mig();
  const parsed = bidragSchema.safeParse({ art: formData.get("art"), tekst: formData.get("tekst") });
  if (!parsed.success) tilbage("tekst");
  const result = await tilfoejBidrag(session, deltager.id, parsed.data, formData.get("noegle"));
  tilbage(result.ok ? undefined : result.fejl);
}

export async function vaelgIde(formData: FormData): Promise<void> {
  const { deltager, session } = await mig();
  const result = await markerValgt(session, deltager.id, String(formData.get("bidragId") ?? ""), formData.get("valgt") === "ja");
  tilbage(result.ok ? undefined : result.fejl);
}

export async function saetPrik(formData: FormData): Promise<void> {
  const { deltager, session } = await mig();
  const result = await stem(session, deltager.id, String(formData.get("bidragId") ?? ""));
  tilbage(result.ok ? undefined : result.fejl);
}

export async function forladDialog(): Promise<void> {
  (await cookies()).delete(DELTAGER_COOKIE);
  redirect("/deltag");
}
