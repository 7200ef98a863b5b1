import { indkomstFeltTekst, indkomstoversigt } from "@/lib/domain/indkomst";
import { pensionFeltTekst, pensionsoversigt, pensionstypeTekst } from "@/lib/domain/pension";
import { formatBeloeb, formatTidspunkt } from "@/lib/format";
import { periodeTekst } from "@/lib/hentesamtykke/kilder";

const kr = (decimal: string | null) => (decimal === null ? "–" : formatBeloeb(Math.round(Number(decimal) * 100)));

/** What was fetched under a consent, as the citizen and the caseworker both see it. */
export function HentedeVaerdier({ hentninger }: { hentninger: { id: string; hentet: Date; resultat: unknown }[] }) {
  if (hentninger.length === 0) return <p>Der er ikke hentet noget endnu.</p>;
  const seneste = hentninger[0]!;
  const indkomst = indkomstoversigt.safeParse(seneste.resultat);
  const pension = pensionsoversigt.safeParse(seneste.resultat);
  return (
    <div className="hentede-vaerdier">
      <p className="sag-meta">
        Hentet {formatTidspunkt(seneste.hentet)}
        {hentninger.length > 1 ? ` (hentet ${hentninger.length} gange i alt)` : ""}
      </p>
      {indkomst.success &&
        (indkomst.data.indberettere.length === 0 ? (
          <p>eIndkomst har ingen indkomst for {periodeTekst(indkomst.data.fra, indkomst.data.til)}.</p>
        ) : (
          indkomst.data.indberettere.map((i) => (
            <section key={i.cvr} aria-label={`Indberettet af ${i.navn}`}>
              <h3 className="h5">Indberettet af {i.navn}</h3>
              <ul className="nobullet-list hentet-liste">
                {i.maaneder.map((m) => (
                  <li key={m.maaned}>
                    <strong>{periodeTekst(m.maaned, m.maaned)}:</strong>{" "}
                    {indkomst.data.felter.map((f) => `${indkomstFeltTekst[f]} ${kr(m.beloeb[f] ?? null)}`).join(" · ")}
                  </li>
                ))}
              </ul>
            </section>
          ))
        ))}
      {!indkomst.success && pension.success && (
        <ul className="nobullet-list hentet-liste">
          {pension.data.ordninger.map((o) => (
            <li key={o.ordningsnummer}>
              <strong>
                {pensionstypeTekst[o.type]} ({o.ordningsnummer}):
              </strong>{" "}
              {pensionFeltTekst.depotvaerdi} {kr(o.depotvaerdi)} · {pensionFeltTekst.forventetUdbetalingPrAar} {kr(o.forventetUdbetalingPrAar)}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
