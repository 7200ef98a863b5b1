"use client";

import { useActionState } from "react";
import { afvisForberedtAction, godkendForberedtAction } from "../actions";

/** "Godkend" and "Afvis" for one prepared action; a refusal (e.g. CPR not answering) shows right here. */
export function SvarKnapper({ id, titel }: { id: string; titel: string }) {
  const [ja, godkend, venterJa] = useActionState(godkendForberedtAction, {});
  const [nej, afvis, venterNej] = useActionState(afvisForberedtAction, {});
  const fejl = ja.serverError ?? nej.serverError;
  return (
    <>
      {fejl && (
        <p className="form-error-message" role="alert">
          {fejl}
        </p>
      )}
      <div className="dialog-knapper">
        <form action={godkend}>
          <input type="hidden" name="id" value={id} />
          <button type="submit" className="button button-primary" disabled={venterJa || venterNej}>
            Godkend<span className="sr-only">: {titel}</span>
          </button>
        </form>
        <form action={afvis}>
          <input type="hidden" name="id" value={id} />
          <button type="submit" className="button button-secondary" disabled={venterJa || venterNej}>
            Afvis<span className="sr-only">: {titel}</span>
          </button>
        </form>
      </div>
    </>
  );
}
