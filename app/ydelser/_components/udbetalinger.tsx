import type { Udbetaling } from "@/lib/domain/ydelse";
import { formatBeloeb, formatDato, formatPeriode } from "@/lib/format";

/**
 * Udbetalinger as a table, newest first. The tax columns appear only when tax was taken: for
 * tax-free ydelser they would be columns of zeros. On a phone the table becomes one block per
 * row (see app.scss), so nothing scrolls sideways at 320 px.
 */
export function UdbetalingsTabel({ udbetalinger, titel, planlagte }: { udbetalinger: Udbetaling[]; titel: string; planlagte: boolean }) {
  const medSkat = udbetalinger.some((u) => u.brutto !== u.efterSkat);
  const beloebNavn = planlagte ? "Forventet udbetalt" : "Udbetalt";
  return (
    <table className="table table--stacked udbetaling-tabel">
      <caption className="sr-only">{titel}</caption>
      <thead>
        <tr>
          <th scope="col">Dato</th>
          <th scope="col">Ydelse</th>
          <th scope="col">Periode</th>
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
            {medSkat ? beloebNavn : planlagte ? "Forventet beløb" : "Beløb"}
          </th>
          <th scope="col">Betales af</th>
        </tr>
      </thead>
      <tbody>
        {udbetalinger.map((u) => (
          <tr key={u.id}>
            <td data-title="Dato">{formatDato(u.dato)}</td>
            <td data-title="Ydelse">{u.ydelse}</td>
            <td data-title="Periode">{formatPeriode(u.periode.fra, u.periode.til)}</td>
            {medSkat && (
              <>
                <td data-title="Før skat" className="tal">
                  {formatBeloeb(u.brutto)}
                </td>
                <td data-title="Skat og ATP" className="tal">
                  {formatBeloeb(u.brutto - u.efterSkat)}
                </td>
              </>
            )}
            <td data-title={medSkat ? beloebNavn : planlagte ? "Forventet beløb" : "Beløb"} className="tal beloeb">
              {formatBeloeb(u.udbetalt ?? u.efterSkat)}
            </td>
            <td data-title="Betales af">{u.betaler}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
