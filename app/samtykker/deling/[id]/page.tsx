import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireAccess } from "@/lib/data/guard";
import { etDelingssamtykke, hentetUnderSamtykke } from "@/lib/data/samtykker";
import { formatDato, formatTidspunkt } from "@/lib/format";
import { Utilgaengelig } from "../../../_components/utilgaengelig";
import { SamtykkeFakta } from "../../_components/samtykke-fakta";
import { TilbagekaldSamtykkeKnap } from "../../_components/tilbagekald-knap";

export const metadata: Metadata = { title: "Samtykke" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | undefined>> };

export default async function SamtykkeSide({ params, searchParams }: Props) {
  const { id } = await params;
  const ctx = await requireAccess("handle:samtykke", `/samtykker/deling/${encodeURIComponent(id)}`);
  const result = await etDelingssamtykke(ctx, id);
  if (result.ok && result.data === null) notFound();
  if (!result.ok) return <Utilgaengelig hvad="Samtykket" niveau={2} />;
  const s = result.data!;
  const sp = await searchParams;
  const hentet = await hentetUnderSamtykke(ctx, s.id);
  const kvittering = sp.kvittering === "1" ? `Samtykket er givet. ${s.modtagerNavn} kan nu hente det, du har valgt.` : sp.tilbagekaldt === "1" ? `Samtykket er trukket tilbage fra nu. ${s.modtagerNavn} kan ikke hente mere.` : null;
  return (
    <div className="row">
      <div className="col-12 col-lg-8">
        <p className="tilbage-link">
          <Link href="/samtykker">Tilbage til samtykker</Link>
        </p>
        {kvittering && (
          <div className="alert alert-success" role="status">
            <div className="alert-body">
              <h2 className="alert-heading h4">Kvittering</h2>
              <p className="alert-text">{kvittering} Du får et brev i Digital Post.</p>
              <p className="alert-text">Referencenummer: {s.id.slice(0, 8).toUpperCase()}</p>
            </div>
          </div>
        )}
        <h1>Samtykke til {s.modtagerNavn}</h1>
        <p className="font-lead">
          {s.statusTekst}
          {s.tilbagekaldt ? ` siden ${formatDato(s.tilbagekaldt)}` : s.forbrugt ? ` ${formatDato(s.forbrugt)}` : null}
        </p>
        <SamtykkeFakta modtager={s.modtagerNavn} formaal={s.formaal} omfang={s.omfang} engangs={s.engangs} sidsteDag={s.sidsteDag} />
        {s.status === "aktiv" && (
          <>
            <h2>Giv nummeret til {s.modtagerNavn}</h2>
            <p>
              {s.modtagerNavn} skal bruge dette samtykkenummer for at hente oplysningerne:{" "}
              <strong className="samtykke-id">{s.id}</strong>
            </p>
            <TilbagekaldSamtykkeKnap samtykkeId={s.id} modtager={s.modtagerNavn} />
          </>
        )}
        <h2>Kvittering til at gemme</h2>
        <p>
          Kvitteringen er underskrevet digitalt af Korsbæk Kommune, så du og andre kan se, at den ikke er ændret. Den følger
          standarden for samtykkekvitteringer (ISO/IEC TS 27560).{" "}
          <a href={`/samtykker/deling/${s.id}/kvittering`} download>
            Hent kvitteringen (fil)
          </a>
        </p>
        <section aria-labelledby="hentet-overskrift">
          <h2 id="hentet-overskrift">Hvad har {s.modtagerNavn} hentet</h2>
          {!hentet.ok ? (
            <Utilgaengelig hvad="Listen" />
          ) : hentet.data.length === 0 ? (
            <p>{s.modtagerNavn} har ikke hentet noget endnu.</p>
          ) : (
            <ul className="bordered-list">
              {hentet.data.map((h) => (
                <li key={h.id}>
                  {formatTidspunkt(h.tidspunkt)}: {h.objekt}
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
    </div>
  );
}
