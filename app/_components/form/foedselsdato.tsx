import { beskrevetAf } from "./felt";

type Props = {
  /** Field name prefix: "" gives dag/maaned/aar, "giver" gives giverDag/giverMaaned/giverAar. */
  prefix?: string;
  legend: string;
  v: Record<string, string | undefined>;
  fejl: Record<string, string>;
};

const navn = (prefix: string, felt: "dag" | "maaned" | "aar") => (prefix ? `${prefix}${felt[0]!.toUpperCase()}${felt.slice(1)}` : felt);

/**
 * A birth date as three fields, DKFDS's date input: a date people know by heart is typed, not
 * picked from a calendar. One error message for the group, tied to each field.
 */
export function Foedselsdato({ prefix = "", legend, v, fejl }: Props) {
  const felter = (["dag", "maaned", "aar"] as const).map((f) => navn(prefix, f));
  const besked = felter.map((f) => fejl[f]).find(Boolean);
  const fejlId = `${felter[0]}-fejl`;
  const hintId = `${felter[0]}-hint`;
  return (
    <fieldset className={`form-group${besked ? " form-error" : ""}`} aria-describedby={beskrevetAf(felter[0]!, true, besked)}>
      <legend className="form-label">{legend}</legend>
      <span className="form-hint" id={hintId}>
        For eksempel 5 7 1942
      </span>
      {besked && (
        <span className="form-error-message" id={fejlId}>
          <span className="sr-only">Fejl: </span>
          {besked}
        </span>
      )}
      <div className="date-group">
        {(
          [
            ["Dag", felter[0]!, "form-group-day", 2],
            ["Måned", felter[1]!, "form-group-month", 2],
            ["År", felter[2]!, "form-group-year", 4],
          ] as const
        ).map(([label, id, cls, laengde]) => (
          <div className={`form-group ${cls}`} key={id}>
            <label className="form-label" htmlFor={id}>
              {label}
            </label>
            <input
              className={`form-input${fejl[id] ? " form-input-error" : ""}`}
              id={id}
              name={id}
              type="text"
              inputMode="numeric"
              autoComplete="off"
              maxLength={laengde}
              defaultValue={v[id] ?? ""}
              aria-invalid={fejl[id] ? true : undefined}
            />
          </div>
        ))}
      </div>
    </fieldset>
  );
}
