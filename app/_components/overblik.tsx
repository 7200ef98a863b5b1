import Link from "next/link";
import { grundlagTekst, kategoriTekst, type Action, type GrundlagType } from "@/lib/access/actions";
import type { Overblik as OverblikData } from "@/lib/data/overblik";
import { sagStatusTekst } from "@/lib/domain/sag";
import { formatAntal, formatAntalAf, formatBeloeb, formatDato } from "@/lib/format";
import { Utilgaengelig } from "./utilgaengelig";

function Kort({ id, titel, children }: { id: string; titel: string; children: React.ReactNode }) {
  return (
    <section className="col-12 col-md-6" aria-labelledby={id}>
      <div className="overblik-kort">
        <h2 id={id} className="h3">
          {titel}
        </h2>
        {children}
      </div>
    </section>
  );
}

const kategori = (k: string) => kategoriTekst[k as Action] ?? "dine data";
const grundlag = (g: string) => grundlagTekst[g as GrundlagType] ?? "";

/** The forside: what needs the citizen's attention, one block per source, each linking on. */
export function Overblik({ navn, overblik }: { navn: string; overblik: OverblikData }) {
  const { person, sager, naesteUdbetaling, fuldmaegtige, ventendeSpoergsmaal, senesteAdgang } = overblik;
  return (
    <>
      <h1>Goddag {navn}</h1>
      <p className="font-lead">Her er et overblik over de data, Korsbæk Kommune har om dig.</p>
      <div className="row">
        <Kort id="sager-overskrift" titel="Dine sager">
          {sager.ok ? (
            <>
              <p className="nogletal">{formatAntal(sager.data.antal)}</p>
              <p>{sager.data.antal === 1 ? "sag hos kommunen" : "sager hos kommunen"}</p>
              {sager.data.aabne.total === 0 ? (
                <p>Du har ingen åbne sager lige nu.</p>
              ) : (
                <>
                  <h3 className="h5">{formatAntalAf(sager.data.aabne.total, "åben sag", "åbne sager")}</h3>
                  <ul className="kompakt-liste">
                    {sager.data.aabne.sager.map((s) => (
                      <li key={s.id}>
                        <Link href={`/sager/${s.id}`}>{s.titel}</Link> – {sagStatusTekst[s.status].toLowerCase()}
                        {s.lokalStatus ? `: ${s.lokalStatus}` : null}
                      </li>
                    ))}
                  </ul>
                  {sager.data.aabne.total > sager.data.aabne.sager.length && (
                    <p>
                      <Link href="/sager?status=aabne">Se alle dine åbne sager</Link>
                    </p>
                  )}
                </>
              )}
              <p>
                <Link href="/sager">Se alle dine sager</Link>
              </p>
            </>
          ) : (
            <Utilgaengelig hvad="Dine sager" />
          )}
        </Kort>

        <Kort id="udbetaling-overskrift" titel="Næste udbetaling">
          {naesteUdbetaling.ok ? (
            <>
              {naesteUdbetaling.data ? (
                <>
                  <p className="nogletal">{formatBeloeb(naesteUdbetaling.data.efterSkat)}</p>
                  <p>
                    {naesteUdbetaling.data.ydelse}, {formatDato(naesteUdbetaling.data.dato)}. Beløbet er efter skat.
                  </p>
                </>
              ) : (
                <p>Der er ingen planlagte udbetalinger til dig.</p>
              )}
              <p>
                <Link href="/ydelser">Se dine ydelser og udbetalinger</Link>
              </p>
            </>
          ) : (
            <Utilgaengelig hvad="Dine udbetalinger" />
          )}
        </Kort>

        <Kort id="person-overskrift" titel="Dig i CPR">
          {person.ok ? (
            <>
              <dl className="data-liste">
                <dt>CPR-nummer</dt>
                <dd>{person.data.maskeretCpr}</dd>
                <dt>Adresse</dt>
                <dd>{person.data.adresse ?? "Beskyttet adresse"}</dd>
              </dl>
              <p>
                <Link href="/oplysninger">Se alle dine oplysninger</Link>
              </p>
            </>
          ) : (
            <Utilgaengelig hvad="Dine oplysninger fra CPR" />
          )}
        </Kort>

        <Kort id="venter-overskrift" titel="Venter på svar">
          {ventendeSpoergsmaal.ok ? (
            ventendeSpoergsmaal.data === 0 ? (
              <p>Du har ingen spørgsmål, der venter på svar fra kommunen.</p>
            ) : (
              <p>
                {formatAntalAf(ventendeSpoergsmaal.data, "spørgsmål venter", "spørgsmål venter")} på svar fra kommunen.{" "}
                <Link href="/log">Se dem i din log</Link>
              </p>
            )
          ) : (
            <Utilgaengelig hvad="Dine spørgsmål" />
          )}
        </Kort>

        <Kort id="fuldmagt-overskrift" titel="Hvem kan handle for dig">
          {fuldmaegtige.ok ? (
            fuldmaegtige.data.length === 0 ? (
              <p>Ingen har fuldmagt til at se dine data eller handle for dig.</p>
            ) : (
              <ul className="kompakt-liste">
                {fuldmaegtige.data.map((f) => (
                  <li key={`${f.navn}-${f.gyldigTil}`}>
                    {f.navn} har fuldmagt til og med {formatDato(f.gyldigTil)}.
                  </li>
                ))}
              </ul>
            )
          ) : (
            <Utilgaengelig hvad="Dine fuldmagter" />
          )}
        </Kort>

        <Kort id="adgang-overskrift" titel="Hvem har set dine data">
          {senesteAdgang.ok ? (
            <>
              {senesteAdgang.data.poster.length === 0 ? (
                <p>Ingen andre har set dine data gennem Mine Data.</p>
              ) : (
                <ul className="kompakt-liste">
                  {senesteAdgang.data.poster.map((p) => (
                    <li key={p.id}>
                      {formatDato(p.tidspunkt)}: {p.aktoerNavn} ({p.aktoerOrganisation}) så {kategori(p.kategori)} {grundlag(p.grundlagType)}.
                    </li>
                  ))}
                </ul>
              )}
              <p>
                <Link href="/log">Se hele din log</Link>
              </p>
            </>
          ) : (
            <Utilgaengelig hvad="Din log" />
          )}
        </Kort>
      </div>
    </>
  );
}
