import "server-only";
import { and, asc, eq, inArray, ne } from "drizzle-orm";
import { db } from "@/lib/db";
import { hentesamtykker, hentninger, rettelseHaendelser, rettelser } from "@/lib/db/schema";
import type { EksportHentesamtykke, EksportRettelse } from "@/lib/eksport/bidrage-elementer";
import type { Side } from "@/lib/eksport/sektion";
import { feltNavne, KILDER, OPBEVARING, periodeTekst } from "@/lib/hentesamtykke/kilder";
import { haendelseTekst, indsendtAf, reference } from "@/lib/rettelser/tekster";
import { parvisPseudonym } from "@/lib/deling/pseudonym";
import { nu } from "@/lib/klokke";
import { hentesamtykkeKvittering } from "@/lib/kvittering/hentesamtykke";
import { signer } from "@/lib/kvittering/jws";
import { fraDatabasen, laes, type DataContext } from "./access";
import { enGang, objekt } from "./eksport-laes";

const iso = (d: Date | null) => d?.toISOString() ?? null;

/** The person's correction requests (sent ones), oldest first, each with its whole history. */
export function eksportRettelser(ctx: DataContext): AsyncIterable<Side<EksportRettelse>> {
  return enGang(() =>
    laes(ctx, { action: "handle:rettelse", objekt: objekt("anmodninger om rettelse") }, () =>
      fraDatabasen("anmodningerne", async () => {
        const rows = await db()
          .select()
          .from(rettelser)
          .where(and(eq(rettelser.subjektCpr, ctx.subject.cpr), ne(rettelser.status, "kladde")))
          .orderBy(asc(rettelser.modtaget));
        const ids = rows.map((r) => r.id);
        const haendelser = ids.length
          ? await db().select().from(rettelseHaendelser).where(inArray(rettelseHaendelser.rettelseId, ids)).orderBy(asc(rettelseHaendelser.tidspunkt))
          : [];
        return rows.map((r) => ({
          id: r.id,
          reference: reference(r.nr),
          oplysning: r.betegnelse,
          registreretVaerdi: r.registreretVaerdi,
          rigtigVaerdi: r.rigtigVaerdi,
          begrundelse: r.begrundelse,
          status: r.status as EksportRettelse["status"],
          indsendtAf: indsendtAf(r),
          modtaget: r.modtaget!.toISOString(),
          frist: (r.fristForlaenget ?? r.frist)!.toISOString(),
          fristForlaenget: iso(r.fristForlaenget),
          afgjort: iso(r.afgjort),
          historik: haendelser
            .filter((h) => h.rettelseId === r.id)
            .map((h) => ({ tidspunkt: h.tidspunkt.toISOString(), hvad: haendelseTekst(h.type, h.afNavn), tekst: h.tekst })),
        }));
      }),
    ),
  );
}

/** The kommune's requests to fetch data about the person from elsewhere, with every fetch. */
export function eksportHentesamtykker(ctx: DataContext): AsyncIterable<Side<EksportHentesamtykke>> {
  return enGang(() =>
    laes(ctx, { action: "handle:samtykke", objekt: objekt("samtykker til at hente oplysninger") }, () =>
      fraDatabasen("samtykkerne", async () => {
        const rows = await db().select().from(hentesamtykker).where(eq(hentesamtykker.borgerCpr, ctx.subject.cpr)).orderBy(asc(hentesamtykker.anmodet));
        const ids = rows.map((s) => s.id);
        const hentet = ids.length ? await db().select().from(hentninger).where(inArray(hentninger.samtykkeId, ids)).orderBy(asc(hentninger.hentet)) : [];
        const now = nu();
        return Promise.all(rows.map(async (s) => ({
          id: s.id,
          kilde: KILDER[s.kilde].navn,
          oplysninger: feltNavne(s.kilde, s.felter),
          periode: periodeTekst(s.periodeFra, s.periodeTil),
          formaal: s.formaal,
          opbevaring: OPBEVARING[s.opbevaring as keyof typeof OPBEVARING] ?? s.opbevaring,
          anmodetAf: `${s.anmodetAfNavn}, ${s.anmodetAfEnhed}`,
          status: s.status,
          anmodet: s.anmodet.toISOString(),
          besvaret: iso(s.besvaret),
          gyldigTil: iso(s.gyldigTil),
          tilbagekaldt: iso(s.tilbagekaldt),
          hentet: hentet.filter((h) => h.samtykkeId === s.id).map((h) => h.hentet.toISOString()),
          kvittering: await signer(hentesamtykkeKvittering(s, parvisPseudonym(s.borgerCpr, "hentesamtykke"), now)),
        })));
      }),
    ),
  );
}
