"use client";

import { useActionState } from "react";
import { nyKodeAction } from "../actions";
import { KodeVisning } from "./kode-visning";

/** A code is shown only once; if it was lost or not used in time, this makes a new one for the same choices. */
export function NyKode({ id }: { id: string }) {
  const [state, action, pending] = useActionState(nyKodeAction, {});
  if (state.data?.ok) return <KodeVisning kode={state.data.kode} kodeUdloeber={state.data.kodeUdloeber} />;
  return (
    <form action={action}>
      <input type="hidden" name="id" value={id} />
      {state.serverError && (
        <p className="form-error-message" role="alert">
          {state.serverError}
        </p>
      )}
      <button type="submit" className="button button-primary" disabled={pending}>
        Lav en ny kode
      </button>
    </form>
  );
}
