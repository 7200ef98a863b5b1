import "server-only";
import { decideNow, fraDatabasen, laes, type Adgang, type DataContext } from "@/lib/data/access";
import type { Medarbejder, RequestContext } from "@/lib/data/context";
import { basisEnded } from "@/lib/data/guard";
import { db } from "@/lib/db";
import { nu } from "@/lib/klokke";
import { registrerAfvisning } from "../afvisning";
import { findSession } from "../store";
import { findArt } from "./arter";
import { afvist, findVentende, gem, godkendt, iSession, ventende } from "./store";

/**
 * Actions a staff member prepares during an assisted session and the citizen confirms on their
 * own forside. Stored as prepared by the staff member for the citizen; confirming runs the kind's
 * own action as the citizen, once.
 */

export type ForberedSvar = { ok: true; titel: string } | { ok: false; fejl: Record<string, string> };

export async function forbered(request: RequestContext, medarbejder: Medarbejder, art: string, input: unknown, noegle: string): Promise<ForberedSvar> {
  const data = request.data;
  if (!data || data.basis.type !== "assisteret" || (await basisEnded(data))) return { ok: false, fejl: { _form: "Hjælpen er slut, så du kan ikke gøre noget klar for borgeren." } };
  const session = await findSession(db(), data.basis.id);
  if (!session?.maaForberede) {
    await registrerAfvisning(db(), `medarbejder ${medarbejder.navn}`, "maa-ikke-forberede", data.subject.cpr);
    return { ok: false, fejl: { _form: `${data.subject.navn} har ikke givet lov til, at du gør noget klar. Det vælger borgeren, når koden laves.` } };
  }
  const kind = findArt(art);
  if (!kind) return { ok: false, fejl: { _form: "Den slags kan ikke gøres klar i Mine Data." } };
  const svar = await kind.forbered(data, input);
  if (!svar.ok) return svar;
  const row = await gem(db(), {
    assisteretId: session.id,
    borgerCpr: data.subject.cpr,
    medarbejderId: medarbejder.medarbejderId,
    medarbejderNavn: medarbejder.navn,
    medarbejderEnhed: medarbejder.enhed,
    art,
    payload: svar.payload,
    formNoegle: noegle,
  });
  return { ok: true, titel: kind.beskriv(kind.payload.parse(row.payload)).titel };
}

export type Vist = { id: string; titel: string; fakta: { navn: string; vaerdi: string }[]; efter: string; medarbejder: string; enhed: string; oprettet: string };

function vis(row: Awaited<ReturnType<typeof ventende>>[number]): Vist | null {
  const kind = findArt(row.art);
  const payload = kind?.payload.safeParse(row.payload);
  if (!kind || !payload?.success) return null;
  return { id: row.id, ...kind.beskriv(payload.data), medarbejder: row.medarbejderNavn, enhed: row.medarbejderEnhed, oprettet: row.oprettet.toISOString() };
}

/** What waits on the citizen's forside. Only the person themself sees it. */
export async function ventendeForBorger(data: DataContext): Promise<Adgang<Vist[]> | null> {
  if (data.basis.type !== "self") return null;
  return laes(data, { action: "handle:assistance", objekt: "Det, en medarbejder har gjort klar til dig" }, () =>
    fraDatabasen("forberedte handlinger", async () => (await ventende(db(), data.subject.cpr)).map(vis).filter((v): v is Vist => v !== null)),
  );
}

/** What the staff member has prepared in the session they are in (titles and whether it was answered). */
export async function forberedtISession(sessionId: string): Promise<{ id: string; titel: string; status: string }[]> {
  return (await iSession(db(), sessionId)).map((row) => ({ id: row.id, titel: vis(row)?.titel ?? "Forberedt handling", status: row.status }));
}

const FINDES_IKKE = "Det, du svarede på, venter ikke længere. Måske har du allerede svaret.";

/** "Godkend": the kind's action, as the citizen, checked by the policy; then marked answered. */
export async function godkendForberedt(data: DataContext, id: string): Promise<{ ok: true; link: string } | { ok: false; fejl: string }> {
  if (data.basis.type !== "self") return { ok: false, fejl: "Kun personen selv kan godkende det." };
  const row = await findVentende(db(), id, data.subject.cpr);
  const kind = row && findArt(row.art);
  const payload = kind?.payload.safeParse(row!.payload);
  if (!row || !kind || !payload?.success) return { ok: false, fejl: FINDES_IKKE };
  const decision = decideNow(data, kind.handling);
  if (!decision.allow) return { ok: false, fejl: "Det har du ikke ret til." };
  const svar = await kind.udfoer(data, payload.data, row.id);
  if (!svar.ok) return svar;
  await godkendt(db(), row.id, data.subject.cpr, svar.resultat, nu());
  return { ok: true, link: svar.link };
}

/** "Afvis": nothing happens, and it stops waiting. */
export async function afvisForberedt(data: DataContext, id: string): Promise<{ ok: true } | { ok: false; fejl: string }> {
  if (data.basis.type !== "self") return { ok: false, fejl: "Kun personen selv kan afvise det." };
  return (await afvist(db(), id, data.subject.cpr, nu())) ? { ok: true } : { ok: false, fejl: FINDES_IKKE };
}
