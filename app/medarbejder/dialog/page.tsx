import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import Link from "next/link";
import { requireStaff } from "@/lib/data/guard";
import { listSessioner } from "@/lib/data/dialog";
import { db } from "@/lib/db";
import { DREJEBOG } from "@/lib/dialog/drejebog";
import { DILEMMAKORT, PAA_KONENS_VEGNE } from "@/lib/dialog/dilemmaer";
import { visKode } from "@/lib/dialog/kode";
import { formatDato } from "@/lib/format";
import { OpretForm } from "./_components/opret-form";
import { trinStatus } from "./_components/trin-tekst";

export const metadata: Metadata = { title: "Dialog om data og GDPR" };

export default async function DialogOversigt({ searchParams }: { searchParams: Promise<{ case?: string }> }) {
  const { medarbejder } = await requireStaff();
  const sessioner = await listSessioner(db(), medarbejder.enhed);
  const valgtCase = (await searchParams).case;
  const iDag = new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Copenhagen" }).format(new Date());
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

      <h2>Jeres dialoger</h2>
      {sessioner.length === 0 ? (
        <p>Der er ingen dialoger endnu. Opret den første herunder.</p>
      ) : (
        <ul className="bordered-list dialog-liste">
          {sessioner.map((s) => (
            <li key={s.id}>
              <h3 className="h4">
                <Link href={`/medarbejder/dialog/${s.id}`}>{s.emne}</Link>
              </h3>
              <p>
                {formatDato(s.dato)} · {trinStatus(s.trin)} · kode {visKode(s.kode)} · {s.forventedeDeltagere} forventede deltagere · oprettet af{" "}
                {s.oprettetAfNavn}
              </p>
            </li>
          ))}
        </ul>
      )}

      <h2>Opret en dialog</h2>
      <OpretForm noegle={randomUUID()} iDag={iDag} cases={cases} valgtCase={cases.some((c) => c.id === valgtCase) ? valgtCase : undefined} />

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
