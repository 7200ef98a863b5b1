import "server-only";
import { eq } from "drizzle-orm";
import { db } from "@/lib/db";
import { assisteredeSessioner, fuldmagter, medarbejdere, samtykker } from "@/lib/db/schema";
import { OMRAADER } from "@/lib/assistance/omraader";
import { formatDato, formatKlokken, formatTidspunkt } from "@/lib/format";
import { sidsteDag } from "@/lib/fuldmagt/datoer";

/** Who answers a question the portal can answer from its own records. */
export const PORTALEN = "Mine Data";

/**
 * "Spørg hvorfor" about a read the person allowed themselves – a fuldmagt they gave, a samtykke to
 * a bank, help they let Borgerservice give – has a true answer in the portal's own records: which
 * permission, given when, for what, until when, and where to end it. The person gets it at once
 * instead of a question no caseworker owns. A caseworker's read has no such answer: null.
 */
export async function kendtSvar(logpost: { grundlagType: string; grundlagId: string; aktoerNavn: string }): Promise<string | null> {
  switch (logpost.grundlagType) {
    case "fuldmagt": {
      const [f] = await db().select().from(fuldmagter).where(eq(fuldmagter.id, logpost.grundlagId));
      if (!f) return null;
      if (logpost.aktoerNavn !== f.fuldmaegtigNavn) {
        // Not the holder: a trusted staff member registered a fuldmagt signed on paper. If the person
        // does not know it, that is what matters most – say what to do.
        return (
          `${logpost.aktoerNavn} fra Borgerservice registrerede ${formatTidspunkt(f.oprettet)} en fuldmagt til ${f.fuldmaegtigNavn}, som er skrevet under på papir` +
          `${f.papirReference ? ` (reference ${f.papirReference})` : ""}. Kender du ikke til den, så tilbagekald den under »Fuldmagter«, og ring til Borgerservice på 44 44 44 44 med det samme.`
        );
      }
      const slut = f.tilbagekaldt ?? f.ophoert;
      return (
        `${f.fuldmaegtigNavn} kunne se det, fordi du har givet ${f.fuldmaegtigNavn} fuldmagt ${formatTidspunkt(f.oprettet)}. ` +
        (slut
          ? `Fuldmagten gælder ikke længere: den sluttede ${formatTidspunkt(slut)}. Du kan se den under »Fuldmagter«.`
          : `Fuldmagten gælder til og med ${formatDato(sidsteDag(f.gyldigTil))}. Du kan se, hvad den giver lov til, og tilbagekalde den under »Fuldmagter«.`)
      );
    }
    case "samtykke": {
      const [s] = await db().select().from(samtykker).where(eq(samtykker.id, logpost.grundlagId));
      if (!s) return null;
      return (
        `${s.modtagerNavn} hentede det, fordi du gav ${s.modtagerNavn} samtykke ${formatTidspunkt(s.oprettet)} til formålet »${s.formaal}«. ` +
        "Du kan se samtykket og trække det tilbage under »Samtykker«."
      );
    }
    case "assisteret": {
      const [row] = await db()
        .select({ a: assisteredeSessioner, navn: medarbejdere.navn })
        .from(assisteredeSessioner)
        .innerJoin(medarbejdere, eq(medarbejdere.id, assisteredeSessioner.medarbejderId))
        .where(eq(assisteredeSessioner.id, logpost.grundlagId));
      if (!row?.a.startet) return null;
      const { a, navn } = row;
      const startet = row.a.startet;
      const omraader = OMRAADER.filter((o) => a.omraader.includes(o.action)).map((o) => o.titel.toLocaleLowerCase("da"));
      const slut = a.afsluttet && a.afsluttet < a.udloeber ? a.afsluttet : a.udloeber;
      return (
        `Det skete, mens ${navn} fra Borgerservice hjalp dig ${formatTidspunkt(startet)} til ${formatKlokken(slut)}. ` +
        `Du gav selv ${navn} en kode og valgte, hvad der måtte ses: ${omraader.join(", ")}. ` +
        "Har du spørgsmål til hjælpen, så ring til Borgerservice på 44 44 44 44."
      );
    }
    default:
      return null;
  }
}
