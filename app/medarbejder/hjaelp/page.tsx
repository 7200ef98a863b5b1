import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import { konsol, kanHjaelpe, registrerManglendeRettighed } from "@/lib/assistance/medarbejder";
import { klokken } from "@/lib/assistance/tid";
import { requireStaff } from "@/lib/data/guard";
import { formatTidspunkt } from "@/lib/format";
import { Afslut, Igang } from "./_components/igang";
import { KodeForm } from "./_components/kode-form";
import { LovligeVeje } from "./_components/lovlige-veje";

export const metadata: Metadata = { title: "Hjælp en borger" };

function Besked({ titel, tekst, type }: { titel: string; tekst: string; type: "success" | "info" | "warning" }) {
  return (
    <div className={`alert alert-${type}`} role="status">
      <div className="alert-body">
        <h2 className="alert-heading h4">{titel}</h2>
        <p className="alert-text">{tekst}</p>
      </div>
    </div>
  );
}

export default async function HjaelpKonsol({ searchParams }: { searchParams: Promise<{ afsluttet?: string; allerede?: string; klar?: string }> }) {
  const { request, medarbejder } = await requireStaff();
  const sp = await searchParams;
  if (!kanHjaelpe(medarbejder)) {
    await registrerManglendeRettighed(medarbejder);
    return (
      <>
        <h1>Hjælp en borger</h1>
        <Besked
          type="warning"
          titel="Du har ikke rettighed til at hjælpe borgere i Mine Data"
          tekst="Det kræver rettigheden Borgerservice i MitID Erhverv. Spørg din leder, hvis du skal have den."
        />
        <LovligeVeje />
      </>
    );
  }
  const k = await konsol(request, medarbejder);
  return (
    <>
      <h1>Hjælp en borger</h1>
      <p className="font-lead">
        Borgeren giver selv adgang med en kode. Du ser kun det, borgeren har valgt, så længe borgeren har valgt – og alt, du ser, kommer i
        borgerens log.
      </p>
      {sp.afsluttet === "1" && <Besked type="success" titel="Hjælpen er afsluttet" tekst="Du kan ikke længere se borgerens data." />}
      {sp.allerede === "1" && <Besked type="info" titel="Hjælpen var allerede afsluttet" tekst="Du kan ikke se borgerens data." />}
      {k.slut && <Besked type="info" titel={`Hjælpen til ${k.slut.borgerNavn} er slut`} tekst={`Den sluttede, fordi ${k.slut.hvorfor}. Du kan ikke længere se borgerens data.`} />}

      {k.her ? (
        <Igang her={k.her} klar={sp.klar === "rettelse"} />
      ) : k.andetSted ? (
        <section aria-labelledby="andet-sted" className="overblik-kort">
          <h2 id="andet-sted">Du hjælper {k.andetSted.borgerNavn} fra et andet login</h2>
          <p>Du kan kun hjælpe én borger ad gangen. Afslut den hjælp, før du hjælper en ny borger. Den slutter senest {klokken(k.andetSted.udloeber)}.</p>
          <Afslut id={k.andetSted.id} navn={k.andetSted.borgerNavn} />
        </section>
      ) : (
        <section aria-labelledby="kode-overskrift">
          <h2 id="kode-overskrift">Skriv borgerens kode</h2>
          <p>Der findes ingen søgning efter borgere. Borgeren laver en kode og læser den op for dig.</p>
          <KodeForm noegle={randomUUID()} />
        </section>
      )}

      <LovligeVeje />

      <section aria-labelledby="historik">
        <h2 id="historik">Dem, du har hjulpet</h2>
        {k.historik.length === 0 ? (
          <p>Du har ikke hjulpet nogen borgere i Mine Data endnu.</p>
        ) : (
          <ul className="bordered-list hjaelp-historik">
            {k.historik.map((h) => (
              <li key={h.id}>
                <strong>{h.borgerNavn}</strong> · {formatTidspunkt(h.startet)}
                {h.hvorfor === "i gang" ? " · i gang" : ` til ${klokken(h.slut)} · ${h.hvorfor}`}
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
