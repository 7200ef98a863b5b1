import { formatAntal } from "@/lib/format";

const kb = (bytes: number) => `${formatAntal(Math.max(1, Math.round(bytes / 1024)))} KB`;

type Props = {
  bilag: { id: string; filnavn: string; stoerrelse: number }[];
  /** Where each file is opened; none while the draft is being written. */
  href?: (id: string) => string;
  /** A "Fjern" button per file, while the request is a draft. */
  fjern?: { action: (data: FormData) => Promise<unknown>; kladde: string };
};

/** Attached files by name and size; the name is shown as text, whatever it contains. */
export function BilagListe({ bilag, href, fjern }: Props) {
  return (
    <ul className="nobullet-list bilag-liste">
      {bilag.map((b) => (
        <li key={b.id}>
          {href ? <a href={href(b.id)}>{b.filnavn}</a> : <span>{b.filnavn}</span>} <span className="sag-meta">({kb(b.stoerrelse)})</span>
          {fjern && (
            <form action={fjern.action as (data: FormData) => Promise<void>} className="bilag-fjern">
              <input type="hidden" name="kladde" value={fjern.kladde} />
              <input type="hidden" name="bilag" value={b.id} />
              <button type="submit" className="function-link">
                Fjern<span className="sr-only"> {b.filnavn}</span>
              </button>
            </form>
          )}
        </li>
      ))}
    </ul>
  );
}
