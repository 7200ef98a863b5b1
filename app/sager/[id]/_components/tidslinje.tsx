import { sagStatus, sagStatusForklaring, sagStatusTekst, type SagDetalje } from "@/lib/domain/sag";
import { formatDato } from "@/lib/format";

/**
 * Opstået → Oplyst → Afgjort → Afsluttet, in the citizen's words, with the date each step began.
 * Steps not reached yet are shown too, so the citizen sees what comes next.
 */
export function Tidslinje({ sag }: { sag: SagDetalje }) {
  const naaet = new Map(sag.tidslinje.map((t) => [t.status, t]));
  return (
    <section aria-labelledby="forloeb-overskrift">
      <h2 id="forloeb-overskrift" className="h3">
        Sagens forløb
      </h2>
      <ol className="tidslinje">
        {sagStatus.options.map((status) => {
          const trin = naaet.get(status);
          const nu = trin !== undefined && trin.til === null;
          const art = nu ? "nu" : trin ? "faerdig" : "kommer";
          return (
            <li key={status} className={`tidslinje-trin tidslinje-trin--${art}`} aria-current={nu ? "step" : undefined}>
              <p className="tidslinje-titel">
                <strong>{sagStatusTekst[status]}</strong>
                {nu && <span className="tidslinje-nu"> – sagen er her nu</span>}
              </p>
              <p className="tidslinje-tekst">
                {trin ? `${formatDato(trin.fra)}. ${sagStatusForklaring[status]}` : "Ikke endnu."}
                {nu && sag.lokalStatus ? ` ${sag.lokalStatus}.` : null}
              </p>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
