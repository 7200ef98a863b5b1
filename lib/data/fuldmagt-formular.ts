import "server-only";
import { addDays, addYears } from "date-fns";
import { z } from "zod";
import { db } from "@/lib/db";
import { foedselsdatoFraCpr } from "@/lib/domain/person";
import { idagIso } from "@/lib/fuldmagt/datoer";
import { MAKS_AAR } from "@/lib/fuldmagt/schema";
import { findFuldmagt } from "@/lib/fuldmagt/store";
import { nu } from "@/lib/klokke";
import type { DataContext } from "./access";

/** The dates the end-date field allows: from tomorrow to five years ahead. */
export function formGraenser(): { minDato: string; maksDato: string } {
  const now = nu();
  return { minDato: idagIso(addDays(now, 1)), maksDato: idagIso(addYears(now, MAKS_AAR)) };
}

/**
 * "Forny": a new fuldmagt pre-filled from one the person is party to (never renewed silently).
 * The giver renews to the same holder; the holder asks the same giver again. Anything else: empty form.
 */
export async function fornyFra(ctx: DataContext, id: string | undefined, min: "giver" | "fuldmaegtig") {
  const parsed = z.uuid().safeParse(id);
  if (!parsed.success) return null;
  const f = await findFuldmagt(db(), parsed.data);
  if (!f) return null;
  const erPart = min === "giver" ? f.giverCpr === ctx.subject.cpr : f.fuldmaegtigCpr === ctx.subject.cpr;
  if (!erPart) return null;
  const [navn, cpr] = min === "giver" ? [f.fuldmaegtigNavn, f.fuldmaegtigCpr] : [f.giverNavn, f.giverCpr];
  const [aar, maaned, dag] = foedselsdatoFraCpr(cpr).split("-");
  return {
    start: { navn, dag: String(Number(dag)), maaned: String(Number(maaned)), aar: aar! },
    privilegier: f.privilegier,
  };
}
