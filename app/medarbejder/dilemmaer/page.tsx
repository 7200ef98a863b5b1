import type { Metadata } from "next";
import Link from "next/link";
import { requireStaff } from "@/lib/data/guard";
import { DILEMMAKORT, KILDE, PAA_KONENS_VEGNE } from "@/lib/dialog/dilemmaer";

export const metadata: Metadata = { title: "Dilemmakort" };

export default async function Dilemmaer() {
  await requireStaff();
  return (
    <>
      <h1>Dilemmakort om data og diskretion</h1>
      <p className="font-lead">
        Syv udsagn fra medarbejdere og ledere i borgerbetjeningen. Brug et kort som oplæg på et personalemøde – eller som case, når I opretter en
        dialog.
      </p>
      <section aria-labelledby="konen" className="dilemma-intro">
        <h2 id="konen">Dilemmaet: {PAA_KONENS_VEGNE.titel}</h2>
        {PAA_KONENS_VEGNE.tekst.map((p) => (
          <p key={p}>{p}</p>
        ))}
        <ul>
          {PAA_KONENS_VEGNE.spoergsmaal.map((s) => (
            <li key={s}>{s}</li>
          ))}
        </ul>
      </section>
      <ul className="dilemma-kort-liste">
        {DILEMMAKORT.map((k) => (
          <li key={k.id} className="dilemma-kort" id={k.id}>
            <article aria-labelledby={`${k.id}-tema`}>
              <p className="dilemma-nr">Kort {k.nr} af 7</p>
              <h2 id={`${k.id}-tema`} className="h3">
                {k.tema}
              </h2>
              <figure className="dialog-citat">
                <blockquote>
                  <p>»{k.citat}«</p>
                </blockquote>
                <figcaption>— {k.rolle}</figcaption>
              </figure>
              <h3 className="h5">Spørgsmål til jer</h3>
              <ul>
                {k.spoergsmaal.map((s) => (
                  <li key={s}>{s}</li>
                ))}
              </ul>
              <p className="dilemma-brug">
                <Link href={`/medarbejder/dialog?case=${k.id}#caseValg`}>Brug kortet som case i en dialog</Link>
              </p>
            </article>
          </li>
        ))}
      </ul>
      <p className="dialog-kilde">Kilde til citaterne: {KILDE}</p>
    </>
  );
}
