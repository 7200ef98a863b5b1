import "server-only";
import { z } from "zod";
import type { Kontakt } from "@/lib/domain/kontakt";
import { callFagsystem, type Result } from "../http";
import { brugerSvarWire, enhedSvarWire } from "./wire";

const uuid = z.uuid();

/** A caseworker as contact person; null when the Organisation service does not know them. */
export async function hentSagsbehandler(id: string): Promise<Result<Kontakt | null>> {
  if (!uuid.safeParse(id).success) return { ok: true, data: null };
  const result = await callFagsystem({ system: "organisation", path: `brugere/${id}`, schema: brugerSvarWire, idempotent: true });
  if (!result.ok) return result.status === 404 ? { ok: true, data: null } : result;
  const { navn, enhed, telefon, email } = result.data.bruger;
  return { ok: true, data: { navn, enhed: enhed.navn, telefon, email } };
}

/** A unit as contact, for sager without a named caseworker. */
export async function hentEnhed(id: string): Promise<Result<Kontakt | null>> {
  if (!uuid.safeParse(id).success) return { ok: true, data: null };
  const result = await callFagsystem({ system: "organisation", path: `enheder/${id}`, schema: enhedSvarWire, idempotent: true });
  if (!result.ok) return result.status === 404 ? { ok: true, data: null } : result;
  const { navn, telefon, email } = result.data.enhed;
  return { ok: true, data: { navn, enhed: navn, telefon, email } };
}
