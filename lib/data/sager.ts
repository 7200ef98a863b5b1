import "server-only";
import type { Emne } from "@/lib/domain/emne";
import type { Kontakt } from "@/lib/domain/kontakt";
import type { Dokument, SagDetalje, SagSide, SagSoegning } from "@/lib/domain/sag";
import type { Result } from "@/lib/fagsystemer/http";
import { hentEmne, hentEmner } from "@/lib/fagsystemer/klassifikation/client";
import { hentEnhed, hentSagsbehandler } from "@/lib/fagsystemer/organisation/client";
import { erUdelukket, hentBorgersDokument, hentBorgersSag, soegBorgersSager } from "@/lib/fagsystemer/sdi/client";
import { anfaegtelser, markerGrundlag } from "@/lib/rettelser/anfaegtet";
import { sagensTilfoejelser, type Tilfoejelse } from "@/lib/rettelser/tilfoejelser";
import { fraDatabasen, inScope, laes, Refused, type Adgang, type DataContext, type Grant } from "./access";

export const SAGER_PR_SIDE = 20;

export function soegSager(ctx: DataContext, side: number, soegning: SagSoegning = {}): Promise<Adgang<SagSide>> {
  return laes(ctx, { action: "se:sager", objekt: "Oversigten over sager" }, () =>
    soegBorgersSager(ctx.subject.cpr, { side, antal: SAGER_PR_SIDE, ...soegning }),
  );
}

/**
 * The topic explanations for one page of sager. Klassifikation holds no personal data, so it is
 * asked directly; when it is down the list still shows each sag's own topic title.
 */
export async function emnerForSide(side: SagSide, ekstra?: string): Promise<Map<string, Emne>> {
  const nrs = side.sager.map((s) => s.emne.kle);
  if (ekstra) nrs.push(ekstra);
  if (nrs.length === 0) return new Map();
  const result = await hentEmner(nrs);
  return result.ok ? result.data : new Map();
}

export type SagVisning = {
  sag: SagDetalje;
  /** What the topic means in plain Danish; null when Klassifikation does not know the number. */
  emne: Result<Emne | null>;
  /** The named caseworker, or the responsible unit when no one is named. */
  kontakt: Result<Kontakt | null>;
  /** What the person (or a holder for them) added to the sag for the caseworker. */
  tilfoejelser: Tilfoejelse[];
};

/**
 * What a fuldmagt holder may not see: documents and decision data the caseworker marked as not
 * for representatives. Each one held back is counted, so the access log says so.
 */
export function udenSkjulte(sag: SagDetalje, grant: Grant): SagDetalje {
  if (!grant.skjulForRepraesentant) return sag;
  const dokumenter = sag.dokumenter.filter((d) => !d.skjultForFuldmaegtige);
  const grundlag = sag.afgoerelse?.grundlag.filter((g) => !g.skjultForFuldmaegtige) ?? [];
  grant.hidden += sag.dokumenter.length - dokumenter.length + (sag.afgoerelse ? sag.afgoerelse.grundlag.length - grundlag.length : 0);
  return { ...sag, dokumenter, afgoerelse: sag.afgoerelse && { ...sag.afgoerelse, grundlag } };
}

/**
 * One sag with its contact person, topic explanation and which of its data the person contests. `null` means not found, not the
 * citizen's, or hidden from citizens ("Visning undtaget for borger") – the page shows 404 for all,
 * and the last two are recorded as refusals. Contact and topic come from other systems, in
 * parallel, and each may fail on its own.
 */
export async function hentSag(ctx: DataContext, id: string): Promise<Adgang<SagVisning | null>> {
  const sag = await laes(ctx, { action: "se:sager", objekt: "En sag med dens afgørelse", sagId: id }, async (grant) => {
    const result = await hentBorgersSag(ctx.subject.cpr, id);
    if (!result.ok) return result;
    if (result.data === null) return { ok: true, data: null };
    if (erUdelukket(result.data)) return { ok: true, data: new Refused(result.data.udelukket) };
    const tilfoejelser = await fraDatabasen("tilføjelserne", () => sagensTilfoejelser(ctx.subject.cpr, id, inScope(ctx, "se:dokumenter")));
    if (!tilfoejelser.ok) return tilfoejelser;
    return { ok: true, data: { ...udenSkjulte(result.data, grant), tilfoejelser: tilfoejelser.data } };
  });
  if (!sag.ok) return sag.reason === "ikke-fundet" ? { ok: true, data: null } : sag;
  if (sag.data === null) return { ok: true, data: null };
  const { tilfoejelser, ...detalje } = sag.data;
  const [emne, kontakt, markeringer] = await Promise.all([
    hentEmne(sag.data.emne.kle),
    sag.data.kontaktpersonId ? hentKontakt(sag.data.kontaktpersonId, sag.data.ansvarligEnhedId) : hentEnhed(sag.data.ansvarligEnhedId),
    anfaegtelser(ctx.subject.cpr),
  ]);
  return { ok: true, data: { sag: markerGrundlag(detalje, markeringer), emne, kontakt, tilfoejelser } };
}

/** The named caseworker; if the Organisation service no longer knows them, the unit instead. */
async function hentKontakt(personId: string, enhedId: string): Promise<Result<Kontakt | null>> {
  const person = await hentSagsbehandler(personId);
  if (person.ok && person.data === null) return hentEnhed(enhedId);
  return person;
}

/** One document with its readable content, only when it belongs to the given sag and this reader may have it. */
export async function hentDokument(ctx: DataContext, sagId: string, dokumentId: string): Promise<Adgang<Dokument | null>> {
  const result = await laes(ctx, { action: "se:dokumenter", objekt: "Et dokument i en sag", sagId }, async (grant) => {
    const found = await hentBorgersDokument(ctx.subject.cpr, dokumentId);
    if (!found.ok) return found;
    const dokument = found.data;
    if (dokument === null || (!erUdelukket(dokument) && dokument.sagId !== sagId)) return { ok: true, data: null };
    if (erUdelukket(dokument)) return { ok: true, data: new Refused(dokument.udelukket) };
    if (grant.skjulForRepraesentant && dokument.skjultForFuldmaegtige) return { ok: true, data: new Refused("ikke-til-fuldmaegtig") };
    return { ok: true, data: dokument };
  });
  if (!result.ok) return result.reason === "ikke-fundet" ? { ok: true, data: null } : result;
  return result;
}

