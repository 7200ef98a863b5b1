import type { Metadata } from "next";
import { randomUUID } from "node:crypto";
import Link from "next/link";
import { fornyFra, formGraenser } from "@/lib/data/fuldmagt-formular";
import { requireAccess } from "@/lib/data/guard";
import { FuldmagtForm } from "../_components/fuldmagt-form";

export const metadata: Metadata = { title: "Giv en fuldmagt" };

export default async function NyFuldmagt({ searchParams }: { searchParams: Promise<{ forny?: string }> }) {
  const ctx = await requireAccess("handle:fuldmagt", "/fuldmagter/ny");
  const forny = await fornyFra(ctx, (await searchParams).forny, "giver");
  const { minDato, maksDato } = formGraenser();
  return (
    <div className="row">
      <div className="col-12 col-lg-8">
        <p className="tilbage-link">
          <Link href="/fuldmagter">Tilbage til fuldmagter</Link>
        </p>
        <h1>{forny ? `Forny fuldmagten til ${forny.start.navn}` : "Giv en fuldmagt"}</h1>
        <p className="font-lead">
          Med en fuldmagt kan en, du stoler på, se dine data og hjælpe dig – med sit eget MitID. Du bestemmer selv hvad, og hvor
          længe.
        </p>
        <p>
          Kan den, der skal have hjælp, ikke selv give fuldmagt? <Link href="/fuldmagter/kan-ikke-give">Læs om andre muligheder</Link>.
        </p>
        <FuldmagtForm rolle="giver" noegle={randomUUID()} start={forny?.start ?? {}} startPrivilegier={forny?.privilegier ?? []} minDato={minDato} maksDato={maksDato} />
      </div>
    </div>
  );
}
