"use client";

import { useActionState } from "react";
import { Fejlopsummering } from "@/app/_components/form/fejlopsummering";
import { sendAnmodning } from "../actions";

/** "Send anmodningen": sending the same draft twice sends it once. */
export function SendForm({ kladde }: { kladde: string }) {
  const [state, action, pending] = useActionState(sendAnmodning, {});
  return (
    <form action={action}>
      <input type="hidden" name="kladde" value={kladde} />
      <Fejlopsummering titel="Anmodningen blev ikke sendt" fejl={{}} serverFejl={state.serverError} />
      <button type="submit" className="button button-primary" disabled={pending}>
        Send anmodningen
      </button>
    </form>
  );
}
