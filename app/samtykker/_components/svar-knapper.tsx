"use client";

import { useActionState } from "react";
import { Fejlopsummering } from "@/app/_components/form/fejlopsummering";
import { samtykkeSvar } from "../actions";

/** Yes and no as two equal buttons (withdrawing is as easy as giving, GDPR art. 7(3)). */
export function SvarKnapper({ id, tilbagekald }: { id: string; tilbagekald?: boolean }) {
  const [state, action, pending] = useActionState(samtykkeSvar, {});
  return (
    <form action={action} className="samtykke-svar">
      <input type="hidden" name="id" value={id} />
      <Fejlopsummering titel="Dit svar er ikke gemt" fejl={{}} serverFejl={state.serverError} />
      {tilbagekald ? (
        <button type="submit" name="svar" value="tilbagekald" className="button button-secondary" disabled={pending}>
          Træk samtykket tilbage
        </button>
      ) : (
        <>
          <button type="submit" name="svar" value="ja" className="button button-primary" disabled={pending}>
            Ja, jeg giver samtykke
          </button>
          <button type="submit" name="svar" value="nej" className="button button-secondary" disabled={pending}>
            Nej tak
          </button>
        </>
      )}
    </form>
  );
}
