import "server-only";
import { nu } from "@/lib/klokke";
import { setAssisting, type Medarbejder, type RequestContext } from "@/lib/data/context";
import { basisEnded } from "@/lib/data/guard";
import { db } from "@/lib/db";
import { registrerAfvisning } from "./afvisning";
import { forberedtISession } from "./forberedte";
import { forsoegAfMedarbejder, forsoegPaaKode, godskrivForsoeg, PR_MEDARBEJDER } from "./begraensning";
import { kodeHash } from "./kode";
import { omraadeTitler } from "./omraader";
import { afslutHjaelp, bindKode, findSession, historik, igangForMedarbejder } from "./store";

/**
 * The staff side of an assisted session: enter the citizen's code, see whom one helps, end it.
 * There is no search for citizens: the code is the only way in.
 */

export const BORGERSERVICE = "urn:dk:korsbaek:minedata:privilege:borgerservice";

export const FORKERT_KODE =
  "Koden passer ikke. Den kan være skrevet forkert, være udløbet eller allerede brugt. Bed borgeren om at lave en ny kode under »Få hjælp af en medarbejder« i Mine Data.";

const aktoer = (m: Medarbejder) => `medarbejder ${m.navn}`;
export const kanHjaelpe = (m: Medarbejder) => m.privilegier.includes(BORGERSERVICE);

export type KodeSvar = { ok: true; borgerNavn: string } | { ok: false; fejl: string };

/**
 * The code, checked in this order: the right privilege; not already helping someone; this staff
 * member's attempts; this value's attempts; then one conditional UPDATE that binds the waiting
 * session (store.ts). Wrong, expired, used and someone else's codes get the same answer, so the
 * answer never tells whether a code exists.
 */
export async function indtastKode(request: RequestContext, medarbejder: Medarbejder, kode: string, formNoegle: string, now = nu()): Promise<KodeSvar> {
  const database = db();
  if (!kanHjaelpe(medarbejder)) {
    await registrerAfvisning(database, aktoer(medarbejder), "mangler-rettighed", null);
    return { ok: false, fejl: "Du har ikke rettighed til at hjælpe borgere i Mine Data. Det kræver rettigheden Borgerservice i MitID Erhverv." };
  }
  const igang = await igangForMedarbejder(database, medarbejder.medarbejderId, now);
  if (igang && igang.bundetNoegle !== formNoegle) {
    await registrerAfvisning(database, aktoer(medarbejder), "hjaelper-allerede", igang.borgerCpr);
    return { ok: false, fejl: `Du hjælper allerede ${igang.borgerNavn}. Afslut den hjælp, før du hjælper en ny borger.` };
  }
  if (!igang) {
    if (!(await forsoegAfMedarbejder(database, medarbejder.medarbejderId, now))) {
      await registrerAfvisning(database, aktoer(medarbejder), "for-mange-forsoeg", null);
      return {
        ok: false,
        fejl: `Du har prøvet for mange koder. Vent ${PR_MEDARBEJDER.sekunder / 60} minutter, før du prøver igen. Imens kan en kollega bruge borgerens kode.`,
      };
    }
    if (!(await forsoegPaaKode(database, kodeHash(kode), now))) {
      await registrerAfvisning(database, aktoer(medarbejder), "forkert-kode", null);
      return { ok: false, fejl: FORKERT_KODE };
    }
  }
  const bundet = await bindKode(database, medarbejder, request.sessionId, kode, formNoegle, now);
  if (bundet.ok) {
    if (!igang) await godskrivForsoeg(database, medarbejder.medarbejderId);
    return { ok: true, borgerNavn: bundet.session.borgerNavn };
  }
  if (bundet.grund === "igang") {
    await registrerAfvisning(database, aktoer(medarbejder), "hjaelper-allerede", null);
    return { ok: false, fejl: `Du hjælper allerede ${bundet.borgerNavn}. Afslut den hjælp, før du hjælper en ny borger.` };
  }
  await registrerAfvisning(database, aktoer(medarbejder), "forkert-kode", null);
  return { ok: false, fejl: FORKERT_KODE };
}

