import type { Metadata } from "next";
import { requireBorger } from "@/lib/data/actor";
import { selfContext } from "@/lib/data/access";
import { soegSager } from "@/lib/data/sager";
import { SagListe } from "./_components/sag-liste";
import { Utilgaengelig } from "../_components/utilgaengelig";

export const metadata: Metadata = { title: "Mine sager" };

export default async function Sager({ searchParams }: { searchParams: Promise<{ side?: string }> }) {
  const actor = await requireBorger("/sager");
  const side = Math.max(1, Number.parseInt((await searchParams).side ?? "1", 10) || 1);
  const result = await soegSager(selfContext(actor), side);
  return (
    <>
      <h1>Mine sager</h1>
      {result.ok ? <SagListe side={result.data} /> : <Utilgaengelig hvad="Dine sager" />}
    </>
  );
}
