"use server";

import { redirect } from "next/navigation";
import { signIn, signOut } from "@/lib/auth";
import { loginTilladt } from "@/lib/data/login-limit";
import { clientAddress } from "@/lib/data/request-info";

/** Only same-site paths are accepted as where to land after login (no open redirect). */
function safeReturnPath(value: FormDataEntryValue | null): string {
  const path = typeof value === "string" ? value : "/";
  return path.startsWith("/") && !path.startsWith("//") && !path.startsWith("/\\") ? path : "/";
}

export async function logInd(formData: FormData): Promise<void> {
  if (!(await loginTilladt(await clientAddress()))) redirect("/log-ind?error=ForMangeForsoeg");
  await signIn("mitid", { redirectTo: safeReturnPath(formData.get("til")) });
}

export async function logUd(): Promise<void> {
  await signOut({ redirectTo: "/?logget-ud=1" });
}
