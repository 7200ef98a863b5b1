import type { Aarstotal } from "@/lib/domain/ydelse";
import { formatBeloeb } from "@/lib/format";

/** What was paid each year. Tax columns only when tax was taken, so no column is all zeros. */
export function Aarstotaler({ totaler }: { totaler: Aarstotal[] }) {
  const medSkat = totaler.some((t) => t.brutto !== t.efterSkat);
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
              {medSkat && (
                <>
                  <th scope="col" className="tal">
                    Før skat
                  </th>
                  <th scope="col" className="tal">
                    Skat og ATP
                  </th>
                </>
              )}
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
                {medSkat && (
                  <>
                    <td data-title="Før skat" className="tal">
                      {formatBeloeb(t.brutto)}
                    </td>
                    <td data-title="Skat og ATP" className="tal">
                      {formatBeloeb(t.brutto - t.efterSkat)}
                    </td>
                  </>
                )}
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
