"use client";

import { useActionState } from "react";
import { skiftTilbage, vaelgHandlerFor } from "./actions";

/** One choice: act for the giver of a fuldmagt, or (without an id) go back to one's own data. */
export function HandlForKnap({ fuldmagtId, tekst }: { fuldmagtId?: string; tekst: string }) {
  const [state, action, pending] = useActionState(vaelgHandlerFor, {});
  if (!fuldmagtId) {
    return (
      <form action={skiftTilbage}>
        <button type="submit" className="button button-secondary">
          {tekst}
        </button>
      </form>
    );
  }
  return (
    <form action={action}>
      <input type="hidden" name="fuldmagtId" value={fuldmagtId} />
      {state.serverError && (
        <p className="form-error-message" role="alert">
          {state.serverError}
        </p>
      )}
      <button type="submit" className="button button-primary" disabled={pending}>
        {tekst}
      </button>
    </form>
  );
}
