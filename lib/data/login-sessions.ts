import "server-only";
import { randomBytes } from "node:crypto";
import { and, eq } from "drizzle-orm";
import type { Identity } from "@/lib/auth/identity";
import type { Db } from "@/lib/db/client";
import { loginSessioner, medarbejdere } from "@/lib/db/schema";

export const SESSION_HOURS = 8;

/** Stores who logged in and returns the opaque id that is all the browser's cookie will carry. */
export async function createLoginSession(db: Db, identity: Identity, now = new Date()): Promise<string> {
  const id = randomBytes(24).toString("base64url");
  await db.insert(loginSessioner).values({
    id,
    art: identity.art,
    // Staff are looked up by their MitID Erhverv persistent id, citizens by the broker's subject.
    subject: identity.art === "medarbejder" ? identity.medarbejderId : identity.subject,
    navn: identity.navn,
    cpr: identity.art === "borger" ? identity.cpr : null,
    cvr: identity.art === "medarbejder" ? identity.cvr : null,
    privilegier: identity.art === "medarbejder" ? identity.privilegier : [],
    sikringsniveau: identity.sikringsniveau,
    oprettet: now,
    sidstAktiv: now,
    udloeber: new Date(now.getTime() + SESSION_HOURS * 3_600_000),
  });
  return id;
}

export async function endLoginSession(db: Db, id: string): Promise<void> {
  await db.delete(loginSessioner).where(eq(loginSessioner.id, id));
}

export async function findActiveMedarbejder(db: Db, id: string) {
  const [row] = await db
    .select()
    .from(medarbejdere)
    .where(and(eq(medarbejdere.id, id), eq(medarbejdere.aktiv, true)));
  return row ?? null;
}
