import "server-only";
import { and, asc, eq, inArray, isNull, sql } from "drizzle-orm";
import { fraDatabasen, laes, Refused, type Adgang, type DataContext } from "@/lib/data/access";
import type { Medarbejder } from "@/lib/data/context";
import { db } from "@/lib/db";
import { forberedt } from "@/lib/db/forberedt";
import { bilag, sagTilfoejelser } from "@/lib/db/schema";
import { erUdelukket, hentBorgersSag } from "@/lib/fagsystemer/sdi/client";
import { Afvist } from "./borger";
import type { TjekketBilag } from "./bilag";
import { pligtFor } from "./pligt";
import { indsendtAf } from "./tekster";
import { nu } from "@/lib/klokke";

/**
 * Own additions (DESIGN.md §3 BIDRAGE): the citizen, or a holder allowed to contact the
 * caseworker for them, adds a note and optionally a document to a sag. It shows on the sag with
 * who added it for whom and when, and in the sag's caseworker's inbox.
 */
export type Tilfoejelse = {
  id: string;
  tekst: string;
  oprettet: Date;
  af: string;
  set: Date | null;
  bilag: { id: string; filnavn: string; stoerrelse: number }[];
};

async function medBilag(rows: (typeof sagTilfoejelser.$inferSelect)[]): Promise<Tilfoejelse[]> {
  const ids = rows.map((r) => r.id);
  const filer = ids.length
    ? await db().select({ id: bilag.id, ejerId: bilag.ejerId, filnavn: bilag.filnavn, stoerrelse: bilag.stoerrelse }).from(bilag).where(inArray(bilag.ejerId, ids))
    : [];
  return rows.map((r) => ({
    id: r.id,
    tekst: r.tekst,
    oprettet: r.oprettet,
    af: indsendtAf(r),
    set: r.set,
    bilag: filer.filter((f) => f.ejerId === r.id).map(({ id, filnavn, stoerrelse }) => ({ id, filnavn, stoerrelse })),
  }));
}

export async function tilfoej(ctx: DataContext, sagId: string, tekst: string, fil: TjekketBilag | null, noegle: string): Promise<Adgang<string>> {
  if (ctx.actor.art !== "borger") throw new Afvist("Kun borgere kan tilføje oplysninger her.");
  const actor = ctx.actor;
  const result = await laes(ctx, { action: "kontakte:sagsbehandler", objekt: "Tilføjede en oplysning til en sag", sagId }, async () => {
    const sag = await hentBorgersSag(ctx.subject.cpr, sagId);
    if (!sag.ok) return sag;
    if (!sag.data) return { ok: true, data: new Refused("ikke-part") };
    if (erUdelukket(sag.data)) return { ok: true, data: new Refused(sag.data.udelukket) };
    const ansvarligId = sag.data.kontaktpersonId;
    return fraDatabasen("tilføjelsen", () =>
      db().transaction(async (tx) => {
        const [ny] = await tx
          .insert(sagTilfoejelser)
          .values({
            noegle,
            subjektCpr: ctx.subject.cpr,
            subjektNavn: ctx.subject.navn,
            sagId,
            tekst,
            indsenderNavn: actor.navn,
            fuldmagtId: ctx.basis.type === "fuldmagt" ? ctx.basis.id : null,
            ansvarligId,
          })
          .onConflictDoNothing()
          .returning({ id: sagTilfoejelser.id });
        if (ny && fil) await tx.insert(bilag).values({ ejerId: ny.id, ...fil });
        const [row] = await tx.select({ id: sagTilfoejelser.id }).from(sagTilfoejelser).where(eq(sagTilfoejelser.noegle, noegle));
        return row!.id;
      }),
    );
  });
  return result;
}

const sagensSql = forberedt((database) =>
  database
    .select()
    .from(sagTilfoejelser)
    .where(and(eq(sagTilfoejelser.subjektCpr, sql.placeholder("cpr")), eq(sagTilfoejelser.sagId, sql.placeholder("sagId"))))
    .orderBy(asc(sagTilfoejelser.oprettet))
    .prepare("sagens_tilfoejelser"),
);

/**
 * What the person (or holders for them) added to this sag, oldest first: read inside the sag's
 * own laes() (lib/data/sager.ts), so it is authorised, logged and redacted with the sag. The
 * attached files are listed only to a reader whose scope covers documents.
 */
export async function sagensTilfoejelser(cpr: string, sagId: string, medDokumenter: boolean): Promise<Tilfoejelse[]> {
  const rows = await sagensSql(db()).execute({ cpr, sagId });
  const alle = await medBilag(rows);
  return medDokumenter ? alle : alle.map((t) => ({ ...t, bilag: [] }));
}

/** One addition, read under the caseworker's duty for its sag (logged); marked as seen. */
export async function aabnTilfoejelse(m: Medarbejder, id: string): Promise<Adgang<(Tilfoejelse & { sagId: string }) | null>> {
  const [row] = await db().select().from(sagTilfoejelser).where(eq(sagTilfoejelser.id, id));
  if (!row || row.ansvarligId !== m.medarbejderId) return { ok: true, data: null };
  const ctx = await pligtFor(m, { cpr: row.subjektCpr, navn: row.subjektNavn }, row.sagId);
  if (!ctx) return { ok: true, data: null };
  const result = await laes(ctx, { action: "se:sager", objekt: "En oplysning, du har tilføjet til din sag", sagId: row.sagId }, () =>
    fraDatabasen("tilføjelsen", async () => ({ ...(await medBilag([row]))[0]!, sagId: row.sagId })),
  );
  if (result.ok) await db().update(sagTilfoejelser).set({ set: nu() }).where(and(eq(sagTilfoejelser.id, id), isNull(sagTilfoejelser.set)));
  return result;
}
