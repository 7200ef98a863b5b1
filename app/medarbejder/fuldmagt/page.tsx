import type { Metadata } from "next";
import { randomUUID } from "node:crypto";
import { formGraenser } from "@/lib/data/fuldmagt-formular";
import { requireStaff } from "@/lib/data/guard";
import { idagIso } from "@/lib/fuldmagt/datoer";
import { nu } from "@/lib/klokke";
import { PapirForm } from "./papir-form";

export const metadata: Metadata = { title: "Registrer en fuldmagt på papir" };

export default async function Papirfuldmagt({ searchParams }: { searchParams: Promise<{ registreret?: string }> }) {
  await requireStaff("urn:dk:korsbaek:minedata:privilege:betroet-medarbejder", "/medarbejder/fuldmagt");
  const registreret = (await searchParams).registreret;
  return (
    <div className="row">
      <div className="col-12 col-lg-8">
        {registreret && /^[0-9A-F]{8}$/.test(registreret) && (
          <div className="alert alert-success" role="status">
            <div className="alert-body">
              <h2 className="alert-heading h4">Fuldmagten er registreret</h2>
              <p className="alert-text">
                Referencenummer {registreret}. Giveren og fuldmægtigen får et brev i Digital Post, og giveren kan se registreringen i sin log.
              </p>
            </div>
          </div>
        )}
        <h1>Registrer en fuldmagt på papir</h1>
        <p className="font-lead">
          Når en borger har underskrevet en fuldmagt på papir, registrerer du den her. Så virker den i Mine Data, som hvis borgeren selv
          havde givet den.
        </p>
        <p>
          Tjek giverens legitimation, og at giveren selv ønsker fuldmagten – tal med giveren alene, hvis du er i tvivl om, at det er
          frivilligt.
        </p>
        <PapirForm noegle={randomUUID()} idag={idagIso(nu())} maksDato={formGraenser().maksDato} />
      </div>
    </div>
  );
}
