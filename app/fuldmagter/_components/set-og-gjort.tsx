import { handlingSaetning, type Action } from "@/lib/access/actions";
import type { SetOgGjort } from "@/lib/data/fuldmagter";
import { formatDato } from "@/lib/format";

const tid = new Intl.DateTimeFormat("da-DK", { hour: "2-digit", minute: "2-digit", timeZone: "Europe/Copenhagen" });

/** Everything the holder saw and did under this fuldmagt, newest first, from the giver's log. */
export function SetOgGjortListe({ poster, navn }: { poster: SetOgGjort[]; navn: string }) {
  if (poster.length === 0) return <p>{navn} har ikke set eller gjort noget for dig endnu.</p>;
  return (
    <ul className="bordered-list log-liste">
      {poster.map((p) => (
        <li key={p.id}>
          <p className="sag-meta">
            {formatDato(p.tidspunkt)} kl. {tid.format(new Date(p.tidspunkt))}
          </p>
          <p>
            {navn} {handlingSaetning[p.kategori as Action] ?? "så dine data"}: {p.objekt}
          </p>
        </li>
      ))}
    </ul>
  );
}
