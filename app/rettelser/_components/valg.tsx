import Link from "next/link";
import type { DataContext } from "@/lib/data/access";
import { inScope } from "@/lib/data/access";
import { mineOplysninger } from "@/lib/data/oplysninger";
import { markeringTekst } from "@/lib/domain/rettelse";

/**
 * /rettelser/ny without a datum: everything the person can ask to have corrected, each a link to
 * the form, so nobody has to know where a datum lives to start.
 */
export async function Valg({ ctx, overskrift }: { ctx: DataContext; overskrift: React.ReactNode }) {
  const oplysninger = inScope(ctx, "se:oplysninger") ? await mineOplysninger(ctx) : null;
  const sager = oplysninger?.afgjorte?.ok ? oplysninger.afgjorte.data.sager.filter((s) => s.afgoerelse?.grundlag.length) : [];
  const adresse = oplysninger?.anfaegtede.get("cpr.adresse");
  return (
    <>
      {overskrift}
      <p className="font-lead">Vælg den oplysning, der er forkert. Du kan også trykke på »Ret denne oplysning« ved oplysningen under Oplysninger eller på en sag.</p>
      {oplysninger && (
        <section aria-labelledby="valg-cpr">
          <h2 id="valg-cpr" className="h3">
            I Folkeregisteret
          </h2>
          <ul className="nobullet-list rettelse-valg">
            <li>
              <Link href="/rettelser/ny?felt=cpr.adresse">Adresse</Link>
              {adresse && <span className="sag-meta"> – {markeringTekst[adresse.status]} ({adresse.reference})</span>}
            </li>
          </ul>
          <p className="sag-meta">Navn, civilstand og ægtefælle retter Folkeregisteret. Ring til Borgerservice på 44 44 44 44.</p>
        </section>
      )}
      {sager.map((s) => (
        <section key={s.id} aria-labelledby={`valg-${s.id}`}>
          <h2 id={`valg-${s.id}`} className="h3">
            Afgørelsen i »{s.titel}«
          </h2>
          <ul className="nobullet-list rettelse-valg">
            {s.afgoerelse!.grundlag.map((g) => (
              <li key={g.id}>
                <Link href={`/rettelser/ny?datum=${g.id}&sag=${s.id}`}>{g.betegnelse}</Link>: {g.vaerdi}
                {g.anfaegtet && <span className="sag-meta"> – {markeringTekst[g.anfaegtet.status]} ({g.anfaegtet.reference})</span>}
              </li>
            ))}
          </ul>
        </section>
      ))}
      {!oplysninger && <p>Du kan ikke se oplysningerne her. Tryk på »Ret denne oplysning« ved den oplysning, der er forkert.</p>}
    </>
  );
}
