import Link from "next/link";
import { Fragment } from "react";
import type { Oplysning } from "@/lib/domain/oplysning";
import { formatDato } from "@/lib/format";
import { RetOplysning } from "../../_components/ret-oplysning";

function SagLinks({ sager }: { sager: Oplysning["brugesI"] }) {
  return sager.map((s, i) => (
    <Fragment key={s.id}>
      {i > 0 && ", "}
      <Link href={`/sager/${s.id}`} prefetch={false}>
        {s.titel}
      </Link>
    </Fragment>
  ));
}

/** kanRette: the reader may ask for a correction; forbered: a helping staff member may prepare one. */
type Rettighed = { kanRette: boolean; forbered: boolean };

function Ret({ felt, ret }: { felt: Oplysning; ret: Rettighed }) {
  const { felt: hvad, anfaegtet } = felt;
  if (felt.datumId) return <RetOplysning datumId={felt.datumId} sagId={felt.sagId} hvad={hvad} anfaegtet={anfaegtet} {...ret} />;
  if (felt.noegle && felt.noegle !== "cpr.navn") return <RetOplysning felt={felt.noegle} hvad={hvad} anfaegtet={anfaegtet} {...ret} />;
  return null;
}

/** A registered field (CPR): its value, and which sager use it. Where it comes from is said once for the section. */
export function RegisterFelt({ felt, visBrug, ret }: { felt: Oplysning; visBrug: boolean; ret: Rettighed }) {
  return (
    <li>
      <h3 className="h5">{felt.felt}</h3>
      <p className="oplysning-vaerdi">{felt.vaerdi}</p>
      <dl className="data-liste">
        <dt>Hvor kommer det fra?</dt>
        <dd>{felt.kilde}</dd>
        {(visBrug || felt.brugForklaring) && (
          <>
            <dt>Hvem bruger det?</dt>
            <dd>
              {felt.brugForklaring ?? (felt.brugesI.length === 0 ? "Ingen af dine afgjorte sager bygger på oplysningen." : <SagLinks sager={felt.brugesI} />)}
            </dd>
          </>
        )}
      </dl>
      <Ret felt={felt} ret={ret} />
    </li>
  );
}

/**
 * A figure from the decisions (e.g. "Din formue"). The same datum can have been registered in
 * several sager with different values: each value is shown with the date of its decision.
 */
export function SagsFelt({ vaerdier, ret }: { vaerdier: Oplysning[]; ret: Rettighed }) {
  const [foerste] = vaerdier;
  if (!foerste) return null;
  const flere = vaerdier.length > 1;
  return (
    <li>
      <h3 className="h5">{foerste.felt}</h3>
      {flere && <p>Kommunen har registreret {vaerdier.length} forskellige værdier i dine sager, de nyeste først:</p>}
      <ul className={flere ? "oplysning-vaerdier" : "oplysning-vaerdier oplysning-vaerdier--en"}>
        {vaerdier.map((v) => (
          <li key={v.datumId}>
            <p className="oplysning-vaerdi">{v.vaerdi}</p>
            <dl className="data-liste">
              {v.dato && (
                <>
                  <dt>Registreret</dt>
                  <dd>{formatDato(v.dato)}</dd>
                </>
              )}
              <dt>Hvor kommer det fra?</dt>
              <dd>{v.kilde}</dd>
              <dt>Hvem bruger det?</dt>
              <dd>
                <SagLinks sager={v.brugesI} />
              </dd>
              <dt>Hvorfor har kommunen det?</dt>
              <dd>{v.kildeForklaring}</dd>
            </dl>
            <Ret felt={v} ret={ret} />
          </li>
        ))}
      </ul>
    </li>
  );
}
