import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { kanForberede, requireAccess } from "@/lib/data/guard";
import { inScope } from "@/lib/data/access";
import { hentSag } from "@/lib/data/sager";
import { sagStatusTekst } from "@/lib/domain/sag";
import { formatDato } from "@/lib/format";
import { idag } from "@/lib/klokke";
import { Utilgaengelig } from "../../_components/utilgaengelig";
import { VenterBoks } from "../_components/venter";
import { Afgoerelse } from "./_components/afgoerelse";
import { Dokumenter } from "./_components/dokumenter";
import { KontaktBoks } from "./_components/kontakt";
import { EmneBoks } from "./_components/emne";
import { Tidslinje } from "./_components/tidslinje";
import { Tilfoejelser } from "./_components/tilfoejelser";

// One fetch per request, shared by the page title and the page.
const hent = cache(async (id: string) => {
  const ctx = await requireAccess("se:sager", `/sager/${encodeURIComponent(id)}`);
  return { ctx, result: await hentSag(ctx, id) };
});

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const { result } = await hent((await params).id);
  if (result.ok && !result.data) return { title: "Siden findes ikke" };
  return { title: result.ok && result.data ? result.data.sag.titel : "Sag" };
}

export default async function SagSide({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | undefined>> }) {
  const { id } = await params;
  const { ctx, result } = await hent(id);
  const egne = ctx.basis.type === "self";
  if (result.ok && result.data === null) notFound();
  if (!result.ok) {
    return (
      <>
        <p className="tilbage-link">
          <Link href="/sager">Tilbage til Mine sager</Link>
        </p>
        <h1>Sag</h1>
        <Utilgaengelig hvad="Sagen" niveau={2} />
      </>
    );
  }
  const { sag, emne, kontakt, tilfoejelser } = result.data!;
  return (
    <>
      <p className="tilbage-link">
        <Link href="/sager">Tilbage til Mine sager</Link>
      </p>
      <h1>{sag.titel}</h1>
      <p className="font-lead">
        {sagStatusTekst[sag.status]}
        {sag.lokalStatus ? ` – ${sag.lokalStatus}` : null}
      </p>
      <p className="sag-meta">
        Sagsnummer {sag.sagsnummer} · Sidst ændret {formatDato(sag.sidstAendret)}
      </p>
      <div className="row">
        <div className="col-12 col-lg-8">
          {sag.venter && <VenterBoks venter={sag.venter} idag={idag()} />}
          {sag.beskrivelse && <p>{sag.beskrivelse}</p>}
          <Tidslinje sag={sag} />
          {sag.afgoerelse && <Afgoerelse sagId={sag.id} afgoerelse={sag.afgoerelse} kanRette={inScope(ctx, "handle:rettelse")} forbered={kanForberede(ctx)} />}
          <Dokumenter sagId={sag.id} dokumenter={sag.dokumenter} egne={egne} kanLaese={inScope(ctx, "se:dokumenter")} />
          <Tilfoejelser sagId={sag.id} tilfoejelser={tilfoejelser} kanTilfoeje={inScope(ctx, "kontakte:sagsbehandler")} netop={Boolean((await searchParams).tilfoejet)} />
        </div>
        <div className="col-12 col-lg-4">
          <KontaktBoks kontakt={kontakt} enhed={sag.ansvarligEnhed} />
          <EmneBoks emne={emne} sagEmne={sag.emne} />
        </div>
      </div>
    </>
  );
}
