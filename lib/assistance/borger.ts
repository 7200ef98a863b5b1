import "server-only";
import { nu } from "@/lib/klokke";
import { and, asc, eq } from "drizzle-orm";
import { fraDatabasen, laes, subjektNoegle, type Adgang, type DataContext } from "@/lib/data/access";
import { db } from "@/lib/db";
import { adgangslog } from "@/lib/db/schema";
import { registrerAfvisning } from "./afvisning";
import { visKode } from "./kode";
import { omraadeTitler, type HjaelpValg } from "./omraader";
import { afslutHjaelp, igangForBorger, nyKodeTil, opretHjaelp, senesteForBorger } from "./store";

/**
 * The citizen's side of an assisted session: ask for help and get a code, see who helps and what
 * they looked at, end it. Only the person themself can do this (a fuldmagt holder cannot start
 * staff help in the giver's name: "handle:assistance" is a self-only action).
 */

const KUN_SELV = "Kun personen selv kan give en medarbejder adgang. Skift tilbage til dig selv for at få hjælp med dine egne data.";

function selv(data: DataContext): data is DataContext & { actor: { art: "borger" } } {
  return data.basis.type === "self" && data.actor.art === "borger";
}

async function afvisIkkeSelv(data: DataContext) {
  await registrerAfvisning(db(), `${data.actor.art} ${data.actor.navn}`, "kun-selv", data.subject.cpr);
  return { ok: false as const, fejl: KUN_SELV };
}

export type KodeVist = { ok: true; id: string; kode: string; kodeUdloeber: string } | { ok: false; fejl: string };

const vist = (r: { id: string; kode: string; kodeUdloeber: Date }): KodeVist => ({ ok: true, id: r.id, kode: visKode(r.kode), kodeUdloeber: r.kodeUdloeber.toISOString() });

/** "Få en kode": a new session waiting for a staff member, with the citizen's choices. */
export async function startHjaelp(data: DataContext, valg: HjaelpValg, formNoegle: string, now = nu()): Promise<KodeVist> {
  if (!selv(data)) return afvisIkkeSelv(data);
  const svar = await opretHjaelp(db(), data.subject, valg, formNoegle, now);
  if (svar.ok) return vist(svar);
  return {
    ok: false,
    fejl:
      svar.grund === "igang"
        ? "En medarbejder hjælper dig allerede. Afslut den hjælp, før du laver en ny kode."
        : "Den hjælp er allerede afsluttet. Lav en ny kode, hvis du vil have hjælp igen.",
  };
}

/** "Lav en ny kode": same choices, new code (the old one stops working). */
export async function fornyKode(data: DataContext, id: string, now = nu()): Promise<KodeVist> {
  if (!selv(data)) return afvisIkkeSelv(data);
  const svar = await nyKodeTil(db(), data.subject.cpr, id, now);
  return svar ? vist(svar) : { ok: false, fejl: "Koden kan ikke fornys, fordi en medarbejder allerede har brugt den, eller hjælpen er afsluttet." };
}

/** "Afslut hjælp": from /hjaelp or the banner. Ending twice is harmless and says so. */
export async function afslutSomBorger(data: DataContext, id: string, now = nu()): Promise<{ ok: true } | { ok: false; fejl: string }> {
  if (!selv(data)) return afvisIkkeSelv(data);
  const svar = await afslutHjaelp(db(), id, { af: "borger", borgerCpr: data.subject.cpr }, now);
  if (svar.ok) return { ok: true };
  await registrerAfvisning(db(), `borger ${data.actor.navn}`, "allerede-afsluttet", data.subject.cpr);
  return { ok: false, fejl: "Hjælpen var allerede afsluttet. Medarbejderen kan ikke se dine data." };
}

export type Hjaelpere = { id: string; medarbejder: string; enhed: string; omraader: string[]; udloeber: string }[];

/** Who is helping the citizen right now: the citizen's banner on every page. */
export async function hvemHjaelper(data: DataContext, now = nu()): Promise<Adgang<Hjaelpere>> {
  return laes(data, { action: "handle:assistance", objekt: "Hvem der hjælper dig" }, () =>
    fraDatabasen("hjælp", async () =>
      (await igangForBorger(db(), data.subject.cpr, now)).map((r) => ({
        id: r.session.id,
        medarbejder: r.medarbejderNavn ?? "En medarbejder",
        enhed: r.medarbejderEnhed ?? "Korsbæk Kommune",
        omraader: omraadeTitler(r.session.omraader),
        udloeber: r.session.udloeber.toISOString(),
      })),
    ),
  );
}

export type Tilstand =
  | { tilstand: "ingen" }
  | { tilstand: "venter"; id: string; kodeUdloeber: string; omraader: string[] }
  | { tilstand: "igang"; id: string; medarbejder: string; enhed: string; omraader: string[]; maaForberede: boolean; udloeber: string; set: Opslag[] }
  | { tilstand: "afsluttet"; medarbejder: string | null; afsluttetAf: string; tidspunkt: string; set: Opslag[] };
export type Opslag = { tidspunkt: string; objekt: string; kategori: string };

const NYLIG = 2 * 60 * 60_000;

/** What /hjaelp shows: the newest session and, once staff has looked, what they looked at. */
export async function hjaelpStatus(data: DataContext, now = nu()): Promise<Adgang<Tilstand>> {
  return laes(data, { action: "handle:assistance", objekt: "Hjælp fra en medarbejder" }, () =>
    fraDatabasen("hjælp", async (): Promise<Tilstand> => {
      const seneste = await senesteForBorger(db(), data.subject.cpr);
      if (!seneste) return { tilstand: "ingen" };
      const { session: s, medarbejderNavn, medarbejderEnhed } = seneste;
      const omraader = omraadeTitler(s.omraader);
      if (!s.medarbejderId && !s.afsluttet && s.kodeUdloeber && s.kodeUdloeber > now) {
        return { tilstand: "venter", id: s.id, kodeUdloeber: s.kodeUdloeber.toISOString(), omraader };
      }
      if (!s.medarbejderId) return { tilstand: "ingen" };
      const set = await setAf(data.subject.cpr, s.id);
      if (!s.afsluttet && s.udloeber > now) {
        return {
          tilstand: "igang",
          id: s.id,
          medarbejder: medarbejderNavn ?? "En medarbejder",
          enhed: medarbejderEnhed ?? "Korsbæk Kommune",
          omraader,
          maaForberede: s.maaForberede,
          udloeber: s.udloeber.toISOString(),
          set,
        };
      }
      const slut = s.afsluttet && s.afsluttet < s.udloeber ? s.afsluttet : s.udloeber;
      if (now.getTime() - slut.getTime() > NYLIG) return { tilstand: "ingen" };
      return { tilstand: "afsluttet", medarbejder: medarbejderNavn, afsluttetAf: s.afsluttet && s.afsluttet < s.udloeber ? (s.afsluttetAf ?? "udloebet") : "udloebet", tidspunkt: slut.toISOString(), set };
    }),
  );
}

/** The citizen's log entries for one assisted session: what the staff member looked at. */
async function setAf(cpr: string, sessionId: string): Promise<Opslag[]> {
  const rows = await db()
    .select({ tidspunkt: adgangslog.tidspunkt, objekt: adgangslog.objekt, kategori: adgangslog.kategori })
    .from(adgangslog)
    .where(and(eq(adgangslog.subjektNoegle, subjektNoegle(cpr)), eq(adgangslog.grundlagId, sessionId)))
    .orderBy(asc(adgangslog.nr))
    .limit(100);
  return rows.map((r) => ({ ...r, tidspunkt: r.tidspunkt.toISOString() }));
}
