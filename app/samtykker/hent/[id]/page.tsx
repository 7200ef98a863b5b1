import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireAccess } from "@/lib/data/guard";
import { formatDato } from "@/lib/format";
import { KILDER, SAMTYKKE_STATUS } from "@/lib/hentesamtykke/kilder";
import { mitHentesamtykke } from "@/lib/hentesamtykke/store";
import { Utilgaengelig } from "../../../_components/utilgaengelig";
import { HentedeVaerdier } from "../../_components/hentede-vaerdier";
import { SamtykkeDetaljer } from "../../_components/samtykke-detaljer";
import { SvarKnapper } from "../../_components/svar-knapper";

export const metadata: Metadata = { title: "Samtykke til at hente oplysninger" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | undefined>> };

const KVITTERING: Record<string, string> = {
  ja: "Du har givet samtykke. Du får en kvittering i Digital Post.",
  nej: "Du har sagt nej. Kommunen henter ikke oplysningerne. Du får en kvittering i Digital Post.",
  tilbagekald: "Du har trukket samtykket tilbage. Kommunen henter ikke flere oplysninger. Du får en kvittering i Digital Post.",
};

export default async function Hentesamtykke({ params, searchParams }: Props) {
  const [{ id }, q] = await Promise.all([params, searchParams]);
  const ctx = await requireAccess("handle:samtykke", `/samtykker/hent/${encodeURIComponent(id)}`);
  const result = /^[0-9a-f-]{36}$/.test(id) ? await mitHentesamtykke(ctx, id) : { ok: true as const, data: null };
  if (result.ok && !result.data) notFound();
  if (!result.ok) {
    return (
      <>
        <h1>Samtykke til at hente oplysninger</h1>
        <Utilgaengelig hvad="Samtykket" niveau={2} />
      </>
    );
  }
  const { samtykke: s, hentninger } = result.data!;
  return (
    <>
      <p className="tilbage-link">
        <Link href="/samtykker">Tilbage til Samtykker</Link>
      </p>
      {q.svar && KVITTERING[q.svar] && (
        <div className="alert alert-success" role="status">
          <div className="alert-body">
            <p className="alert-text">
              {KVITTERING[q.svar]}
              {q["ikke-hentet"] && ` ${KILDER[s.kilde].navn} svarede ikke lige nu. Kommunen henter oplysningerne, når den kan.`}
            </p>
          </div>
        </div>
      )}
      <h1>Må kommunen hente oplysninger fra {KILDER[s.kilde].navn}?</h1>
      <p className="font-lead">
        <span className="tag tag-small">{SAMTYKKE_STATUS[s.status]}</span>
        {s.besvaret && ` Du svarede ${formatDato(s.besvaret.toISOString())}.`}
        {s.tilbagekaldt && ` Trukket tilbage ${formatDato(s.tilbagekaldt.toISOString())}.`}
      </p>
      <SamtykkeDetaljer s={s} />
      {s.status === "anmodet" && (
        <>
          <p>Du bestemmer selv. Siger du nej, behandler kommunen din sag med de oplysninger, den har. Siger du ja, kan du altid trække samtykket tilbage.</p>
          <SvarKnapper id={s.id} />
        </>
      )}
      {(s.status === "givet" || s.status === "tilbagekaldt") && (
        <>
          <h2 className="h3">Det har kommunen hentet</h2>
          <HentedeVaerdier hentninger={hentninger} />
        </>
      )}
      {s.status !== "anmodet" && (
        <>
          <h2 className="h3">Kvittering til at gemme</h2>
          <p>
            Kvitteringen er underskrevet digitalt af Korsbæk Kommune, så du og andre kan se, at den ikke er ændret. Den følger standarden for
            samtykkekvitteringer (ISO/IEC TS 27560).{" "}
            <a href={`/samtykker/hent/${s.id}/kvittering`} download>
              Hent kvitteringen (fil)
            </a>
          </p>
        </>
      )}
      {s.status === "givet" && (
        <>
          <h2 className="h3">Træk samtykket tilbage</h2>
          <p>Trækker du samtykket tilbage, henter kommunen ikke mere. Det, der allerede er hentet, må kommunen fortsat bruge i din sag.</p>
          <SvarKnapper id={s.id} tilbagekald />
        </>
      )}
    </>
  );
}
