import "server-only";
import { eq } from "drizzle-orm";
import { fraDatabasen, laes, type Adgang, type DataContext } from "@/lib/data/access";
import type { Medarbejder } from "@/lib/data/context";
import { db } from "@/lib/db";
import { bilag, rettelser, sagTilfoejelser } from "@/lib/db/schema";
import { pligtFor } from "./pligt";
import { reference } from "./tekster";

/**
 * Opening an attachment: by the person (or a holder whose scope covers where it hangs), or by
 * the caseworker under the duty for its sag. Each opening by someone else is logged first.
 */
export type BilagFil = { filnavn: string; mime: string; indhold: Buffer };

type Ejer =
  | { art: "rettelse"; subjektCpr: string; subjektNavn: string; sagId: string | null; ansvarligId: string | null; navn: string; status: string }
  | { art: "tilfoejelse"; subjektCpr: string; subjektNavn: string; sagId: string; ansvarligId: string | null; navn: string; status: string };

async function find(bilagId: string): Promise<{ fil: BilagFil; ejer: Ejer } | null> {
  const [b] = await db().select().from(bilag).where(eq(bilag.id, bilagId));
  if (!b) return null;
  const fil = { filnavn: b.filnavn, mime: b.mime, indhold: b.indhold };
  const [r] = await db().select().from(rettelser).where(eq(rettelser.id, b.ejerId));
  if (r) return { fil, ejer: { art: "rettelse", subjektCpr: r.subjektCpr, subjektNavn: r.subjektNavn, sagId: r.sagId, ansvarligId: r.ansvarligId, navn: `Bilag »${b.filnavn}« til anmodning ${reference(r.nr)}`, status: r.status } };
  const [t] = await db().select().from(sagTilfoejelser).where(eq(sagTilfoejelser.id, b.ejerId));
  if (t) return { fil, ejer: { art: "tilfoejelse", subjektCpr: t.subjektCpr, subjektNavn: t.subjektNavn, sagId: t.sagId, ansvarligId: t.ansvarligId, navn: `Bilag »${b.filnavn}« du har tilføjet til en sag`, status: "sendt" } };
  return null;
}

export async function bilagForBorger(ctx: DataContext, bilagId: string): Promise<Adgang<BilagFil | null>> {
  const fundet = await find(bilagId);
  if (!fundet || fundet.ejer.subjektCpr !== ctx.subject.cpr) return { ok: true, data: null };
  const { ejer, fil } = fundet;
  const access = ejer.art === "rettelse" ? { action: "handle:rettelse" as const, objekt: ejer.navn } : { action: "se:dokumenter" as const, objekt: ejer.navn, sagId: ejer.sagId };
  const result = await laes(ctx, access, () => fraDatabasen("bilaget", async () => fil));
  return !result.ok && result.reason === "ikke-fundet" ? { ok: true, data: null } : result;
}

export async function bilagForSagsbehandler(m: Medarbejder, bilagId: string): Promise<Adgang<BilagFil | null>> {
  const fundet = await find(bilagId);
  if (!fundet || fundet.ejer.ansvarligId !== m.medarbejderId || fundet.ejer.status === "kladde") return { ok: true, data: null };
  const { ejer, fil } = fundet;
  const ctx = await pligtFor(m, { cpr: ejer.subjektCpr, navn: ejer.subjektNavn }, ejer.sagId);
  if (!ctx || !ejer.sagId) return { ok: true, data: null };
  return laes(ctx, { action: "se:dokumenter", objekt: ejer.navn, sagId: ejer.sagId }, () => fraDatabasen("bilaget", async () => fil));
}

/** How a file is sent: as the type its content showed, as a download, never rendered by the browser as something else. */
export function bilagSvar(fil: BilagFil): Response {
  const navn = encodeURIComponent(fil.filnavn);
  return new Response(new Uint8Array(fil.indhold), {
    headers: {
      "content-type": fil.mime,
      "content-disposition": `attachment; filename="bilag"; filename*=UTF-8''${navn}`,
      "x-content-type-options": "nosniff",
      "cache-control": "private, no-store",
      "content-security-policy": "default-src 'none'; sandbox",
    },
  });
}
