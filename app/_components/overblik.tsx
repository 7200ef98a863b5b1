import Link from "next/link";
import type { Overblik as OverblikData } from "@/lib/data/overblik";
import { formatAntal } from "@/lib/format";
import { Utilgaengelig } from "./utilgaengelig";

export function Overblik({ navn, overblik }: { navn: string; overblik: OverblikData }) {
  const { person, sager } = overblik;
  return (
    <>
      <h1>Goddag {navn}</h1>
      <p className="font-lead">Her er et overblik over de data, Korsbæk Kommune har om dig.</p>
      <div className="row">
        <section className="col-12 col-md-6" aria-labelledby="sager-overskrift">
          <div className="overblik-kort">
            <h2 id="sager-overskrift" className="h3">
              Dine sager
            </h2>
            {sager.ok ? (
              <>
                <p className="nogletal">{formatAntal(sager.data.antal)}</p>
                <p>{sager.data.antal === 1 ? "sag hos kommunen" : "sager hos kommunen"}</p>
                <Link href="/sager">Se dine sager</Link>
              </>
            ) : (
              <Utilgaengelig hvad="Dine sager" />
            )}
          </div>
        </section>
        <section className="col-12 col-md-6" aria-labelledby="person-overskrift">
          <div className="overblik-kort">
            <h2 id="person-overskrift" className="h3">
              Dig i CPR
            </h2>
            {person.ok ? (
              <dl className="data-liste">
                <dt>CPR-nummer</dt>
                <dd>{person.data.maskeretCpr}</dd>
                <dt>Adresse</dt>
                <dd>{person.data.adresse ?? "Beskyttet adresse"}</dd>
              </dl>
            ) : (
              <Utilgaengelig hvad="Dine oplysninger fra CPR" />
            )}
          </div>
        </section>
      </div>
    </>
  );
}
