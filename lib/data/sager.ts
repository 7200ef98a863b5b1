import "server-only";
import type { Emne } from "@/lib/domain/emne";
import type { Kontakt } from "@/lib/domain/kontakt";
import type { Dokument, SagDetalje, SagSide, SagSoegning } from "@/lib/domain/sag";
import type { Result } from "@/lib/fagsystemer/http";
import { hentEmne, hentEmner } from "@/lib/fagsystemer/klassifikation/client";
import { hentEnhed, hentSagsbehandler } from "@/lib/fagsystemer/organisation/client";
import { hentBorgersDokument, hentBorgersSag, soegBorgersSager } from "@/lib/fagsystemer/sdi/client";
import { laes, type Adgang, type DataContext } from "./access";

export const SAGER_PR_SIDE = 20;

export function soegSager(ctx: DataContext, side: number, soegning: SagSoegning = {}): Promise<Adgang<SagSide>> {
  return laes(ctx, { action: "se:sager", objekt: "Oversigten over sager" }, () =>
    soegBorgersSager(ctx.subjectCpr, { side, antal: SAGER_PR_SIDE, ...soegning }),
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
};

/**
 * One sag with its contact person and topic explanation. `null` means not found, not the
 * citizen's, or hidden from citizens ("Visning undtaget for borger") – the page shows 404 for all.
 * Contact and topic come from other systems, in parallel, and each may fail on its own.
 */
export async function hentSag(ctx: DataContext, id: string): Promise<Adgang<SagVisning | null>> {
  const sag = await laes(ctx, { action: "se:sager", objekt: "En sag med dens afgørelse" }, () =>
    hentBorgersSag(ctx.subjectCpr, id),
  );
  if (!sag.ok || sag.data === null) return sag.ok ? { ok: true, data: null } : sag;
  const s = sag.data;
  const [emne, kontakt] = await Promise.all([
    hentEmne(s.emne.kle),
    s.kontaktpersonId ? hentKontakt(s.kontaktpersonId, s.ansvarligEnhedId) : hentEnhed(s.ansvarligEnhedId),
  ]);
  return { ok: true, data: { sag: s, emne, kontakt } };
}

/** The named caseworker; if the Organisation service no longer knows them, the unit instead. */
async function hentKontakt(personId: string, enhedId: string): Promise<Result<Kontakt | null>> {
  const person = await hentSagsbehandler(personId);
  if (person.ok && person.data === null) return hentEnhed(enhedId);
  return person;
}

/** One document with its readable content, only when it belongs to the given sag. */
export async function hentDokument(ctx: DataContext, sagId: string, dokumentId: string): Promise<Adgang<Dokument | null>> {
  const result = await laes(ctx, { action: "se:dokumenter", objekt: "Et dokument i en sag" }, () =>
    hentBorgersDokument(ctx.subjectCpr, dokumentId),
  );
  if (!result.ok) return result;
  return { ok: true, data: result.data && result.data.sagId === sagId ? result.data : null };
}

