import type { hentBeslutning } from "@/lib/data/dialog";
import { formatDato } from "@/lib/format";

/** What the team decided, as a definition list. */
export function BeslutningVisning({ beslutning }: { beslutning: NonNullable<Awaited<ReturnType<typeof hentBeslutning>>> }) {
  return (
    <dl className="data-liste">
      <dt>Forslag</dt>
      <dd>{beslutning.forslag}</dd>
      <dt>Hvorfor</dt>
      <dd>{beslutning.hvorfor}</dd>
      <dt>Ansvarlig</dt>
      <dd>{beslutning.ansvarlig}</dd>
      <dt>Sådan afprøves det</dt>
      <dd>{beslutning.afproevning}</dd>
      <dt>Afprøvningen er færdig</dt>
      <dd>{formatDato(beslutning.afproevningSlut)}</dd>
      <dt>Opfølgning</dt>
      <dd>{formatDato(beslutning.opfoelgning)}</dd>
    </dl>
  );
}
