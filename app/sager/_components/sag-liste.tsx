import Link from "next/link";
import { sagStatusTekst, type SagSide } from "@/lib/domain/sag";
import { formatAntal, formatDato } from "@/lib/format";

export function SagListe({ side }: { side: SagSide }) {
  const sider = Math.max(1, Math.ceil(side.total / side.antal));
  if (side.total === 0) return <p>Du har ingen sager hos kommunen.</p>;
  return (
    <>
      <p>
        Du har {formatAntal(side.total)} {side.total === 1 ? "sag" : "sager"}. Åbne sager står først.
      </p>
      <ul className="bordered-list sag-liste">
        {side.sager.map((sag) => (
          <li key={sag.id}>
            <h2 className="h4">{sag.titel}</h2>
            <p>
              <strong>{sagStatusTekst[sag.status]}</strong>
              {sag.lokalStatus ? ` – ${sag.lokalStatus}` : null}
            </p>
            <p>
              {sag.emne.titel} · {sag.ansvarligEnhed} · Sidst ændret {formatDato(sag.sidstAendret)}
            </p>
          </li>
        ))}
      </ul>
      {sider > 1 && (
        <nav aria-label="Sider" className="sideskift">
          <p>
            Side {side.side} af {formatAntal(sider)}
          </p>
          <p>
            {side.side > 1 && <Link href={`/sager?side=${side.side - 1}`}>Forrige side</Link>}
            {side.side > 1 && side.side < sider && " · "}
            {side.side < sider && <Link href={`/sager?side=${side.side + 1}`}>Næste side</Link>}
          </p>
        </nav>
      )}
    </>
  );
}
