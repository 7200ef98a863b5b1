"use client";

import { useActionState } from "react";
import { beskrevetAf, Felt } from "@/app/_components/form/felt";
import { Fejlopsummering } from "@/app/_components/form/fejlopsummering";
import { FIL_FOR_STOR, FilFelt, useFilTjek } from "@/app/_components/form/fil-felt";
import { skema } from "@/app/_components/form/skema";
import { tilfoejAction } from "./actions";

export function TilfoejForm({ sag, noegle, forStor }: { sag: string; noegle: string; forStor: boolean }) {
  const [state, action, pending] = useActionState(tilfoejAction, {});
  const tjek = useFilTjek(false);
  const s = skema(state);
  const sendt = Boolean(state.validationErrors || state.serverError);
  const filFejl = tjek.fejl ?? s.fejl.fil ?? (forStor && !sendt ? `${FIL_FOR_STOR} Skriv din tekst igen, og vælg en mindre fil.` : undefined);
  const fejl: Record<string, string> = { ...s.fejl, ...(filFejl ? { fil: filFejl } : {}) };
  return (
    <form action={action} encType="multipart/form-data" noValidate onSubmit={tjek.onSubmit}>
      <input type="hidden" name="noegle" value={noegle} />
      <input type="hidden" name="sag" value={sag} />
      <Fejlopsummering titel="Det blev ikke tilføjet" fejl={fejl} serverFejl={s.serverFejl} />
      <Felt id="tekst" label="Hvad vil du fortælle sagsbehandleren?" hint="For eksempel en oplysning, der mangler, eller hvad et dokument viser." fejl={fejl.tekst}>
        <textarea className="form-input" id="tekst" name="tekst" rows={6} defaultValue={s.v.tekst} aria-describedby={beskrevetAf("tekst", true, fejl.tekst)} />
      </Felt>
      <FilFelt label="Dokument (valgfrit)" fejl={fejl.fil} />
      <button type="submit" className="button button-primary" disabled={pending}>
        Tilføj til sagen
      </button>
    </form>
  );
}
