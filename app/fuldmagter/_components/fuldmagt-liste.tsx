import Link from "next/link";
import { privilegieTekst, type Delegerbar } from "@/lib/access/actions";
import type { FuldmagtVisning } from "@/lib/data/fuldmagter";
import { fuldmagtStatusTekst } from "@/lib/fuldmagt/schema";
import { formatDato } from "@/lib/format";

/** "Ole Jensen må se sager og ydelser · til og med 1. marts 2027" for one fuldmagt in a list. */
export function FuldmagtPunkt({ f, children }: { f: FuldmagtVisning; children?: React.ReactNode }) {
  const anden = f.rolle === "giver" ? f.fuldmaegtigNavn : f.giverNavn;
  const titel = f.rolle === "giver" ? `Til ${anden}` : `Fra ${anden}`;
  return (
    <li>
      <h3 className="h4">
        <Link href={`/fuldmagter/${f.id}`}>{titel}</Link>
      </h3>
      <p>
        {f.privilegier.map((p) => privilegieTekst[p as Delegerbar]?.titel.toLowerCase() ?? p).join(", ")}
        {f.status === "aktiv" || f.status === "anmodet" ? ` · til og med ${formatDato(f.sidsteDag)}` : null}
      </p>
      <p className="sag-meta">
        {fuldmagtStatusTekst[f.status]}
        {f.oprindelse === "papir" ? " · underskrevet på papir" : null}
        {f.afsluttet ? ` · ${formatDato(f.afsluttet)}` : null}
        {f.udloeberSnart ? " · udløber snart" : null}
      </p>
      {children}
    </li>
  );
}

export function FuldmagtSektion({ id, titel, tom, fuldmagter, children }: { id: string; titel: string; tom?: string; fuldmagter: FuldmagtVisning[]; children?: (f: FuldmagtVisning) => React.ReactNode }) {
  if (fuldmagter.length === 0 && !tom) return null;
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{titel}</h2>
      {fuldmagter.length === 0 ? (
        <p>{tom}</p>
      ) : (
        <ul className="bordered-list fuldmagt-liste">
          {fuldmagter.map((f) => (
            <FuldmagtPunkt key={f.id} f={f}>
              {children?.(f)}
            </FuldmagtPunkt>
          ))}
        </ul>
      )}
    </section>
  );
}
