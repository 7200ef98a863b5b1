import "server-only";
import { CPR_REGISTER } from "@/lib/domain/register";
import type { SagDetalje } from "@/lib/domain/sag";
import type { Oplysning, SagReference } from "@/lib/domain/oplysning";
import type { Person } from "@/lib/domain/person";
import { hentPerson } from "@/lib/fagsystemer/cpr/client";
import type { Result } from "@/lib/fagsystemer/http";
import { erUdelukket, hentBorgersSag, soegBorgersSager } from "@/lib/fagsystemer/sdi/client";
import { formatDato } from "@/lib/format";
import { anfaegtelser, markerGrundlag, type Anfaegtelser } from "@/lib/rettelser/anfaegtet";
import { inScope, laes, type Adgang, type DataContext, type Grant } from "./access";

/** How many decided sager are read to answer "Hvem bruger det?": one page, never all of them. */
export const GRUNDLAG_SAGER = 20;

export const CPR_FORKLARING =
  "Kommunen henter oplysningerne fra Folkeregisteret (CPR) og retter dem ikke selv. Er en af dem forkert, skal den rettes i Folkeregisteret – det hjælper Borgerservice dig med.";

const IDENTITET = "Alle dine sager: kommunen bruger det til at vide, at sagen handler om dig.";

/** Which decision data are the same thing as a CPR field, matched on the datum's name and source. */
export const cprFeltIGrundlag: Record<string, (d: { betegnelse: string; vaerdi: string; kilde: string }) => boolean> = {
  Adresse: (d) => /adresse/i.test(d.betegnelse) && /cpr/i.test(d.kilde),
  Civilstand: (d) => /civilstand/i.test(d.betegnelse),
  "Ægtefælle eller registreret partner": (d) => /ægtefælle|registreret partner/i.test(`${d.betegnelse} ${d.vaerdi}`),
};

/** A datum is an economic figure when its value is an amount. */
const erBeloeb = (vaerdi: string) => /\bkr\.?/i.test(vaerdi);

export type Afgjorte = { sager: SagDetalje[]; total: number };

/** The decided sager on the first page, with details, read in parallel; for a holder without what is not for them. */
async function afgjorteSager(cpr: string, grant: Grant): Promise<Result<Afgjorte>> {
  const side = await soegBorgersSager(cpr, { side: 1, antal: GRUNDLAG_SAGER, status: ["afgjort", "afsluttet"] });
  if (!side.ok) return side;
  const detaljer = await Promise.all(side.data.sager.map((s) => hentBorgersSag(cpr, s.id)));
  const fejl = detaljer.find((d) => !d.ok);
  if (fejl && !fejl.ok) return fejl;
  const sager = detaljer.flatMap((d) => (d.ok && d.data && !erUdelukket(d.data) ? [d.data] : []));
  if (!grant.skjulForRepraesentant) return { ok: true, data: { sager, total: side.data.total } };
  const synlige = sager.map((s) => {
    if (!s.afgoerelse) return s;
    const grundlag = s.afgoerelse.grundlag.filter((g) => !g.skjultForFuldmaegtige);
    grant.hidden += s.afgoerelse.grundlag.length - grundlag.length;
    return { ...s, afgoerelse: { ...s.afgoerelse, grundlag } };
  });
  return { ok: true, data: { sager: synlige, total: side.data.total } };
}

export function personFelter(p: Person, sager: SagDetalje[], anfaegtede: Anfaegtelser = new Map()): Oplysning[] {
  const brugesI = (felt: string): SagReference[] => {
    const match = cprFeltIGrundlag[felt];
    if (!match) return [];
    return sager
      .filter((s) => s.afgoerelse?.grundlag.some((g) => match(g)))
      .map((s) => ({ id: s.id, titel: s.titel }));
  };
  const felt = (navn: string, vaerdi: string, brugForklaring: string | null = null, noegle: string | null = null): Oplysning => ({
    noegle,
    felt: navn,
    vaerdi,
    kilde: CPR_REGISTER,
    kildeForklaring: CPR_FORKLARING,
    brugesI: brugesI(navn),
    brugForklaring,
    datumId: null,
    sagId: null,
    dato: null,
    anfaegtet: (noegle && anfaegtede.get(noegle)) || null,
  });
  return [
    felt("Navn", p.navn, IDENTITET, "cpr.navn"),
    felt("Fødselsdato", formatDato(p.foedselsdato), IDENTITET),
    felt("CPR-nummer", p.maskeretCpr, IDENTITET),
    felt(
      "Adresse",
      p.adresse ?? (p.adressebeskyttet ? "Beskyttet adresse – vises kun for dig" : "Ingen registreret adresse"),
      null,
      "cpr.adresse",
    ),
    felt("Civilstand", p.civilstand, null, "cpr.civilstand"),
    felt("Ægtefælle eller registreret partner", p.aegtefaelle ?? "Ingen registreret", null, "cpr.aegtefaelle"),
  ];
}

export function oekonomiFelter(sager: SagDetalje[]): Oplysning[] {
  return sager.flatMap((s) =>
    (s.afgoerelse?.grundlag ?? [])
      .filter((g) => erBeloeb(g.vaerdi))
      .map((g) => ({
        noegle: null,
        felt: g.betegnelse,
        vaerdi: g.vaerdi,
        kilde: g.kilde,
        kildeForklaring: `Kommunen har registreret oplysningen i sagen og brugt den efter ${g.hjemmel}.`,
        brugesI: [{ id: s.id, titel: s.titel }],
        brugForklaring: null,
        datumId: g.id,
        sagId: s.id,
        dato: s.afgoerelse!.dato,
        anfaegtet: g.anfaegtet,
      })),
  );
}

export type MineOplysninger = {
  person: Adgang<Person>;
  /** Null when the reader's scope does not cover sager (a fuldmagt for oplysninger only). */
  afgjorte: Adgang<Afgjorte> | null;
  /** Data the person has asked to have corrected, keyed like "cpr.adresse" and "datum:<id>". */
  anfaegtede: Anfaegtelser;
};

/** CPR and the decided sager in parallel; each can fail on its own and degrade its own panel. */
export async function mineOplysninger(ctx: DataContext): Promise<MineOplysninger> {
  const [person, afgjorte, anfaegtede] = await Promise.all([
    laes(ctx, { action: "se:oplysninger", objekt: "Dine oplysninger fra CPR" }, (grant) => hentPerson(ctx.subject.cpr, grant.skjulBeskyttet)),
    inScope(ctx, "se:sager")
      ? laes(ctx, { action: "se:sager", objekt: "Oplysninger i dine afgørelser" }, (grant) => afgjorteSager(ctx.subject.cpr, grant))
      : null,
    anfaegtelser(ctx.subject.cpr),
  ]);
  const markeret = afgjorte?.ok ? { ...afgjorte, data: { ...afgjorte.data, sager: afgjorte.data.sager.map((s) => markerGrundlag(s, anfaegtede)) } } : afgjorte;
  return { person, afgjorte: markeret, anfaegtede };
}
