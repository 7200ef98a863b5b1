import Link from "next/link";
import type { Emne } from "@/lib/domain/emne";
import { visEmne } from "@/lib/domain/emne";
import { sagStatusTekst, type SagerQuery, type SagSide } from "@/lib/domain/sag";
import { formatAntalAf, formatDato } from "@/lib/format";
import { query as q, Sideskift } from "../../_components/sideskift";
import type { Hvem } from "../../_components/hvem";
import { StatusTag } from "./status-tag";
import { VenterKort } from "./venter";

type Props = { side: SagSide; query: SagerQuery; emner: Map<string, Emne>; filtreret: boolean; h: Hvem };

export function SagListe({ side, query, emner, filtreret, h }: Props) {
  if (side.total === 0) {
    return <p role="status">{filtreret ? "Ingen sager passer til din søgning." : `${h.Du} har ingen sager hos kommunen.`}</p>;
  }
  const href = (n: number) => `/sager${q({ q: query.q, status: query.status, emne: query.emne, side: n })}`;
  return (
    <>
      <p role="status">
        {filtreret ? `${formatAntalAf(side.total, "sag", "sager")} passer til din søgning.` : `${h.Du} har ${formatAntalAf(side.total, "sag", "sager")}.`}
      </p>
      <ul className="bordered-list sag-liste">
        {side.sager.map((sag) => {
          const emne = visEmne(emner.get(sag.emne.kle) ?? sag.emne);
          return (
            <li key={sag.id}>
              <h2 className="h4">
                {/* Not prefetched: a prefetch renders the sag, so a helper's read would be logged before anyone opened it. */}
                <Link href={`/sager/${sag.id}`} prefetch={false}>
                  {sag.titel}
                </Link>
              </h2>
              <p>
                <StatusTag status={sag.status} />
                <span className="sr-only">Status: </span>
                {sagStatusTekst[sag.status]}
                {sag.lokalStatus ? ` – ${sag.lokalStatus}` : null}
              </p>
              {sag.venter && <VenterKort venter={sag.venter} />}
              <p>
                Emne: {emne.titel} · {sag.ansvarligEnhed}
              </p>
              <p className="sag-liste-dato">Sidst ændret {formatDato(sag.sidstAendret)}</p>
            </li>
          );
        })}
      </ul>
      <Sideskift side={side.side} antal={side.antal} total={side.total} href={href} label="Sider med sager" />
    </>
  );
}
