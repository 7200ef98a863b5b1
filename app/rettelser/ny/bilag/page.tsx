import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { randomUUID } from "node:crypto";
import { requireAccess } from "@/lib/data/guard";
import { tilbageTil } from "../../_components/tilbage-til";
import { hentKladde } from "@/lib/rettelser/borger";
import { MAX_BILAG } from "@/lib/rettelser/graenser";
import { fjernBilagAction } from "../../actions";
import { BilagForm } from "../../_components/bilag-form";
import { BilagListe } from "../../_components/bilag-liste";
import { Trin } from "../../_components/trin";

export const metadata: Metadata = { title: "Vedhæft dokumenter" };

type Props = { searchParams: Promise<Record<string, string | undefined>> };

/** Step 2: optional attachments, one at a time; the answers from step 1 are already saved. */
export default async function Bilag({ searchParams }: Props) {
  const q = await searchParams;
  const ctx = await requireAccess("handle:rettelse", tilbageTil("/rettelser/ny/bilag", q));
  const kladde = q.kladde ? await hentKladde(ctx, q.kladde) : null;
  if (!kladde || kladde.status !== "kladde") notFound();
  return (
    <>
      <h1>Vedhæft dokumenter</h1>
      <Trin nr={2} />
      <p className="font-lead">
        Har du et dokument, der viser det rigtige – for eksempel en lejekontrakt eller en lønseddel – kan du vedhæfte det. Det er frivilligt.
      </p>
      {kladde.bilag.length > 0 && (
        <section aria-labelledby="vedhaeftet">
          <h2 id="vedhaeftet" className="h3">
            Vedhæftet
          </h2>
          <BilagListe bilag={kladde.bilag} fjern={{ action: fjernBilagAction, kladde: kladde.id }} />
        </section>
      )}
      {q.tilfoejet && (
        <p role="status" className="rettelse-kvittering-lille">
          Filen er vedhæftet.
        </p>
      )}
      {kladde.bilag.length < MAX_BILAG ? (
        <BilagForm noegle={randomUUID()} kladde={kladde.id} forStor={q.fejl === "fil-for-stor"} />
      ) : (
        <p>Du har vedhæftet {MAX_BILAG} filer, som er det højeste antal.</p>
      )}
      <p className="rettelse-videre">
        <Link className="button button-primary" href={`/rettelser/ny/tjek?kladde=${kladde.id}`}>
          Fortsæt til Tjek dine svar
        </Link>
      </p>
      <p>
        <Link href={`/rettelser/ny?kladde=${kladde.id}`}>Tilbage til dine svar</Link>
      </p>
    </>
  );
}
