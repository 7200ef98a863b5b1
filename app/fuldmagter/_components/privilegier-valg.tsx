import { DELEGERBARE, privilegieTekst } from "@/lib/access/actions";

type Props = {
  legend: string;
  hint?: string;
  valgte: string[];
  fejl?: string;
  /** Only these may be chosen (approving a request: what was asked for). */
  kun?: string[];
};

/**
 * The privileges as a visible list of checkboxes, none ticked in advance: a fuldmagt is never
 * "everything" without the giver having seen what everything is.
 */
export function PrivilegierValg({ legend, hint, valgte, fejl, kun }: Props) {
  const liste = DELEGERBARE.filter((p) => !kun || kun.includes(p));
  return (
    <fieldset className={`form-group${fejl ? " form-error" : ""}`} aria-describedby={[hint ? "privilegier-hint" : null, fejl ? "privilegier-fejl" : null].filter(Boolean).join(" ") || undefined}>
      <legend className="form-label" id="privilegier">
        {legend}
      </legend>
      {hint && (
        <span className="form-hint" id="privilegier-hint">
          {hint}
        </span>
      )}
      {fejl && (
        <span className="form-error-message" id="privilegier-fejl">
          <span className="sr-only">Fejl: </span>
          {fejl}
        </span>
      )}
      {liste.map((p) => {
        const id = `privilegie-${p.replace(":", "-")}`;
        return (
          <div className="form-group-checkbox" key={p}>
            <input className="form-checkbox" type="checkbox" id={id} name="privilegier" value={p} defaultChecked={valgte.includes(p)} aria-describedby={`${id}-hint`} />
            <label className="form-label" htmlFor={id}>
              {privilegieTekst[p].titel}
            </label>
            <span className="form-hint" id={`${id}-hint`}>
              {privilegieTekst[p].forklaring}
            </span>
          </div>
        );
      })}
    </fieldset>
  );
}
