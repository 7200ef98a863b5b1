import type { Aarstotal } from "@/lib/domain/ydelse";
import { formatBeloeb } from "@/lib/format";
import { medSkat, SkatCeller, SkatOverskrifter } from "./skat";

/** What was paid each year. Tax columns only when tax was taken, so no column is all zeros. */
export function Aarstotaler({ totaler }: { totaler: Aarstotal[] }) {
  const skat = medSkat(totaler);
  return (
    <section aria-labelledby="aarstotaler-overskrift">
      <h2 id="aarstotaler-overskrift">Udbetalt pr. år</h2>
      {totaler.length === 0 ? (
        <p>Der er ikke udbetalt noget til dig endnu.</p>
      ) : (
        <table className="table table--stacked">
          <caption className="sr-only">Udbetalt pr. år</caption>
          <thead>
            <tr>
              <th scope="col">År</th>
              {skat && <SkatOverskrifter />}
              <th scope="col" className="tal">
                Udbetalt
              </th>
              <th scope="col" className="tal">
                Antal udbetalinger
              </th>
            </tr>
          </thead>
          <tbody>
            {totaler.map((t) => (
              <tr key={t.aar}>
                <th scope="row" data-title="År">
                  {t.aar}
                </th>
                {skat && <SkatCeller brutto={t.brutto} efterSkat={t.efterSkat} />}
                <td data-title="Udbetalt" className="tal">
                  {formatBeloeb(t.udbetalt)}
                </td>
                <td data-title="Antal udbetalinger" className="tal">
                  {t.antal}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
