import Link from "next/link";
import type { DokumentOversigt } from "@/lib/domain/sag";
import { formatDato } from "@/lib/format";

export function Dokumenter({ sagId, dokumenter }: { sagId: string; dokumenter: DokumentOversigt[] }) {
  return (
    <section aria-labelledby="dokumenter-overskrift">
      <h2 id="dokumenter-overskrift" className="h3">
        Dokumenter
      </h2>
      {dokumenter.length === 0 ? (
        <p>Der er ingen dokumenter i sagen.</p>
      ) : (
        <ul className="bordered-list dokument-liste">
          {dokumenter.map((d) => (
            <li key={d.id}>
              <p className="dokument-titel">
                <Link href={`/sager/${sagId}/dokumenter/${d.id}`}>{d.titel}</Link>
              </p>
              <p className="sag-meta">
                {d.type} · {formatDato(d.dato)}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
