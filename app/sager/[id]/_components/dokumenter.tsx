import Link from "next/link";
import type { DokumentOversigt } from "@/lib/domain/sag";
import { formatDato } from "@/lib/format";

type Props = {
  sagId: string;
  dokumenter: DokumentOversigt[];
  /** The person's own sag: documents hidden from their fuldmægtige say so. */
  egne: boolean;
  /** Whether the reader may open documents (a fuldmagt may cover sager but not documents). */
  kanLaese: boolean;
};

export function Dokumenter({ sagId, dokumenter, egne, kanLaese }: Props) {
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
              <p className="dokument-titel">{kanLaese ? <Link href={`/sager/${sagId}/dokumenter/${d.id}`} prefetch={false}>{d.titel}</Link> : d.titel}</p>
              <p className="sag-meta">
                {d.type} · {formatDato(d.dato)}
                {egne && d.skjultForFuldmaegtige ? " · Vises ikke for dem, der har fuldmagt fra dig" : null}
              </p>
            </li>
          ))}
        </ul>
      )}
      {!kanLaese && dokumenter.length > 0 && <p>Din fuldmagt giver ikke lov til at læse dokumenterne.</p>}
    </section>
  );
}
