import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { randomUUID } from "node:crypto";
import { requireAccess } from "@/lib/data/guard";
import { hentSag } from "@/lib/data/sager";
import { TilfoejForm } from "./tilfoej-form";

export const metadata: Metadata = { title: "Tilføj en oplysning til sagen" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | undefined>> };

export default async function Tilfoej({ params, searchParams }: Props) {
  const [{ id }, q] = await Promise.all([params, searchParams]);
  const ctx = await requireAccess("kontakte:sagsbehandler", `/sager/${encodeURIComponent(id)}/tilfoej`);
  const sag = await hentSag(ctx, id);
  if (sag.ok && !sag.data) notFound();
  const titel = sag.ok ? sag.data!.sag.titel : "sagen";
  return (
    <>
      <p className="tilbage-link">
        <Link href={`/sager/${id}`}>Tilbage til {titel}</Link>
      </p>
      <h1>Tilføj en oplysning til sagen</h1>
      <p className="font-lead">
        Det, du skriver, kommer på sagen »{titel}«, og sagsbehandleren får besked. Du kan se det på sagen bagefter.
      </p>
      <TilfoejForm sag={id} noegle={randomUUID()} forStor={q.fejl === "fil-for-stor"} />
    </>
  );
}
