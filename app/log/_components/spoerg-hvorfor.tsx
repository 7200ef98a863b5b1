"use client";

import { useActionState, useId } from "react";
import { spoergHvorforAction } from "../actions";

/**
 * A native <details> form: it works without JavaScript, and shows errors inline with it. Every
 * entry has one, so each is named after its entry (`hvad`) for screen readers.
 */
export function SpoergHvorfor({ logpostId, filter, hvad }: { logpostId: string; filter: string; hvad: string }) {
  const [state, action, pending] = useActionState(spoergHvorforAction, {});
  const id = useId();
  const fejl = state.validationErrors?.fejl.tekst ?? state.validationErrors?.fejl.logpostId ?? state.serverError;
  return (
    <details className="spoerg-hvorfor">
      <summary>
        Spørg hvorfor<span className="sr-only">: {hvad}</span>
      </summary>
      <form action={action} aria-label={`Spørg hvorfor: ${hvad}`}>
        <input type="hidden" name="logpostId" value={logpostId} />
        <input type="hidden" name="filter" value={filter} />
        <div className={`form-group${fejl ? " form-error" : ""}`}>
          <label className="form-label" htmlFor={`${id}-tekst`}>
            Dit spørgsmål (du kan også lade feltet være tomt)
          </label>
          {fejl && (
            <span className="form-error-message" id={`${id}-fejl`}>
              <span className="sr-only">Fejl: </span>
              {fejl}
            </span>
          )}
          <textarea
            className="form-input"
            id={`${id}-tekst`}
            name="tekst"
            rows={3}
            maxLength={1000}
            aria-describedby={fejl ? `${id}-fejl` : undefined}
          />
        </div>
        <button type="submit" className="button button-secondary" disabled={pending}>
          Send spørgsmålet<span className="sr-only">: {hvad}</span>
        </button>
      </form>
    </details>
  );
}
