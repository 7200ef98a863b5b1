"use client";

import { useActionState } from "react";
import { Fejlopsummering } from "@/app/_components/form/fejlopsummering";
import { FIL_FOR_STOR, FilFelt, useFilTjek } from "@/app/_components/form/fil-felt";
import { skema } from "@/app/_components/form/skema";
import { tilfoejBilagAction } from "../actions";

/** Step 2's upload: one file per submit, so a refused file costs nothing else. */
export function BilagForm({ noegle, kladde, forStor }: { noegle: string; kladde: string; forStor: boolean }) {
  const [state, action, pending] = useActionState(tilfoejBilagAction, {});
  const tjek = useFilTjek(true);
  const s = skema(state);
  const sendt = Boolean(state.validationErrors || state.serverError);
  const filFejl = tjek.fejl ?? s.fejl.fil ?? (forStor && !sendt ? FIL_FOR_STOR : undefined);
  const fejl: Record<string, string> = { ...s.fejl, ...(filFejl ? { fil: filFejl } : {}) };
  return (
    <form action={action} encType="multipart/form-data" noValidate onSubmit={tjek.onSubmit}>
      <input type="hidden" name="noegle" value={noegle} />
      <input type="hidden" name="kladde" value={kladde} />
      <Fejlopsummering titel="Filen blev ikke vedhæftet" fejl={fejl} serverFejl={s.serverFejl} />
      <FilFelt label="Vælg en fil" fejl={fejl.fil} />
      <button type="submit" className="button button-secondary" disabled={pending}>
        Vedhæft filen
      </button>
    </form>
  );
}
