"use client";

import { useActionState } from "react";
import { afvisAnmodning, tilbagekaldFuldmagt } from "../actions";

/** One button that posts one fuldmagt id, and shows the Danish answer if nothing could be changed. */
function IdKnap({
  fuldmagtId,
  action,
  tekst,
  klasse,
}: {
  fuldmagtId: string;
  action: typeof afvisAnmodning | typeof tilbagekaldFuldmagt;
  tekst: string;
  klasse: string;
}) {
  const [state, formAction, pending] = useActionState(action, {});
  return (
    <form action={formAction}>
      <input type="hidden" name="fuldmagtId" value={fuldmagtId} />
      {state.serverError && (
        <div className="alert alert-error" role="alert">
          <div className="alert-body">
            <p className="alert-text">{state.serverError}</p>
          </div>
        </div>
      )}
      <button type="submit" className={`button ${klasse}`} disabled={pending}>
        {tekst}
      </button>
    </form>
  );
}

export function AfvisKnap({ fuldmagtId, navn }: { fuldmagtId: string; navn: string }) {
  return <IdKnap fuldmagtId={fuldmagtId} action={afvisAnmodning} tekst={`Sig nej til ${navn}`} klasse="button-secondary" />;
}

/** Revoking asks once more in a <details>, so it works without JavaScript and is never one slip away. */
export function TilbagekaldKnap({ fuldmagtId, tekst, forklaring }: { fuldmagtId: string; tekst: string; forklaring: string }) {
  return (
    <details className="tilbagekald">
      <summary>{tekst}</summary>
      <p>{forklaring}</p>
      <IdKnap fuldmagtId={fuldmagtId} action={tilbagekaldFuldmagt} tekst={`Ja, ${tekst.toLowerCase()} nu`} klasse="button-warning" />
    </details>
  );
}
