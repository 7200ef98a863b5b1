"use client";

import { useActionState } from "react";
import { Fejlopsummering } from "@/app/_components/form/fejlopsummering";
import { hentIgenAction } from "../actions";

/** Fetch again under the consent; refused with the reason once it is withdrawn or lapsed. */
export function HentIgenForm({ id, noegle }: { id: string; noegle: string }) {
  const [state, action, pending] = useActionState(hentIgenAction, {});
  return (
    <form action={action}>
      <input type="hidden" name="noegle" value={noegle} />
      <input type="hidden" name="id" value={id} />
      <Fejlopsummering titel="Der blev ikke hentet noget" fejl={{}} serverFejl={state.serverError} />
      <button type="submit" className="button button-secondary" disabled={pending}>
        Hent oplysningerne igen
      </button>
    </form>
  );
}
