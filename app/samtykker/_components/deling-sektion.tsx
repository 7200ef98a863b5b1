import Link from "next/link";
import { mineDelingssamtykker, type SamtykkeVisning } from "@/lib/data/samtykker";
import type { DataContext } from "@/lib/data/context";
import { formatDato } from "@/lib/format";
import { Utilgaengelig } from "../../_components/utilgaengelig";

function Punkt({ s }: { s: SamtykkeVisning }) {
  return (
    <li>
      <h4 className="h5">
        <Link href={`/samtykker/deling/${s.id}`}>Til {s.modtagerNavn}</Link>
      </h4>
      <p>
        {s.omfang.join(", ")} · {s.formaal.toLowerCase()}
      </p>
      <p className="sag-meta">
        <span className="tag tag-small">{s.statusTekst}</span> {s.engangs ? "Én gang" : "Løbende"}
        {s.status === "aktiv" ? ` · til og med ${formatDato(s.sidsteDag)}` : null}
        {s.tilbagekaldt ? ` · ${formatDato(s.tilbagekaldt)}` : null}
      </p>
    </li>
  );
}

/** "Du deler oplysninger med andre": the person's samtykker to share with a third party. */
export async function DelingSektion({ ctx }: { ctx: DataContext }) {
  const result = await mineDelingssamtykker(ctx);
  return (
    <section aria-labelledby="deling-overskrift" className="samtykke-sektion">
      <h2 id="deling-overskrift">Du deler oplysninger med andre</h2>
      <p>
        Med et samtykke kan fx din bank hente bestemte oplysninger om dig herfra – kun dem, du vælger, og kun i den periode, du vælger.
        Du kan se hver gang, de har hentet noget, under <Link href="/log">Hvem har set mine data</Link>.
      </p>
      <p>
        <Link href="/samtykker/deling/ny" className="button button-primary">
          Giv et samtykke
        </Link>
      </p>
      {!result.ok ? (
        <Utilgaengelig hvad="Dine samtykker" niveau={3} />
      ) : (
        <>
          <h3 id="deling-aktive">Samtykker, der gælder</h3>
          {result.data.aktive.length === 0 ? (
            <p>Du har ikke givet nogen samtykke til at dele dine oplysninger.</p>
          ) : (
            <ul className="bordered-list samtykke-liste" aria-labelledby="deling-aktive">
              {result.data.aktive.map((s) => (
                <Punkt key={s.id} s={s} />
              ))}
            </ul>
          )}
          {result.data.tidligere.length > 0 && (
            <>
              <h3 id="deling-tidligere">Tidligere samtykker</h3>
              <ul className="bordered-list samtykke-liste" aria-labelledby="deling-tidligere">
                {result.data.tidligere.map((s) => (
                  <Punkt key={s.id} s={s} />
                ))}
              </ul>
            </>
          )}
        </>
      )}
    </section>
  );
}
