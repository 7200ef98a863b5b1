import type { Metadata } from "next";
import Link from "next/link";
import { requireAccess } from "@/lib/data/guard";
import { formatDato } from "@/lib/format";
import { KILDER, SAMTYKKE_STATUS } from "@/lib/hentesamtykke/kilder";
import { mineHentesamtykker } from "@/lib/hentesamtykke/store";
import { Utilgaengelig } from "../_components/utilgaengelig";
import { DelingSektion } from "./_components/deling-sektion";

export const metadata: Metadata = { title: "Samtykker" };

/**
 * The person's consents, one section per kind: for the kommune to fetch data from elsewhere, and
 * to share data with a third party (DelingSektion).
 */
export default async function Samtykker() {
  const ctx = await requireAccess("handle:samtykke", "/samtykker");
  const hent = await mineHentesamtykker(ctx);
  return (
    <>
      <h1>Samtykker</h1>
      <p className="font-lead">Her bestemmer du, hvem der må hente eller få dine oplysninger. Du kan altid trække et samtykke tilbage.</p>
      <section aria-labelledby="hent-overskrift" className="samtykke-sektion">
        <h2 id="hent-overskrift">Kommunen vil hente oplysninger om dig</h2>
        <p>Nogle gange har kommunen brug for oplysninger fra en anden myndighed eller et firma. Det må kun ske, hvis du siger ja.</p>
        {!hent.ok ? (
          <Utilgaengelig hvad="Dine samtykker" />
        ) : hent.data.length === 0 ? (
          <p>Kommunen har ikke bedt dig om samtykke.</p>
        ) : (
          <ul className="bordered-list samtykke-liste">
            {hent.data.map((s) => (
              <li key={s.id}>
                <h3 className="h5">
                  <Link href={`/samtykker/hent/${s.id}`}>
                    {s.status === "anmodet" ? "Svar: " : ""}Hente fra {KILDER[s.kilde].navn}
                  </Link>
                </h3>
                <p>
                  <span className="tag tag-small">{SAMTYKKE_STATUS[s.status]}</span> {s.anmodetAfNavn}, {s.anmodetAfEnhed} spurgte {formatDato(s.anmodet.toISOString())}
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>
      <DelingSektion ctx={ctx} />
    </>
  );
}
