import type { Metadata } from "next";
import { requireAccess } from "@/lib/data/guard";
import { DelingSektion } from "./_components/deling-sektion";

export const metadata: Metadata = { title: "Samtykker" };

/** The person's consents, one section per kind (each feature brings its own section component). */
export default async function Samtykker() {
  const ctx = await requireAccess("handle:samtykke", "/samtykker");
  return (
    <>
      <h1>Samtykker</h1>
      <p className="font-lead">Her bestemmer du, hvem der må hente eller få dine oplysninger. Du kan altid trække et samtykke tilbage.</p>
      <DelingSektion ctx={ctx} />
    </>
  );
}
