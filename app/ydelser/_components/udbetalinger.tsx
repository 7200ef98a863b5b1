import type { Udbetaling } from "@/lib/domain/ydelse";
import { formatBeloeb, formatDato, formatPeriode } from "@/lib/format";
import { medSkat, SkatCeller, SkatOverskrifter } from "./skat";

/**
 * Udbetalinger as a table, newest first. The tax columns appear only when tax was taken: for
 * tax-free ydelser they would be columns of zeros. On a phone the table becomes one block per
 * row (see app.scss), so nothing scrolls sideways at 320 px.
 */
export function UdbetalingsTabel({ udbetalinger, titel, planlagte }: { udbetalinger: Udbetaling[]; titel: string; planlagte: boolean }) {
  const skat = medSkat(udbetalinger);
  const beloebNavn = skat ? (planlagte ? "Forventet udbetalt" : "Udbetalt") : planlagte ? "Forventet beløb" : "Beløb";
  return (
    <table className="table table--stacked udbetaling-tabel">
      <caption className="sr-only">{titel}</caption>
      <thead>
        <tr>
          <th scope="col">Dato</th>
          <th scope="col">Ydelse</th>
          <th scope="col">Periode</th>
          {skat && <SkatOverskrifter />}
          <th scope="col" className="tal">
            {beloebNavn}
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
            {skat && <SkatCeller brutto={u.brutto} efterSkat={u.efterSkat} />}
            <td data-title={beloebNavn} className="tal beloeb">
              {formatBeloeb(u.udbetalt ?? u.efterSkat)}
            </td>
            <td data-title="Betales af">{u.betaler}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
