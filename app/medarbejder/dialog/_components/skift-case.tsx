import { DILEMMAKORT, PAA_KONENS_VEGNE } from "@/lib/dialog/dilemmaer";
import { skiftCase } from "../actions";

/** Swap the case before or while it is read aloud. */
export function SkiftCase({ id, caseValg, egenCase, fejl }: { id: string; caseValg: string; egenCase: string | null; fejl: boolean }) {
  return (
    <details className="dialog-skift-case" open={fejl}>
      <summary>Skift case eller skriv jeres egen</summary>
      <form action={skiftCase}>
        <input type="hidden" name="id" value={id} />
        {fejl && (
          <p className="form-error-message" role="alert">
            Vælg en case, eller skriv jeres egen på mindst 20 tegn.
          </p>
        )}
        <div className="form-group">
          <label className="form-label" htmlFor="caseValg">
            Case
          </label>
          <select className="form-select" id="caseValg" name="caseValg" defaultValue={caseValg}>
            <option value={PAA_KONENS_VEGNE.id}>Dilemmaet »{PAA_KONENS_VEGNE.titel}«</option>
            {DILEMMAKORT.map((k) => (
              <option key={k.id} value={k.id}>
                Dilemmakort {k.nr}: {k.tema}
              </option>
            ))}
            <option value="egen">Vores egen case</option>
          </select>
        </div>
        <div className="form-group">
          <label className="form-label" htmlFor="egenCase">
            Jeres egen case
          </label>
          <span className="form-hint" id="egenCase-hint">
            Skriv ikke navne eller CPR-numre på rigtige borgere.
          </span>
          <textarea className="form-input dialog-bred" id="egenCase" name="egenCase" rows={4} defaultValue={egenCase ?? ""} aria-describedby="egenCase-hint" />
        </div>
        <button type="submit" className="button button-secondary">
          Brug casen
        </button>
      </form>
    </details>
  );
}
