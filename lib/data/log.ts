import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { z } from "zod";
import { action } from "@/lib/access/actions";
import { logForSubject } from "@/lib/access/log";
import { db } from "@/lib/db";
import { forberedt } from "@/lib/db/forberedt";
import { nu } from "@/lib/klokke";
import { adgangslog, spoergsmaal, spoergsmaalBehandling } from "@/lib/db/schema";
import { fraDatabasen, laes, subjektNoegle, type DataContext } from "./access";

export const LOG_PR_SIDE = 20;
const SVARFRIST_DAGE = 30;

export const logFilter = z.object({
  side: z.coerce.number().int().min(1).catch(1),
  hvem: z.string().max(200).optional().catch(undefined),
  hvad: action.optional().catch(undefined),
});
export type LogFilter = z.infer<typeof logFilter>;

/**
 * The citizen's own log: who looked at their data, newest first. Only the person may read it
 * (`se:log`); their own reading is not itself logged.
 */
export function minLog(ctx: DataContext, filter: LogFilter) {
  return laes(ctx, { action: "se:log", objekt: "Din log" }, () =>
    fraDatabasen("loggen", async () => {
      const noegle = subjektNoegle(ctx.subject.cpr);
      const side = await logForSubject(db(), noegle, { aktoer: filter.hvem, kategori: filter.hvad }, { side: filter.side, antal: LOG_PR_SIDE });
      const ids = side.poster.map((p) => p.id);
      const spurgt = ids.length ? await spurgtSql(db()).execute({ noegle, ids }) : [];
      return { ...side, spurgt: new Map(spurgt.map((s) => [s.logpostId, s])) };
    }),
  );
}

/** The questions asked about the entries on one page of the log, with their answers. */
const spurgtSql = forberedt((db) =>
  db
    .select({
      logpostId: spoergsmaal.logpostId,
      frist: spoergsmaal.frist,
      status: spoergsmaal.status,
      svar: spoergsmaalBehandling.svar,
      besvaret: spoergsmaalBehandling.besvaret,
      besvaretAf: spoergsmaalBehandling.besvaretAf,
    })
    .from(spoergsmaal)
    .leftJoin(spoergsmaalBehandling, eq(spoergsmaalBehandling.spoergsmaalId, spoergsmaal.id))
    .where(and(eq(spoergsmaal.subjektNoegle, sql.placeholder("noegle")), sql`${spoergsmaal.logpostId} = any(${sql.placeholder("ids")}::text[]::uuid[])`))
    .prepare("log_spurgt"),
);

export const spoergHvorforInput = z.object({
  logpostId: z.uuid({ error: "Vi kunne ikke finde den linje i loggen, du spurgte til." }),
  tekst: z.string().trim().max(1000, { error: "Skriv højst 1.000 tegn." }).default(""),
});

/**
 * "Spørg hvorfor": a question about one log entry, for the caseworker inbox. Only about the
 * citizen's own entries, and asking twice about the same entry keeps the first question.
 */
export async function spoergHvorfor(ctx: DataContext, input: z.infer<typeof spoergHvorforInput>) {
  const noegle = subjektNoegle(ctx.subject.cpr);
  const [post] = await db()
    .select({ id: adgangslog.id })
    .from(adgangslog)
    .where(and(eq(adgangslog.id, input.logpostId), eq(adgangslog.subjektNoegle, noegle)));
  if (!post) return { ok: false as const, fejl: "Vi kunne ikke finde den linje i loggen, du spurgte til." };
  // The question's id is the log entry's: one question per entry, even under a double submit.
  await db()
    .insert(spoergsmaal)
    .values({
      id: post.id,
      logpostId: post.id,
      subjektNoegle: noegle,
      tekst: input.tekst || "Hvorfor så I mine data?",
      frist: new Date(nu().getTime() + SVARFRIST_DAGE * 86_400_000),
    })
    .onConflictDoNothing();
  const [question] = await db().select({ frist: spoergsmaal.frist }).from(spoergsmaal).where(eq(spoergsmaal.id, post.id));
  return { ok: true as const, frist: question!.frist };
}
