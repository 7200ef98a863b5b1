import "server-only";
import { addDays, addMonths } from "date-fns";
import { and, desc, eq } from "drizzle-orm";
import { db } from "@/lib/db";
import { adgangslog } from "@/lib/db/schema";
import { foedselsdatoFraCpr } from "@/lib/domain/person";
import { sidsteDag } from "@/lib/fuldmagt/datoer";
import { efterseRaekker } from "@/lib/fuldmagt/livscyklus";
import { TIDLIGERE_MAANEDER, VARSEL_DAGE } from "@/lib/fuldmagt/schema";
import { findFuldmagt, forPerson, gaelderNu, type FuldmagtRaekke } from "@/lib/fuldmagt/store";
import { nu } from "@/lib/klokke";
import { fraDatabasen, laes, subjektNoegle, type Adgang, type DataContext } from "./access";

/** A fuldmagt as the person on one side of it sees it (no CPR numbers; the other person by name). */
export type FuldmagtVisning = {
  id: string;
  rolle: "giver" | "fuldmaegtig";
  giverNavn: string;
  fuldmaegtigNavn: string;
  /** Birth dates, never CPR numbers: what the giver typed to name the holder, and vice versa. */
  giverFoedselsdato: string;
  fuldmaegtigFoedselsdato: string;
  status: FuldmagtRaekke["status"];
  oprindelse: FuldmagtRaekke["oprindelse"];
  privilegier: string[];
  anmodetPrivilegier: string[] | null;
  gyldigFra: string;
  /** The last day it covers ("til og med"), ISO. */
  sidsteDag: string;
  anmodetSidsteDag: string | null;
  udloeberSnart: boolean;
  oprettet: string;
  afsluttet: string | null;
  tilbagekaldtAf: FuldmagtRaekke["tilbagekaldtAf"];
  ophoerAarsag: FuldmagtRaekke["ophoerAarsag"];
  papirReference: string | null;
  registreretAfNavn: string | null;
};

export function visning(f: FuldmagtRaekke, cpr: string, now: Date): FuldmagtVisning {
  return {
    id: f.id,
    rolle: f.giverCpr === cpr ? "giver" : "fuldmaegtig",
    giverNavn: f.giverNavn,
    fuldmaegtigNavn: f.fuldmaegtigNavn,
    giverFoedselsdato: foedselsdatoFraCpr(f.giverCpr),
    fuldmaegtigFoedselsdato: foedselsdatoFraCpr(f.fuldmaegtigCpr),
    status: f.status,
    oprindelse: f.oprindelse,
    privilegier: f.privilegier,
    anmodetPrivilegier: f.anmodetPrivilegier,
    gyldigFra: f.gyldigFra.toISOString(),
    sidsteDag: sidsteDag(f.gyldigTil),
    anmodetSidsteDag: f.anmodetTil ? sidsteDag(f.anmodetTil) : null,
    udloeberSnart: f.status === "aktiv" && f.gyldigTil > now && f.gyldigTil <= addDays(now, VARSEL_DAGE),
    oprettet: f.oprettet.toISOString(),
    afsluttet: (f.tilbagekaldt ?? f.ophoert ?? (f.status === "afvist" ? f.besvaret : null))?.toISOString() ?? null,
    tilbagekaldtAf: f.tilbagekaldtAf,
    ophoerAarsag: f.ophoerAarsag,
    papirReference: f.papirReference,
    registreretAfNavn: f.registreretAfNavn,
  };
}

export type MineFuldmagter = {
  /** Requests others have sent me, waiting for my answer. */
  anmodningerTilMig: FuldmagtVisning[];
  givne: FuldmagtVisning[];
  modtagne: FuldmagtVisning[];
  /** Requests I have sent, not yet answered. */
  mineAnmodninger: FuldmagtVisning[];
  tidligere: FuldmagtVisning[];
};

/**
 * Everything about fuldmagt for the person: given, received, requested, and ended within 15
 * months. Only the person (or staff they let help them) may read it; reading it first brings the
 * lifecycle up to date for this person (expired ones end, warnings and letters go out).
 */
