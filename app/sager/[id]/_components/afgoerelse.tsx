import { afgoerelseUdfaldForklaring, afgoerelseUdfaldTekst, type Afgoerelse as AfgoerelseData } from "@/lib/domain/sag";
import { formatDato } from "@/lib/format";
import { RetOplysning } from "../../../_components/ret-oplysning";

/** The decision, and every datum it rests on with source and legal basis (DESIGN.md §3 FORSTÅ). */
export function Afgoerelse({ sagId, afgoerelse, kanRette, forbered }: { sagId: string; afgoerelse: AfgoerelseData; kanRette: boolean; forbered: boolean }) {
  return (
    <section aria-labelledby="afgoerelse-overskrift">
      <h2 id="afgoerelse-overskrift" className="h3">
        Afgørelsen
      </h2>
      <p>
        <strong>{afgoerelseUdfaldTekst[afgoerelse.udfald]}</strong> · {formatDato(afgoerelse.dato)}
      </p>
      {afgoerelseUdfaldForklaring[afgoerelse.udfald] && <p>{afgoerelseUdfaldForklaring[afgoerelse.udfald]}</p>}
      <p>{afgoerelse.resultat}</p>
      <p className="sag-meta">Lovgrundlag: {afgoerelse.hjemmel}</p>

      <h3 id="grundlag-overskrift" className="h4">
        Data bag afgørelsen
      </h3>
      <p>Det her er de oplysninger, kommunen brugte, da afgørelsen blev truffet. Er en af dem forkert, kan du bede om at få den rettet.</p>
      <ul className="grundlag-liste" aria-labelledby="grundlag-overskrift">
        {afgoerelse.grundlag.map((d) => (
          <li key={d.id}>
            <h4 className="h5">{d.betegnelse}</h4>
            <dl className="data-liste">
              <dt>Værdi</dt>
              <dd>{d.vaerdi}</dd>
              <dt>Hvor kommer det fra?</dt>
              <dd>{d.kilde}</dd>
              <dt>Lovgrundlag</dt>
              <dd>{d.hjemmel}</dd>
              {d.tidligereVaerdier.length > 0 && (
                <>
                  <dt>Rettet</dt>
                  {d.tidligereVaerdier.map((t) => (
                    <dd key={`${t.markeretForkert}-${t.vaerdi}`}>
                      Tidligere stod der &quot;{t.vaerdi}&quot;. Markeret som forkert {formatDato(t.markeretForkert)}
                      {t.anmodetAf ? ` efter anmodning fra ${t.anmodetAf}` : ""}: {t.begrundelse}
                    </dd>
                  ))}
                </>
              )}
            </dl>
            <RetOplysning datumId={d.id} sagId={sagId} hvad={d.betegnelse} anfaegtet={d.anfaegtet} kanRette={kanRette} forbered={forbered} />
          </li>
        ))}
      </ul>

      <h3 className="h4">Hvis du vil klage</h3>
      <p>{afgoerelse.klagevejledning}</p>
    </section>
  );
}
