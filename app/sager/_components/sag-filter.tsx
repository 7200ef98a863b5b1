import Link from "next/link";
import type { Emne } from "@/lib/domain/emne";
import { statusFilter, statusFilterTekst, type SagerQuery, type SagOversigt } from "@/lib/domain/sag";

/**
 * Filters as a plain GET form: it works without JavaScript, and the result is a URL the citizen
 * can bookmark. The topic list holds the topics of the sager shown plus the chosen one.
 */
export function SagFilter({ query, emner, sager }: { query: SagerQuery; emner: Emne[]; sager: SagOversigt[] }) {
  const valg = new Map<string, string>();
  for (const s of sager) valg.set(s.emne.kle, s.emne.titel);
  for (const e of emner) valg.set(e.kle, e.titel);
  if (query.emne && !valg.has(query.emne)) valg.set(query.emne, "Det valgte emne");
  const emneValg = [...valg.entries()].sort((a, b) => a[1].localeCompare(b[1], "da"));
  return (
    <form method="get" action="/sager" className="sag-filter" role="search" aria-label="Find sager">
      <div className="form-group">
        <label className="form-label" htmlFor="q">
          Søg i sagernes titler
        </label>
        <input className="form-input" type="search" id="q" name="q" defaultValue={query.q ?? ""} maxLength={100} />
      </div>
      <div className="form-group">
        <label className="form-label" htmlFor="status">
          Status
        </label>
        <select className="form-select" id="status" name="status" defaultValue={query.status ?? ""}>
          <option value="">Alle sager</option>
          {statusFilter.options.map((s) => (
            <option key={s} value={s}>
              {statusFilterTekst[s]}
            </option>
          ))}
        </select>
      </div>
      <div className="form-group">
        <label className="form-label" htmlFor="emne">
          Emne
        </label>
        <select className="form-select" id="emne" name="emne" defaultValue={query.emne ?? ""}>
          <option value="">Alle emner</option>
          {emneValg.map(([kle, titel]) => (
            <option key={kle} value={kle}>
              {titel}
            </option>
          ))}
        </select>
      </div>
      <div className="sag-filter-knapper">
        <button type="submit" className="button button-primary">
          Vis sager
        </button>
        {(query.q || query.status || query.emne) && <Link href="/sager">Nulstil søgningen</Link>}
      </div>
    </form>
  );
}
