import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireStaff } from "@/lib/data/guard";
import { formatTidspunkt } from "@/lib/format";
import { aabnTilfoejelse } from "@/lib/rettelser/tilfoejelser";
import { Utilgaengelig } from "@/app/_components/utilgaengelig";
import { BilagListe } from "@/app/rettelser/_components/bilag-liste";

export const metadata: Metadata = { title: "Ny oplysning fra en borger" };

/** A note or document a citizen added to a sag this caseworker handles. */
export default async function IndbakkeTilfoejelse({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { medarbejder } = await requireStaff("urn:dk:korsbaek:minedata:privilege:sagsbehandler");
  const result = /^[0-9a-f-]{36}$/.test(id) ? await aabnTilfoejelse(medarbejder, id) : { ok: true as const, data: null };
  if (result.ok && !result.data) notFound();
  return (
    <>
      <p className="tilbage-link">
        <Link href="/medarbejder/indbakke">Tilbage til indbakken</Link>
      </p>
      <h1>Ny oplysning fra en borger</h1>
      {!result.ok ? (
        <Utilgaengelig hvad="Oplysningen" niveau={2} />
      ) : (
        <>
          <p className="font-lead">
            Tilføjet af {result.data!.af} · {formatTidspunkt(result.data!.oprettet)}
          </p>
          <p className="bevar-linjer">{result.data!.tekst}</p>
          {result.data!.bilag.length > 0 && (
            <>
              <h2 className="h3">Dokument</h2>
              <BilagListe bilag={result.data!.bilag} href={(b) => `/medarbejder/indbakke/bilag/${b}`} />
            </>
          )}
        </>
      )}
    </>
  );
}
