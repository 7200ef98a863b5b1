import "server-only";
import { decode } from "next-auth/jwt";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { findActiveMedarbejder, findLoginSession } from "./login-sessions";

/** The person behind the request, resolved on the server from the opaque session id. */
export type Actor =
  | { art: "borger"; sessionId: string; navn: string; cpr: string }
  | { art: "medarbejder"; sessionId: string; navn: string; medarbejderId: string; enhed: string; privilegier: string[] };

function cookieName(): string {
  return new URL(env().AUTH_URL).protocol === "https:" ? `__Secure-authjs.session-token` : "authjs.session-token";
}

export const currentActor = cache(async (): Promise<Actor | null> => {
  const jar = await cookies();
  const name = cookieName();
  const raw = jar.get(name)?.value;
  if (!raw) return null;
  const token = await decode({ token: raw, secret: env().AUTH_SECRET, salt: name }).catch(() => null);
  if (typeof token?.sid !== "string") return null;
  const row = await findLoginSession(db(), token.sid);
  if (!row) return null;
  if (row.art === "borger" && row.cpr) return { art: "borger", sessionId: row.id, navn: row.navn, cpr: row.cpr };
  if (row.art === "medarbejder") {
    const medarbejder = await findActiveMedarbejder(db(), row.subject);
    if (!medarbejder) return null;
    return {
      art: "medarbejder",
      sessionId: row.id,
      navn: row.navn,
      medarbejderId: medarbejder.id,
      enhed: medarbejder.enhed,
      privilegier: row.privilegier,
    };
  }
  return null;
});

/** For citizen pages: the logged-in citizen, or off to the login page and back here afterwards. */
export async function requireBorger(returnTo: string): Promise<Extract<Actor, { art: "borger" }>> {
  const actor = await currentActor();
  if (actor?.art === "borger") return actor;
  if (actor?.art === "medarbejder") redirect("/medarbejder");
  redirect(`/log-ind?til=${encodeURIComponent(returnTo)}`);
}

export async function requireMedarbejder(): Promise<Extract<Actor, { art: "medarbejder" }>> {
  const actor = await currentActor();
  if (actor?.art === "medarbejder") return actor;
  if (actor?.art === "borger") redirect("/");
  redirect("/log-ind?til=%2Fmedarbejder");
}
