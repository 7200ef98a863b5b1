import type { Metadata } from "next";
import { randomUUID } from "node:crypto";
import Link from "next/link";
import { requireAccess } from "@/lib/data/guard";
import { delingFormular } from "@/lib/data/samtykker";
import { Utilgaengelig } from "../../../_components/utilgaengelig";
import { DelingForm } from "../../_components/deling-form";

export const metadata: Metadata = { title: "Giv et samtykke" };

export default async function NytSamtykke({ searchParams }: { searchParams: Promise<{ modtager?: string }> }) {
  await requireAccess("handle:samtykke", "/samtykker/deling/ny");
  const formular = await delingFormular();
  const { modtager } = await searchParams;
  return (
    <div className="row">
      <div className="col-12 col-lg-8">
        <p className="tilbage-link">
          <Link href="/samtykker">Tilbage til samtykker</Link>
        </p>
        <h1>Giv et samtykke</h1>
        <p className="font-lead">
          Du bestemmer, hvem der må hente hvilke oplysninger om dig, hvad de må bruge dem til, og hvor længe. Du kan trække samtykket
          tilbage når som helst.
        </p>
        {formular.ok ? (
          <DelingForm noegle={randomUUID()} {...formular.data} modtager={typeof modtager === "string" ? modtager.slice(0, 100) : undefined} />
        ) : (
          <Utilgaengelig hvad="Formularen" niveau={2} />
        )}
      </div>
    </div>
  );
}
