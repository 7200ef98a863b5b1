import type { UdbetalingSide } from "@/lib/domain/ydelse";
import { formatAntalAf, formatBeloeb, formatDato, formatPeriode } from "@/lib/format";
import { query, Sideskift } from "../../_components/sideskift";

/**
 * Planned and paid udbetalinger in one table, newest first. On a phone the table becomes one
 * block per row (see app.scss), so nothing scrolls sideways at 320 px.
 */
export function Udbetalinger({ side, bevillingerSide }: { side: UdbetalingSide; bevillingerSide: number }) {
  return (
    <section aria-labelledby="udbetalinger-overskrift">
      <h2 id="udbetalinger-overskrift">Udbetalinger</h2>
      {side.total === 0 ? (
        <p>Der er ingen udbetalinger til dig.</p>
      ) : (
        <>
          <p>
            {formatAntalAf(side.total, "udbetaling", "udbetalinger")}, de nyeste først. Planlagte udbetalinger kan nå at ændre sig.
          </p>
          <table className="table table--stacked udbetaling-tabel">
            <caption className="sr-only">Udbetalinger, side {side.side}</caption>
            <thead>
              <tr>
                <th scope="col">Dato</th>
                <th scope="col">Ydelse</th>
                <th scope="col">Periode</th>
                <th scope="col" className="tal">
                  Før skat
                </th>
                <th scope="col" className="tal">
                  Skat og ATP
                </th>
                <th scope="col" className="tal">
                  Udbetalt
                </th>
                <th scope="col">Betales af</th>
              </tr>
            </thead>
            <tbody>
              {side.udbetalinger.map((u) => (
                <tr key={u.id}>
                  <td data-title="Dato">
                    {formatDato(u.dato)}
                    {u.status === "planlagt" && <span className="planlagt"> (planlagt)</span>}
                  </td>
                  <td data-title="Ydelse">{u.ydelse}</td>
                  <td data-title="Periode">{formatPeriode(u.periode.fra, u.periode.til)}</td>
                  <td data-title="Før skat" className="tal">
                    {formatBeloeb(u.brutto)}
                  </td>
                  <td data-title="Skat og ATP" className="tal">
                    {formatBeloeb(u.brutto - u.efterSkat)}
                  </td>
                  <td data-title="Udbetalt" className="tal">
                    {u.udbetalt === null ? `Forventet ${formatBeloeb(u.efterSkat)}` : formatBeloeb(u.udbetalt)}
                  </td>
                  <td data-title="Betales af">{u.betaler}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <Sideskift
            side={side.side}
            antal={side.antal}
            total={side.total}
            href={(n) => `/ydelser${query({ bevillinger: bevillingerSide === 1 ? undefined : bevillingerSide, udbetalinger: n === 1 ? undefined : n })}#udbetalinger-overskrift`}
            label="Sider med udbetalinger"
          />
        </>
      )}
    </section>
  );
}
