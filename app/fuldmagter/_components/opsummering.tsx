import { privilegieTekst, type Delegerbar } from "@/lib/access/actions";
import { formatDato } from "@/lib/format";

type Props = {
  giver: { navn: string; foedselsdato: string };
  fuldmaegtig: { navn: string; foedselsdato: string };
  privilegier: string[];
  sidsteDag: string;
  papirReference?: string | null;
  registreretAf?: string | null;
  /** A request not yet answered: what is asked for, not yet given. */
  anmodning?: boolean;
};

/** The facts of one fuldmagt, as "Tjek dine svar" and the receipt show them. */
export function FuldmagtFakta({ giver, fuldmaegtig, privilegier, sidsteDag, papirReference, registreretAf, anmodning }: Props) {
  return (
    <dl className="data-liste fuldmagt-fakta">
      <dt>Giver</dt>
      <dd>
        {giver.navn}, født {formatDato(giver.foedselsdato)}
      </dd>
      <dt>Fuldmægtig</dt>
      <dd>
        {fuldmaegtig.navn}, født {formatDato(fuldmaegtig.foedselsdato)}
      </dd>
      <dt>{anmodning ? "Der er bedt om at måtte" : "Fuldmægtigen må"}</dt>
      <dd>
        <ul className="kompakt-liste">
          {privilegier.map((p) => (
            <li key={p}>{privilegieTekst[p as Delegerbar]?.titel ?? p}</li>
          ))}
        </ul>
      </dd>
      <dt>{anmodning ? "Ønsket slutdato" : "Gælder til og med"}</dt>
      <dd>{formatDato(sidsteDag)}</dd>
      {papirReference && (
        <>
          <dt>Underskrevet på papir</dt>
          <dd>
            {papirReference}
            {registreretAf ? `. Registreret af ${registreretAf}, Borgerservice.` : null}
          </dd>
        </>
      )}
    </dl>
  );
}
