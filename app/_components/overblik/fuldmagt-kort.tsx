import Link from "next/link";
import { HandlForKnap } from "@/app/handl-for/handl-for-knap";
import type { Overblik } from "@/lib/data/overblik";
import { formatDato } from "@/lib/format";
import { Utilgaengelig } from "../utilgaengelig";
import { Kort } from "./kort";

type Data = NonNullable<Overblik["fuldmagter"]>;

/** What waits on the person about fuldmagt: requests to answer, and fuldmagter about to end. */
export function VenterPaaDigKort({ fuldmagter }: { fuldmagter: Data }) {
  if (!fuldmagter.ok) return null;
  const { anmodningerTilDig, udloeberSnart } = fuldmagter.data;
  if (anmodningerTilDig.length === 0 && udloeberSnart.length === 0) return null;
  return (
    <section className="col-12" aria-labelledby="venter-paa-dig-overskrift">
      <div className="overblik-kort overblik-kort-vigtig">
        <h2 id="venter-paa-dig-overskrift" className="h3">
          Venter på dig
        </h2>
        <ul className="kompakt-liste">
          {anmodningerTilDig.map((a) => (
            <li key={a.id}>
              {a.navn} beder om fuldmagt til at hjælpe dig. <Link href={`/fuldmagter/${a.id}`}>Se anmodningen, og svar</Link>
            </li>
          ))}
          {udloeberSnart.map((f) =>
            f.rolle === "giver" ? (
              <li key={f.id}>
                Din fuldmagt til {f.navn} udløber {formatDato(f.sidsteDag)}. Den bliver ikke forlænget af sig selv.{" "}
                <Link href={`/fuldmagter/ny?forny=${f.id}`}>Forny fuldmagten</Link>
              </li>
            ) : (
              <li key={f.id}>
                Fuldmagten fra {f.navn} udløber {formatDato(f.sidsteDag)}. <Link href={`/fuldmagter/anmod?forny=${f.id}`}>Bed om at forny den</Link>
              </li>
            ),
          )}
        </ul>
      </div>
    </section>
  );
}

export function FuldmaegtigeKort({ fuldmagter }: { fuldmagter: Data }) {
  return (
    <Kort id="fuldmagt-overskrift" titel="Hvem kan handle for dig">
      {fuldmagter.ok ? (
        <>
          {fuldmagter.data.hvemKanHandleForDig.length === 0 ? (
            <p>Ingen har fuldmagt til at se dine data eller handle for dig.</p>
          ) : (
            <ul className="kompakt-liste">
              {fuldmagter.data.hvemKanHandleForDig.map((f) => (
                <li key={`${f.navn}-${f.sidsteDag}`}>
                  {f.navn} har fuldmagt fra dig til og med {formatDato(f.sidsteDag)}.
                </li>
              ))}
            </ul>
          )}
          <p>
            <Link href="/fuldmagter">Se og ændre dine fuldmagter</Link>
          </p>
        </>
      ) : (
        <Utilgaengelig hvad="Dine fuldmagter" />
      )}
    </Kort>
  );
}

/** For a holder: the people they can act for now, each with the button that starts acting for them. */
export function HandlForKort({ fuldmagter }: { fuldmagter: Data }) {
  if (!fuldmagter.ok || fuldmagter.data.duKanHandleFor.length === 0) return null;
  return (
    <Kort id="handl-for-overskrift" titel="Du kan handle for">
      <ul className="bordered-list handl-for-liste">
        {fuldmagter.data.duKanHandleFor.map((f) => (
          <li key={f.id}>
            <p>
              {f.navn} har givet dig fuldmagt til og med {formatDato(f.sidsteDag)}.
            </p>
            <HandlForKnap fuldmagtId={f.id} tekst={`Handl for ${f.navn}`} />
          </li>
        ))}
      </ul>
    </Kort>
  );
}
