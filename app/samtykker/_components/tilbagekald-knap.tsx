"use client";

import { useActionState } from "react";
import { tilbagekaldSamtykke } from "../deling/actions";

/** Revoking asks once more in a <details>, so it works without JavaScript and is never one slip away. */
export function TilbagekaldSamtykkeKnap({ samtykkeId, modtager }: { samtykkeId: string; modtager: string }) {
  const [state, formAction, pending] = useActionState(tilbagekaldSamtykke, {});
  return (
    <details className="tilbagekald" open={Boolean(state.serverError)}>
      <summary>Træk samtykket tilbage</summary>
      <p>{modtager} kan ikke hente flere oplysninger om dig fra det øjeblik, du trykker. Du får et brev.</p>
      <form action={formAction}>
        <input type="hidden" name="samtykkeId" value={samtykkeId} />
        {state.serverError && (
          <div className="alert alert-error" role="alert">
            <div className="alert-body">
              <p className="alert-text">{state.serverError}</p>
            </div>
          </div>
        )}
        <button type="submit" className="button button-warning" disabled={pending}>
          Ja, træk samtykket tilbage nu
        </button>
      </form>
    </details>
  );
}
