import { formatDato } from "@/lib/format";
import { feltNavne, KILDER, OPBEVARING, periodeTekst, type Opbevaring } from "@/lib/hentesamtykke/kilder";
import type { Hentesamtykke } from "@/lib/hentesamtykke/store";

/** Exactly what the consent covers: which fields, from where, why, for how long, asked by whom. */
export function SamtykkeDetaljer({ s }: { s: Hentesamtykke }) {
  const periode = periodeTekst(s.periodeFra, s.periodeTil);
  return (
    <dl className="data-liste samtykke-detaljer">
      <dt>Hvad</dt>
      <dd>
        <ul className="samtykke-felter">
          {feltNavne(s.kilde, s.felter).map((f) => (
            <li key={f}>{f}</li>
          ))}
        </ul>
        {periode && <>for {periode}</>}
      </dd>
      <dt>Hvorfra</dt>
      <dd>
        {KILDER[s.kilde].navn} – {KILDER[s.kilde].hvem}
      </dd>
      <dt>Hvorfor</dt>
      <dd>{s.formaal}</dd>
      <dt>Hvor længe kommunen gemmer det</dt>
      <dd>{OPBEVARING[s.opbevaring as Opbevaring] ?? s.opbevaring}</dd>
      <dt>Hvem spørger</dt>
      <dd>
        {s.anmodetAfNavn}, {s.anmodetAfEnhed} · {formatDato(s.anmodet.toISOString())}
      </dd>
      {s.gyldigTil && s.status === "givet" && (
        <>
          <dt>Samtykket gælder til</dt>
          <dd>{formatDato(s.gyldigTil.toISOString())}</dd>
        </>
      )}
    </dl>
  );
}
