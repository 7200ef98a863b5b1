import type { Metadata } from "next";
import { randomUUID } from "node:crypto";
import Link from "next/link";
import { fornyFra, formGraenser } from "@/lib/data/fuldmagt-formular";
import { requireAccess } from "@/lib/data/guard";
import { FuldmagtForm } from "../_components/fuldmagt-form";

export const metadata: Metadata = { title: "Bed om en fuldmagt" };

export default async function AnmodOmFuldmagt({ searchParams }: { searchParams: Promise<{ forny?: string }> }) {
  const ctx = await requireAccess("handle:fuldmagt", "/fuldmagter/anmod");
  const forny = await fornyFra(ctx, (await searchParams).forny, "fuldmaegtig");
  const { minDato, maksDato } = formGraenser();
  return (
    <div className="row">
      <div className="col-12 col-lg-8">
        <p className="tilbage-link">
          <Link href="/fuldmagter">Tilbage til fuldmagter</Link>
        </p>
        <h1>Bed om en fuldmagt</h1>
        <p className="font-lead">
          Vil du hjælpe en anden med deres sager i kommunen, kan du bede personen om fuldmagt. Personen får et brev og siger selv ja
          eller nej.
        </p>
        <div className="alert alert-info" role="note">
          <div className="alert-body">
            <p className="alert-text">
              Brug aldrig en andens MitID – heller ikke med lov. Med en fuldmagt bruger du dit eget MitID, og personen kan se alt, hvad
              du ser og gør.
            </p>
          </div>
        </div>
        <p>
          Kan personen ikke selv sige ja, fx på grund af sygdom? <Link href="/fuldmagter/kan-ikke-give">Læs om værgemål og fremtidsfuldmagt</Link>.
        </p>
        <FuldmagtForm rolle="anmoder" noegle={randomUUID()} start={forny?.start ?? {}} startPrivilegier={forny?.privilegier ?? []} minDato={minDato} maksDato={maksDato} />
      </div>
    </div>
  );
}
