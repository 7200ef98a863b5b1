import { randomUUID } from "node:crypto";
import Link from "next/link";
import type { Konsol } from "@/lib/assistance/medarbejder";
import { klokken } from "@/lib/assistance/tid";
import { formGraenser } from "@/lib/data/fuldmagt-formular";
import { genitiv } from "@/lib/format";
import { afslutSomMedarbejderAction } from "../actions";
import { ForberedFuldmagt } from "./forbered-fuldmagt";

const SIDER = [
  { titel: "Sager", href: "/sager" },
  { titel: "Ydelser", href: "/ydelser" },
  { titel: "Oplysninger", href: "/oplysninger" },
  { titel: "Fuldmagter", href: "/fuldmagter" },
];

const statusTekst: Record<string, string> = { afventer: "venter på borgerens svar", godkendt: "godkendt af borgeren", afvist: "afvist af borgeren" };

export function Afslut({ id, navn }: { id: string; navn: string }) {
  return (
    <form action={afslutSomMedarbejderAction}>
      <input type="hidden" name="id" value={id} />
      <button type="submit" className="button button-secondary">
        Afslut hjælpen<span className="sr-only"> til {navn}</span>
      </button>
    </form>
  );
}

/** The help in progress: what the citizen allowed, until when, the way to their pages, and what can be made ready. */
export function Igang({ her, klar }: { her: NonNullable<Konsol["her"]>; klar: boolean }) {
  const { minDato, maksDato } = formGraenser();
  return (
    <>
      <section aria-labelledby="igang" className="overblik-kort">
        <h2 id="igang">Du hjælper {her.borgerNavn}</h2>
        <p>
          {her.borgerNavn} har givet dig lov til at se: {her.omraader.join(", ")} – til {klokken(her.udloeber)}.
        </p>
        <ul className="kompakt-liste">
          <li>
            <Link href="/">Overblik</Link>
          </li>
          {SIDER.filter((side) => her.omraader.includes(side.titel)).map((side) => (
            <li key={side.href}>
              <Link href={side.href}>{side.titel}</Link>
            </li>
          ))}
        </ul>
        <Afslut id={her.id} navn={her.borgerNavn} />
      </section>
      {her.maaForberede ? (
        <section aria-labelledby="forbered">
          <h2 id="forbered">Gør noget klar til {her.borgerNavn}</h2>
          <p>{her.borgerNavn} har givet dig lov til at gøre noget klar. Det venter på borgerens forside, til borgeren selv godkender det.</p>
          {klar && (
            <p role="status" className="rettelse-kvittering-lille">
              Anmodningen om rettelse er gjort klar. Den venter nu på {genitiv(her.borgerNavn)} forside.
            </p>
          )}
          {(her.omraader.includes("Oplysninger") || her.omraader.includes("Sager")) && (
            <p>
              <strong>En forkert oplysning:</strong> gå til {her.omraader.includes("Oplysninger") ? <Link href="/oplysninger">Oplysninger</Link> : <Link href="/sager">en sag</Link>}, og
              vælg »Gør en rettelse klar til borgeren« ud for oplysningen.
            </p>
          )}
          <h3 className="h4">En fuldmagt</h3>
          {her.forberedt.length > 0 && (
            <ul className="kompakt-liste">
              {her.forberedt.map((f) => (
                <li key={f.id}>
                  {f.titel}: {statusTekst[f.status] ?? f.status}
                </li>
              ))}
            </ul>
          )}
          <ForberedFuldmagt borgerNavn={her.borgerNavn} noegle={randomUUID()} minDato={minDato} maksDato={maksDato} />
        </section>
      ) : (
        <p>{her.borgerNavn} har ikke givet dig lov til at gøre noget klar. Det vælger borgeren, når koden laves.</p>
      )}
    </>
  );
}