export function mineFuldmagter(ctx: DataContext): Promise<Adgang<MineFuldmagter>> {
  return laes(ctx, { action: "se:fuldmagter", objekt: "Dine fuldmagter" }, () =>
    fraDatabasen("fuldmagter", async () => {
      const now = nu();
      const cpr = ctx.subject.cpr;
      const laesRaekker = () => forPerson(db(), cpr, addMonths(now, -TIDLIGERE_MAANEDER));
      let raekker = await laesRaekker();
      if (await efterseRaekker(db(), now, raekker)) raekker = await laesRaekker();
      const rows = raekker.map((f) => visning(f, cpr, now));
      return {
        anmodningerTilMig: rows.filter((f) => f.status === "anmodet" && f.rolle === "giver"),
        givne: rows.filter((f) => f.status === "aktiv" && f.rolle === "giver"),
        modtagne: rows.filter((f) => f.status === "aktiv" && f.rolle === "fuldmaegtig"),
        mineAnmodninger: rows.filter((f) => f.status === "anmodet" && f.rolle === "fuldmaegtig"),
        tidligere: rows.filter((f) => f.status !== "aktiv" && f.status !== "anmodet"),
      };
    }),
  );
}

/** One fuldmagt the person is a party to; anything else is "not found". */
export function enFuldmagt(ctx: DataContext, id: string): Promise<Adgang<FuldmagtVisning | null>> {
  return laes(ctx, { action: "se:fuldmagter", objekt: "En fuldmagt" }, () =>
    fraDatabasen("fuldmagten", async () => {
      const f = await findFuldmagt(db(), id);
      const cpr = ctx.subject.cpr;
      return f && (f.giverCpr === cpr || f.fuldmaegtigCpr === cpr) ? visning(f, cpr, nu()) : null;
    }),
  );
}

export type SetOgGjort = { id: string; tidspunkt: string; kategori: string; objekt: string };

/** "Hvad har Ole set og gjort": the giver's log entries made under this one fuldmagt. */
export function setOgGjort(ctx: DataContext, fuldmagtId: string): Promise<Adgang<SetOgGjort[]>> {
  return laes(ctx, { action: "se:log", objekt: "Det, din fuldmægtig har set og gjort" }, () =>
    fraDatabasen("loggen", async () => {
      const rows = await db()
        .select({ id: adgangslog.id, tidspunkt: adgangslog.tidspunkt, kategori: adgangslog.kategori, objekt: adgangslog.objekt })
        .from(adgangslog)
        .where(
          and(
            eq(adgangslog.subjektNoegle, subjektNoegle(ctx.subject.cpr)),
            eq(adgangslog.grundlagType, "fuldmagt"),
            eq(adgangslog.grundlagId, fuldmagtId),
          ),
        )
        .orderBy(desc(adgangslog.tidspunkt), desc(adgangslog.nr))
        .limit(100);
      return rows.map((r) => ({ ...r, tidspunkt: r.tidspunkt.toISOString() }));
    }),
  );
}

export type FuldmagtOverblik = {
  hvemKanHandleForDig: { navn: string; sidsteDag: string }[];
  duKanHandleFor: { id: string; navn: string; sidsteDag: string }[];
  anmodningerTilDig: { id: string; navn: string }[];
  udloeberSnart: { id: string; navn: string; rolle: "giver" | "fuldmaegtig"; sidsteDag: string }[];
};

/** What the forside shows about fuldmagt: who can act for me, for whom I can act, what waits on me. */
export function fuldmagtOverblik(ctx: DataContext): Promise<Adgang<FuldmagtOverblik>> {
  return laes(ctx, { action: "se:fuldmagter", objekt: "Fuldmagter på forsiden" }, () =>
    fraDatabasen("fuldmagter", async () => {
      const now = nu();
      const cpr = ctx.subject.cpr;
      // One read: the current and requested ones are all the forside needs (nothing ended since now).
      const alle = await forPerson(db(), cpr, now);
      const gaelder = alle.filter((f) => gaelderNu(f, now));
      const vist = alle.map((f) => visning(f, cpr, now));
      return {
        hvemKanHandleForDig: gaelder
          .filter((f) => f.giverCpr === cpr)
          .sort((a, b) => a.fuldmaegtigNavn.localeCompare(b.fuldmaegtigNavn, "da"))
          .map((f) => ({ navn: f.fuldmaegtigNavn, sidsteDag: sidsteDag(f.gyldigTil) })),
        duKanHandleFor: gaelder
          .filter((f) => f.fuldmaegtigCpr === cpr)
          .sort((a, b) => a.giverNavn.localeCompare(b.giverNavn, "da"))
          .map((f) => ({ id: f.id, navn: f.giverNavn, sidsteDag: sidsteDag(f.gyldigTil) })),
        anmodningerTilDig: vist.filter((f) => f.status === "anmodet" && f.rolle === "giver").map((f) => ({ id: f.id, navn: f.fuldmaegtigNavn })),
        udloeberSnart: vist
          .filter((f) => f.udloeberSnart)
          .map((f) => ({ id: f.id, navn: f.rolle === "giver" ? f.fuldmaegtigNavn : f.giverNavn, rolle: f.rolle, sidsteDag: f.sidsteDag })),
      };
    }),
  );
}
