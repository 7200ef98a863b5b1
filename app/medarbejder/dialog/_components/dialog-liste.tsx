import Link from "next/link";
import type { listSessioner } from "@/lib/data/dialog";
import { visKode } from "@/lib/dialog/kode";
import { trinStatus } from "@/lib/dialog/trin";
import { formatDato } from "@/lib/format";
import { arkiverDialog } from "../actions";

type Session = Awaited<ReturnType<typeof listSessioner>>["aktive"][number];

/** The unit's dialogues, each with its state and a button that puts it in (or takes it out of) the archive. */
export function DialogListe({ sessioner, arkiv }: { sessioner: Session[]; arkiv: boolean }) {
  return (
    <ul className="bordered-list dialog-liste">
      {sessioner.map((s) => (
        <li key={s.id}>
          <h3 className="h4">
            <Link href={arkiv ? `/medarbejder/dialog/${s.id}/opsummering` : `/medarbejder/dialog/${s.id}`}>{s.emne}</Link>
          </h3>
          <p>
            {formatDato(s.dato)} · {trinStatus(s.trin)}
            {arkiv ? "" : ` · kode ${visKode(s.kode)}`} · {s.forventedeDeltagere} forventede deltagere · oprettet af {s.oprettetAfNavn}
          </p>
          <form action={arkiverDialog}>
            <input type="hidden" name="id" value={s.id} />
            <input type="hidden" name="arkiver" value={arkiv ? "nej" : "ja"} />
            <button type="submit" className="function-link">
              {arkiv ? "Hent tilbage fra arkivet" : "Arkivér"}
              <span className="sr-only">
                : {s.emne}, {formatDato(s.dato)}
              </span>
            </button>
          </form>
        </li>
      ))}
    </ul>
  );
}
