import { Fragment } from "react";
import Link from "next/link";
import { bevillingStatusTekst, type Bevilling, type BevillingSide } from "@/lib/domain/ydelse";
import { formatAntalAf, formatBeloeb, formatPeriode } from "@/lib/format";
import { query, Sideskift } from "../../_components/sideskift";

/** The rate in force now (the open one), else the latest. */
function gaeldendeSats(y: Bevilling["ydelser"][number]) {
  return y.satser.find((s) => s.periode.til === null) ?? y.satser.at(-1);
}

export function Bevillinger({ side, udbetalingerSide }: { side: BevillingSide; udbetalingerSide: number }) {
  return (
    <section aria-labelledby="bevillinger-overskrift">
      <h2 id="bevillinger-overskrift">Det har du fået bevilget</h2>
      {side.total === 0 ? (
        <p>Du har ingen bevillinger hos kommunen.</p>
      ) : (
        <>
          <p>Du har {formatAntalAf(side.total, "bevilling", "bevillinger")}. De aktive står først.</p>
          <ul className="bordered-list bevilling-liste">
            {side.bevillinger.map((b) => (
              <li key={b.id}>
                <h3 className="h4">{b.ydelser.map((y) => y.navn).join(", ") || `Bevilling ${b.nummer}`}</h3>
                <dl className="data-liste data-liste--kolonner">
                  <dt>Status</dt>
                  <dd>{bevillingStatusTekst[b.status]}</dd>
                  <dt>Periode</dt>
                  <dd>{formatPeriode(b.periode.fra, b.periode.til)}</dd>
                  <dt>Hvem betaler</dt>
                  <dd>{b.betaler}</dd>
                  {b.ydelser.map((y) => {
                    const sats = gaeldendeSats(y);
                    return sats ? (
                      <Fragment key={y.navn}>
                        <dt>Beløb{b.ydelser.length > 1 ? ` (${y.navn})` : ""}</dt>
                        <dd>
                          {formatBeloeb(sats.beloeb)} {sats.frekvens.toLowerCase()}, betales {sats.betales === "forud" ? "forud" : "bagud"}
                        </dd>
                      </Fragment>
                    ) : null;
                  })}
                  <dt>Bevillingsnummer</dt>
                  <dd>{b.nummer}</dd>
                </dl>
                {b.sagId && (
                  <p>
                    <Link href={`/sager/${b.sagId}`} prefetch={false}>Se sagen, bevillingen hører til</Link>
                  </p>
                )}
              </li>
            ))}
          </ul>
          <Sideskift
            side={side.side}
            antal={side.antal}
            total={side.total}
            href={(n) => `/ydelser${query({ bevillinger: n === 1 ? undefined : n, udbetalinger: udbetalingerSide === 1 ? undefined : udbetalingerSide })}`}
            label="Sider med bevillinger"
          />
        </>
      )}
    </section>
  );
}
