import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { requireAccess } from "@/lib/data/guard";
import { hentDokument } from "@/lib/data/sager";
import { formatDato } from "@/lib/format";
import { TekstAfsnit } from "../../../../_components/tekst-afsnit";
import { Utilgaengelig } from "../../../../_components/utilgaengelig";

type P = { params: Promise<{ id: string; dokumentId: string }> };

const hent = cache(async (id: string, dokumentId: string) => {
  const ctx = await requireAccess("se:dokumenter", `/sager/${encodeURIComponent(id)}/dokumenter/${encodeURIComponent(dokumentId)}`);
  return hentDokument(ctx, id, dokumentId);
});

export async function generateMetadata({ params }: P): Promise<Metadata> {
  const { id, dokumentId } = await params;
  const result = await hent(id, dokumentId);
  if (result.ok && !result.data) return { title: "Siden findes ikke" };
  return { title: result.ok && result.data ? result.data.titel : "Dokument" };
}

export default async function DokumentSide({ params }: P) {
  const { id, dokumentId } = await params;
  const result = await hent(id, dokumentId);
  if (result.ok && result.data === null) notFound();
  const tilbage = (
    <p className="tilbage-link">
      <Link href={`/sager/${id}`}>Tilbage til sagen</Link>
    </p>
  );
  if (!result.ok || !result.data) {
    return (
      <>
        {tilbage}
        <h1>Dokument</h1>
        <Utilgaengelig hvad="Dokumentet" niveau={2} />
      </>
    );
  }
  const d = result.data;
  return (
    <>
      {tilbage}
      <h1>{d.titel}</h1>
      <p className="sag-meta">
        {d.type} · {formatDato(d.dato)}
      </p>
      {d.tekst ? (
        <TekstAfsnit tekst={d.tekst} />
      ) : (
        <p>Dokumentets indhold kan ikke vises her. Kontakt din sagsbehandler, hvis du vil have en kopi.</p>
      )}
    </>
  );
}
