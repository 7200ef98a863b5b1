import type { FuldmagtVisning } from "@/lib/data/fuldmagter";
import { formatDato } from "@/lib/format";

/** The receipt after giving, requesting, answering or ending: what happened, and what comes next. */
export function Kvittering({ sp, f }: { sp: Record<string, string | undefined>; f: FuldmagtVisning }) {
  const anden = f.rolle === "giver" ? f.fuldmaegtigNavn : f.giverNavn;
  const tekst =
    sp.kvittering === "1"
      ? f.status === "anmodet"
        ? `Din anmodning er sendt til ${anden}. ${anden} får et brev i Digital Post og skal selv svare. Du får et brev, når ${anden} har svaret.`
        : `Fuldmagten er givet. Den gælder fra nu og til og med ${formatDato(f.sidsteDag)}. I får begge et brev i Digital Post.`
      : sp.besvaret === "ja"
        ? `Du har givet ${anden} fuldmagt til og med ${formatDato(f.sidsteDag)}. I får begge et brev.`
        : sp.besvaret === "nej"
          ? `Du har sagt nej. ${anden} kan ikke se dine data. I får begge et brev.`
          : sp.ophaevet === "1"
            ? `Fuldmagten er ophævet fra nu. I får begge et brev.`
            : null;
  if (!tekst) return null;
  return (
    <div className="alert alert-success" role="status">
      <div className="alert-body">
        <h2 className="alert-heading h4">Kvittering</h2>
        <p className="alert-text">{tekst}</p>
        <p className="alert-text">Referencenummer: {f.id.slice(0, 8).toUpperCase()}</p>
      </div>
    </div>
  );
}
