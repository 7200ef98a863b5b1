import Link from "next/link";
import { formatTidspunkt } from "@/lib/format";
import type { Tilfoejelse } from "@/lib/rettelser/tilfoejelser";
import { BilagListe } from "@/app/rettelser/_components/bilag-liste";

/** What the person (or a holder for them) added to the sag for the caseworker, marked as theirs. */
export function Tilfoejelser({ sagId, tilfoejelser, kanTilfoeje, netop }: { sagId: string; tilfoejelser: Tilfoejelse[]; kanTilfoeje: boolean; netop: boolean }) {
  return (
    <section aria-labelledby="tilfoejelser" className="tilfoejelser">
      <h2 id="tilfoejelser" className="h3">
        Det har du tilføjet
      </h2>
      {netop && (
        <p role="status" className="rettelse-kvittering-lille">
          Det er tilføjet, og sagsbehandleren har fået besked.
        </p>
      )}
      {tilfoejelser.length === 0 ? (
        <p>Du har ikke tilføjet noget til sagen.</p>
      ) : (
        <ul className="bordered-list">
          {tilfoejelser.map((t) => (
            <li key={t.id}>
              <p className="sag-meta">
                Tilføjet af borgeren: {t.af} · {formatTidspunkt(t.oprettet)}
                {t.set ? " · sagsbehandleren har set det" : ""}
              </p>
              <p className="bevar-linjer">{t.tekst}</p>
              {t.bilag.length > 0 && <BilagListe bilag={t.bilag} href={(b) => `/sager/${sagId}/bilag/${b}`} />}
            </li>
          ))}
        </ul>
      )}
      {kanTilfoeje && (
        <p>
          <Link href={`/sager/${sagId}/tilfoej`}>Tilføj en oplysning eller et dokument til sagen</Link>
        </p>
      )}
    </section>
  );
}
