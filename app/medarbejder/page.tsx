import type { Metadata } from "next";
import Link from "next/link";
import { requireStaff } from "@/lib/data/guard";
import { aabneOpfoelgninger } from "@/lib/data/dialog";
import { formatDato } from "@/lib/format";
import { opfoelgningUdfoert } from "./dialog/actions";
import { privilegeTekst } from "@/lib/domain/medarbejder";

export const metadata: Metadata = { title: "Medarbejderforside" };

export default async function Medarbejderforside() {
  const { medarbejder } = await requireStaff();
  const opfoelgninger = await aabneOpfoelgninger(medarbejder.enhed);
  return (
    <>
      <h1>Goddag {medarbejder.navn}</h1>
      <p className="font-lead">Du er logget ind med MitID Erhverv som medarbejder i {medarbejder.enhed}.</p>
      {opfoelgninger.length > 0 && (
        <section aria-labelledby="opfoelgning" className="overblik-kort">
          <h2 id="opfoelgning">Opfølgning på dialoger</h2>
          <ul className="bordered-list dialog-opfoelgning">
            {opfoelgninger.map((o) => (
              <li key={o.sessionId}>
                <p>
                  <strong>Følg op {formatDato(o.opfoelgning)}:</strong> {o.forslag}
                </p>
                <p>
                  Ansvarlig: {o.ansvarlig} · afprøvningen er færdig {formatDato(o.afproevningSlut)} ·{" "}
                  <Link href={`/medarbejder/dialog/${o.sessionId}/opsummering`}>Se opsummering</Link>
                </p>
                <form action={opfoelgningUdfoert}>
                  <input type="hidden" name="sessionId" value={o.sessionId} />
                  <button type="submit" className="button button-secondary dialog-knap-lille">
                    Marker opfølgningen som gennemført<span className="sr-only">: {o.forslag}</span>
                  </button>
                </form>
              </li>
            ))}
          </ul>
        </section>
      )}
      <h2>Dine rettigheder i Mine Data</h2>
      <ul>
        {medarbejder.privilegier.map((p) => (
          <li key={p}>{privilegeTekst(p)}</li>
        ))}
      </ul>
      <p>
        Du ser aldrig en borgers data ved at bruge borgerens MitID. Skal du hjælpe en borger, sker det med borgerens
        godkendelse, og alt bliver logget, så borgeren kan se det.
      </p>
    </>
  );
}
