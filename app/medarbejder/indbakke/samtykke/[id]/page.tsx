import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { randomUUID } from "node:crypto";
import { requireStaff } from "@/lib/data/guard";
import { formatDato } from "@/lib/format";
import { SAMTYKKE_STATUS } from "@/lib/hentesamtykke/kilder";
import { samtykkeForSagsbehandler } from "@/lib/hentesamtykke/store";
import { Utilgaengelig } from "@/app/_components/utilgaengelig";
import { HentedeVaerdier } from "@/app/samtykker/_components/hentede-vaerdier";
import { SamtykkeDetaljer } from "@/app/samtykker/_components/samtykke-detaljer";
import { Gemt } from "../../_components/gemt";
import { HentIgenForm } from "../../_components/hent-igen-form";

export const metadata: Metadata = { title: "Samtykke til at hente oplysninger" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | undefined>> };

/** The consent a caseworker asked for, its answer, and what was fetched (read under the duty, logged). */
export default async function IndbakkeSamtykke({ params, searchParams }: Props) {
  const [{ id }, q] = await Promise.all([params, searchParams]);
  const { medarbejder } = await requireStaff("urn:dk:korsbaek:minedata:privilege:sagsbehandler");
  const result = /^[0-9a-f-]{36}$/.test(id) ? await samtykkeForSagsbehandler(medarbejder, id) : { ok: true as const, data: null };
  if (result.ok && !result.data) notFound();
  return (
    <>
      <p className="tilbage-link">
        <Link href="/medarbejder/indbakke">Tilbage til indbakken</Link>
      </p>
      <Gemt hvad={q.gemt} />
      <h1>Samtykke til at hente oplysninger</h1>
      {!result.ok ? (
        <Utilgaengelig hvad="Samtykket" niveau={2} />
      ) : (
        <>
          <p className="font-lead">
            <span className="tag tag-small">{SAMTYKKE_STATUS[result.data!.samtykke.status]}</span> {result.data!.samtykke.borgerNavn}
            {result.data!.samtykke.tilbagekaldt && ` · trukket tilbage ${formatDato(result.data!.samtykke.tilbagekaldt.toISOString())}`}
          </p>
          <SamtykkeDetaljer s={result.data!.samtykke} />
          <h2 className="h3">Hentet</h2>
          <HentedeVaerdier hentninger={result.data!.hentninger} />
          {result.data!.samtykke.status !== "anmodet" && <HentIgenForm id={id} noegle={randomUUID()} />}
        </>
      )}
    </>
  );
}
