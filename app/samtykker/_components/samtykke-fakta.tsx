import { formatDato } from "@/lib/format";

type Props = { modtager: string; formaal: string; omfang: string[]; engangs: boolean; sidsteDag: string };

/** The facts of one sharing samtykke, as "Tjek dine svar" and the samtykke's page show them. */
export function SamtykkeFakta({ modtager, formaal, omfang, engangs, sidsteDag }: Props) {
  const cpr = omfang.some((o) => o.startsWith("CPR"));
  return (
    <dl className="data-liste samtykke-fakta">
      <dt>Modtager</dt>
      <dd>{modtager}</dd>
      <dt>Formål</dt>
      <dd>{formaal}</dd>
      <dt>{modtager} må hente</dt>
      <dd>
        <ul className="kompakt-liste">
          {omfang.map((o) => (
            <li key={o}>{o}</li>
          ))}
        </ul>
        {!cpr && <p className="sag-meta">{modtager} får din fødselsdato, ikke dit CPR-nummer.</p>}
      </dd>
      <dt>Hvor længe</dt>
      <dd>{engangs ? `Én gang, senest ${formatDato(sidsteDag)}` : `Til og med ${formatDato(sidsteDag)}`}</dd>
    </dl>
  );
}
