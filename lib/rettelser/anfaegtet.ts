import "server-only";
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import { db } from "@/lib/db";
import { forberedt } from "@/lib/db/forberedt";
import { rettelser } from "@/lib/db/schema";
import type { Markering } from "@/lib/domain/rettelse";
import type { SagDetalje } from "@/lib/domain/sag";
import { safeErrorInfo } from "@/lib/data/request-info";
import { markering, type RettelseStatus } from "./status";
import { reference } from "./tekster";

/**
 * "Anfægtet" wherever a datum appears (GDPR art. 18(1)(a)): /oplysninger, "Data bag afgørelsen"
 * and the JSON API all mark a datum from the portal's own requests, keyed like the request's
 * `maal` ("cpr.adresse", "datum:<id>").
 */
export type Anfaegtelser = Map<string, Markering>;

/**
 * What is contested for this person, keyed like `maalNoegle`: open requests ("anfægtet") and
 * kept-with-objection ones. An open request wins over an older noted objection on the same datum.
 */
export async function anfaegtelser(cpr: string): Promise<Anfaegtelser> {
  try {
    return await laesAnfaegtelser(cpr);
  } catch (error) {
    // The marks are a help, not the data itself: without them the page still shows the values.
    console.error("[rettelser] anfægtelser kunne ikke læses:", safeErrorInfo(error));
    return new Map();
  }
}

const aabneSql = forberedt((database) =>
  database
    .select({ id: rettelser.id, nr: rettelser.nr, status: rettelser.status, maal: rettelser.maal })
    .from(rettelser)
    .where(and(eq(rettelser.subjektCpr, sql.placeholder("cpr")), inArray(rettelser.status, ["modtaget", "under-behandling", "indsigelse-noteret"])))
    .orderBy(asc(rettelser.nr))
    .prepare("rettelser_aabne"),
);

async function laesAnfaegtelser(cpr: string): Promise<Anfaegtelser> {
  const rows = await aabneSql(db()).execute({ cpr });
  const result: Anfaegtelser = new Map();
  for (const r of rows) {
    const status = markering(r.status as RettelseStatus);
    if (!status) continue;
    if (result.get(r.maal)?.status === "anfaegtet") continue;
    result.set(r.maal, { status, reference: reference(r.nr), rettelseId: r.id });
  }
  return result;
}

/** The decision's data with their marks. */
export function markerGrundlag(sag: SagDetalje, m: Anfaegtelser): SagDetalje {
  if (!sag.afgoerelse || m.size === 0) return sag;
  return { ...sag, afgoerelse: { ...sag.afgoerelse, grundlag: sag.afgoerelse.grundlag.map((g) => ({ ...g, anfaegtet: m.get(`datum:${g.id}`) ?? null })) } };
}
