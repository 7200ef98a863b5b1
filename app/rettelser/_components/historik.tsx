import { formatTidspunkt } from "@/lib/format";
import { haendelseTekst } from "@/lib/rettelser/tekster";

type Haendelse = { id: string; type: string; tidspunkt: Date; tekst: string | null; afNavn: string };

/** The case's history, oldest first: every step, message and decision, with who and when. */
export function Historik({ haendelser }: { haendelser: Haendelse[] }) {
  return (
    <ol className="rettelse-historik">
      {haendelser.map((h) => (
        <li key={h.id}>
          <p className="historik-overskrift">
            <strong>{haendelseTekst(h.type, h.afNavn)}</strong>
          </p>
          <p className="sag-meta">{formatTidspunkt(h.tidspunkt)}</p>
          {h.tekst && <p className="historik-tekst">{h.tekst}</p>}
        </li>
      ))}
    </ol>
  );
}
