import Link from "next/link";
import { Fragment } from "react";
import type { ventendeForBorger } from "@/lib/assistance/forberedte";
import { formatTidspunkt } from "@/lib/format";
import { Utilgaengelig } from "../../_components/utilgaengelig";
import { SvarKnapper } from "./svar-knapper";

type Venter = Awaited<ReturnType<typeof ventendeForBorger>>;

/**
 * On the citizen's forside: what a staff member made ready during an assisted session, waiting
 * for the citizen's own yes or no. Nothing has happened until the citizen says yes.
 */
export function ForberedteKort({ venter }: { venter: Venter }) {
  if (!venter || (venter.ok && venter.data.length === 0)) return null;
  return (
    <section className="col-12" aria-labelledby="forberedt-overskrift">
      <div className="overblik-kort overblik-kort-vigtig">
        <h2 id="forberedt-overskrift" className="h3">
          Venter på din godkendelse
        </h2>
        {!venter.ok ? (
          <Utilgaengelig hvad="Det, en medarbejder har gjort klar til dig" />
        ) : (
          <ul className="nobullet-list hjaelp-forberedt">
            {venter.data.map((v) => (
              <li key={v.id}>
                <h3 className="h4">{v.titel}</h3>
                <p>
                  Gjort klar af {v.medarbejder}, {v.enhed}, {formatTidspunkt(v.oprettet)}. Der sker ikke noget, før du godkender.
                </p>
                <dl className="data-liste">
                  {v.fakta.map((f) => (
                    <Fragment key={f.navn}>
                      <dt>{f.navn}</dt>
                      <dd>{f.vaerdi}</dd>
                    </Fragment>
                  ))}
                </dl>
                <p>{v.efter}</p>
                <SvarKnapper id={v.id} titel={v.titel} />
              </li>
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}

/** A way to /hjaelp from the forside: help from Borgerservice without lending anyone one's MitID. */
export function HjaelpKort() {
  return (
    <section className="col-12 col-md-6" aria-labelledby="hjaelp-overskrift">
      <div className="overblik-kort">
        <h2 id="hjaelp-overskrift" className="h3">
          Hjælp fra Borgerservice
        </h2>
        <p>En medarbejder kan se dine data sammen med dig – uden at bruge dit MitID. Du bestemmer selv hvad, og hvor længe.</p>
        <p>
          <Link href="/hjaelp">Få hjælp af en medarbejder</Link>
        </p>
      </div>
    </section>
  );
}