/** "Afslut": the staff member ends the help they are in (from this or another login session). */
export async function afslutSomMedarbejder(request: RequestContext, medarbejder: Medarbejder, id: string, now = nu()) {
  const svar = await afslutHjaelp(db(), id, { af: "medarbejder", medarbejderId: medarbejder.medarbejderId, loginSessionId: request.sessionId }, now);
  if (!svar.ok) await registrerAfvisning(db(), aktoer(medarbejder), "allerede-afsluttet", svar.session?.borgerCpr ?? null);
  return svar.ok ? { ok: true as const, borgerNavn: svar.session.borgerNavn } : { ok: false as const, borgerNavn: svar.session?.borgerNavn ?? null };
}

const slutTekst = { borger: "borgeren afsluttede", medarbejder: "du afsluttede", udloebet: "tiden løb ud", erstattet: "borgeren lavede en ny kode" } as const;

export type Konsol = {
  /** The help this login session works in now. */
  her: { id: string; borgerNavn: string; omraader: string[]; udloeber: Date; maaForberede: boolean; forberedt: { id: string; titel: string; status: string }[] } | null;
  /** Help in progress from another login session: it can be ended here, not continued. */
  andetSted: { id: string; borgerNavn: string; udloeber: Date } | null;
  /** The help this login session was in, now over, and why. */
  slut: { borgerNavn: string; hvorfor: string } | null;
  historik: { id: string; borgerNavn: string; startet: Date; slut: Date; hvorfor: string }[];
};

/** What the staff console shows: the help in progress (or just ended), and the staff member's own history. */
export async function konsol(request: RequestContext, medarbejder: Medarbejder, now = nu()): Promise<Konsol> {
  const database = db();
  const data = request.data?.basis.type === "assisteret" ? request.data : null;
  const [egen, igang, tidligere] = await Promise.all([
    data?.basis.type === "assisteret" ? findSession(database, data.basis.id) : null,
    igangForMedarbejder(database, medarbejder.medarbejderId, now),
    historik(database, medarbejder.medarbejderId),
  ]);
  const aktiv = data && egen && !(await basisEnded(data)) ? egen : null;
  return {
    her: aktiv && {
      id: aktiv.id,
      borgerNavn: aktiv.borgerNavn,
      omraader: omraadeTitler(aktiv.omraader),
      udloeber: aktiv.udloeber,
      maaForberede: aktiv.maaForberede,
      forberedt: aktiv.maaForberede ? await forberedtISession(aktiv.id) : [],
    },
    andetSted: igang && igang.id !== aktiv?.id ? { id: igang.id, borgerNavn: igang.borgerNavn, udloeber: igang.udloeber } : null,
    slut: egen && !aktiv ? { borgerNavn: egen.borgerNavn, hvorfor: slutTekst[egen.afsluttetAf ?? "udloebet"] } : null,
    historik: tidligere.map((h) => ({
      id: h.id,
      borgerNavn: h.borgerNavn,
      startet: h.startet,
      slut: h.slut > now && !h.afsluttet ? now : h.slut,
      hvorfor: h.afsluttetAf ? slutTekst[h.afsluttetAf] : h.afsluttet ? "afsluttet" : h.slut > now ? "i gang" : slutTekst.udloebet,
    })),
  };
}

/** Takes away the note that the help has ended (the login session stops pointing at it); help in progress is left alone. */
export async function glemAfsluttet(request: RequestContext): Promise<void> {
  if (request.data?.basis.type === "assisteret" && (await basisEnded(request.data))) await setAssisting(db(), request.sessionId, null);
}

/** A staff member without the Borgerservice privilege opened the console: refused and recorded. */
export async function registrerManglendeRettighed(medarbejder: Medarbejder): Promise<void> {
  await registrerAfvisning(db(), aktoer(medarbejder), "mangler-rettighed", null);
}
