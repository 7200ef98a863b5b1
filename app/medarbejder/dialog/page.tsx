import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import Link from "next/link";
import { listSessioner } from "@/lib/data/dialog";
import { requireStaff } from "@/lib/data/guard";
import { DREJEBOG } from "@/lib/dialog/drejebog";
import { DILEMMAKORT, PAA_KONENS_VEGNE } from "@/lib/dialog/dilemmaer";
import { idagIso } from "@/lib/format";
import { DialogListe } from "./_components/dialog-liste";
import { OpretForm } from "./_components/opret-form";

export const metadata: Metadata = { title: "Dialog om data og GDPR" };

export default async function DialogOversigt({ searchParams }: { searchParams: Promise<{ case?: string }> }) {
  const { medarbejder } = await requireStaff();
  const { aktive, arkiverede } = await listSessioner(medarbejder.enhed);
  const valgtCase = (await searchParams).case;
  const cases = [
    { id: PAA_KONENS_VEGNE.id, titel: `Dilemmaet »${PAA_KONENS_VEGNE.titel}«` },
    ...DILEMMAKORT.map((k) => ({ id: k.id, titel: `Dilemmakort ${k.nr}: ${k.tema}` })),
  ];
  return (
    <>
      <h1>Dialog om adgang til borgeres data og GDPR</h1>
      <p className="font-lead">
        En faglig samtale på cirka 45 minutter for 4–20 kolleger. Du faciliterer fra en stor skærm, og deltagerne er med fra deres
        telefon.
      </p>
      <p>{DREJEBOG.formaal}</p>

      <h2>Opret en dialog</h2>
      <OpretForm noegle={randomUUID()} iDag={idagIso()} cases={cases} valgtCase={cases.some((c) => c.id === valgtCase) ? valgtCase : undefined} />

      <h2>Jeres dialoger</h2>
      {aktive.length === 0 ? <p>Der er ingen dialoger endnu. Opret den første ovenfor.</p> : <DialogListe sessioner={aktive} arkiv={false} />}
      {arkiverede.length > 0 && (
        <details className="dialog-arkiv">
          <summary>Arkiverede dialoger ({arkiverede.length})</summary>
          <DialogListe sessioner={arkiverede} arkiv />
        </details>
      )}

      <h2>Forberedelse</h2>
      <p>Gå listen igennem, før I mødes:</p>
      <ul className="dialog-tjekliste">
        {DREJEBOG.forberedelse.map((punkt) => (
          <li key={punkt.id}>{punkt.tekst}</li>
        ))}
      </ul>
      <h2>Spørgsmål, der rammer emnet ind</h2>
      <ul>
        {DREJEBOG.rammespoergsmaal.map((s) => (
          <li key={s}>{s}</li>
        ))}
      </ul>
      <p className="dialog-kilde">{DREJEBOG.kilde}</p>
      <p>
        Vil I hellere tage udgangspunkt i et andet dilemma, så se <Link href="/medarbejder/dilemmaer">dilemmakortene</Link>. Vil du øve dig
        alene, så prøv <Link href="/medarbejder/scenarier">øvelsesscenarierne</Link>.
      </p>
    </>
  );
}
