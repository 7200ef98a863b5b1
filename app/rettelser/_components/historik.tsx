import { formatTidspunkt } from "@/lib/format";

type Haendelse = { id: string; type: string; tidspunkt: Date; tekst: string | null; afNavn: string };

const OVERSKRIFT: Record<string, (af: string) => string> = {
  modtaget: (af) => `Anmodningen er modtaget (sendt af ${af})`,
  "under-behandling": (af) => `${af} er begyndt at behandle anmodningen`,
  "frist-forlaenget": (af) => `${af} har forlænget fristen med to måneder`,
  besked: (af) => `Besked fra ${af}`,
  rettet: (af) => `${af} har rettet oplysningen`,
  "indsigelse-noteret": (af) => `${af} har noteret din indsigelse`,
  afslag: (af) => `${af} har givet afslag`,
};

/** The case's history, oldest first: every step, message and decision, with who and when. */
export function Historik({ haendelser }: { haendelser: Haendelse[] }) {
  return (
    <ol className="rettelse-historik">
      {haendelser.map((h) => (
        <li key={h.id}>
          <p className="historik-overskrift">
            <strong>{(OVERSKRIFT[h.type] ?? ((af: string) => af))(h.afNavn)}</strong>
          </p>
          <p className="sag-meta">{formatTidspunkt(h.tidspunkt)}</p>
          {h.tekst && <p className="historik-tekst">{h.tekst}</p>}
        </li>
      ))}
    </ol>
  );
}
