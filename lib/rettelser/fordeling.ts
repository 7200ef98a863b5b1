import "server-only";
import { cprFeltIGrundlag } from "@/lib/data/oplysninger";
import type { SagDetalje } from "@/lib/domain/sag";
import type { Result } from "@/lib/fagsystemer/http";
import { hentSagsbehandler } from "@/lib/fagsystemer/organisation/client";
import { erUdelukket, hentBorgersSag, soegBorgersSager } from "@/lib/fagsystemer/sdi/client";

/**
 * Who handles a request: the caseworker who owns the datum (DESIGN.md §3 BIDRAGE). Their duty is
 * for one sag, and the access policy lets them reach that sag only, so routing always names it.
 *
 * Rules:
 * 1. A datum under a decision belongs to the sag's primary caseworker.
 * 2. A registered CPR field (the address) is the folkeregister's, but the kommune corrects it
 *    because a decision rests on it: it goes to the caseworker of the newest decided sag whose
 *    decision uses the field, else of the newest sag with a named caseworker.
 * 3. Nobody named: the unit (Borgerservice for CPR fields) holds it until it is assigned.
 */
export type Fordeling = { ansvarligId: string | null; ansvarligNavn: string | null; ansvarligEnhed: string; sagId: string | null };

export const BORGERSERVICE = "Borgerservice";

async function tilSag(sag: SagDetalje): Promise<Result<Fordeling>> {
  if (!sag.kontaktpersonId) return { ok: true, data: { ansvarligId: null, ansvarligNavn: null, ansvarligEnhed: sag.ansvarligEnhed, sagId: sag.id } };
  const person = await hentSagsbehandler(sag.kontaktpersonId);
  if (!person.ok) return person;
  return {
    ok: true,
    data: {
      ansvarligId: sag.kontaktpersonId,
      ansvarligNavn: person.data?.navn ?? null,
      ansvarligEnhed: person.data?.enhed ?? sag.ansvarligEnhed,
      sagId: sag.id,
    },
  };
}

export async function fordelDatum(cpr: string, sagId: string): Promise<Result<Fordeling>> {
  const sag = await hentBorgersSag(cpr, sagId);
  if (!sag.ok) return sag;
  if (!sag.data || erUdelukket(sag.data)) return { ok: true, data: { ansvarligId: null, ansvarligNavn: null, ansvarligEnhed: BORGERSERVICE, sagId: null } };
  return tilSag(sag.data);
}

const FELT_I_GRUNDLAG: Record<string, string> = { "cpr.adresse": "Adresse" };

export async function fordelCprFelt(cpr: string, felt: string): Promise<Result<Fordeling>> {
  const side = await soegBorgersSager(cpr, { side: 1, antal: 20 });
  if (!side.ok) return side;
  // Newest change first, as SDI sorts open sager first; decided sager are read in detail to find the field.
  const detaljer = await Promise.all(side.data.sager.map((s) => hentBorgersSag(cpr, s.id)));
  const fejl = detaljer.find((d) => !d.ok);
  if (fejl && !fejl.ok) return fejl;
  const sager = detaljer.flatMap((d) => (d.ok && d.data && !erUdelukket(d.data) ? [d.data] : []));
  const match = cprFeltIGrundlag[FELT_I_GRUNDLAG[felt] ?? ""];
  const brugerFeltet = sager
    .filter((s) => s.kontaktpersonId && s.afgoerelse?.grundlag.some((g) => match?.(g)))
    .sort((a, b) => b.afgoerelse!.dato.localeCompare(a.afgoerelse!.dato))[0];
  const medBehandler = brugerFeltet ?? sager.find((s) => s.kontaktpersonId);
  if (!medBehandler) return { ok: true, data: { ansvarligId: null, ansvarligNavn: null, ansvarligEnhed: BORGERSERVICE, sagId: null } };
  return tilSag(medBehandler);
}

export const UFORDELT: Fordeling = { ansvarligId: null, ansvarligNavn: null, ansvarligEnhed: BORGERSERVICE, sagId: null };

/** Routes a request by what it is about; null when SDI cannot answer now. */
export async function fordelRettelse(r: { subjektCpr: string; datumId: string | null; kildeSagId: string | null; felt: string | null }): Promise<Fordeling | null> {
  const result = r.datumId && r.kildeSagId ? await fordelDatum(r.subjektCpr, r.kildeSagId) : await fordelCprFelt(r.subjektCpr, r.felt ?? "");
  return result.ok ? result.data : null;
}
