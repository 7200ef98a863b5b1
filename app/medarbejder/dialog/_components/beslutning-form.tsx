"use client";

import { useActionState } from "react";
import { gemDialogBeslutning, type FormState } from "../actions";
import { beskrevetAf, Felt } from "./felt";

type Props = { id: string; forslag: string; start: Record<string, string> };

export function BeslutningForm({ id, forslag, start }: Props) {
  const [state, action, pending] = useActionState<FormState, FormData>(gemDialogBeslutning, null);
  const v = { ...start, ...(state?.vaerdier ?? {}) };
  const f = state?.fejl ?? {};
  const felt = (navn: string, label: string, hint?: string, lang = false) => (
    <Felt id={navn} label={label} hint={hint} fejl={f[navn]}>
      {lang ? (
        <textarea className="form-input" id={navn} name={navn} rows={3} defaultValue={v[navn] ?? ""} aria-describedby={beskrevetAf(navn, !!hint, f[navn])} required />
      ) : (
        <input className="form-input" id={navn} name={navn} defaultValue={v[navn] ?? ""} aria-describedby={beskrevetAf(navn, !!hint, f[navn])} required />
      )}
    </Felt>
  );
  return (
    <form action={action} noValidate className="dialog-beslutning">
      <input type="hidden" name="id" value={id} />
      {state && Object.keys(f).length > 0 && (
        <div className="alert alert-error" role="alert">
          <div className="alert-body">
            <p className="alert-heading">Beslutningen blev ikke gemt</p>
            <p className="alert-text">Ret de felter, der er markeret.</p>
          </div>
        </div>
      )}
      <Felt id="forslag" label="Det forslag, I vil afprøve" hint="Udfyldt med forslaget med flest prikker – ret det, hvis I har besluttet noget andet." fejl={f.forslag}>
        <textarea className="form-input" id="forslag" name="forslag" rows={2} defaultValue={v.forslag ?? forslag} aria-describedby={beskrevetAf("forslag", true, f.forslag)} required />
      </Felt>
      {felt("hvorfor", "Hvorfor netop det forslag?", undefined, true)}
      {felt("ansvarlig", "Hvem er ansvarlig, og hvem deltager?")}
      {felt("afproevning", "Hvordan afprøver I det?", undefined, true)}
      <Felt id="afproevningSlut" label="Afprøvningen er færdig" fejl={f.afproevningSlut}>
        <input className="form-input input-width-s" type="date" id="afproevningSlut" name="afproevningSlut" defaultValue={v.afproevningSlut ?? ""} aria-describedby={beskrevetAf("afproevningSlut", false, f.afproevningSlut)} required />
      </Felt>
      <Felt id="opfoelgning" label="Dato for opfølgning" hint="Vises på medarbejderforsiden, indtil opfølgningen er markeret som gennemført." fejl={f.opfoelgning}>
        <input className="form-input input-width-s" type="date" id="opfoelgning" name="opfoelgning" defaultValue={v.opfoelgning ?? ""} aria-describedby={beskrevetAf("opfoelgning", true, f.opfoelgning)} required />
      </Felt>
      <button type="submit" className="button button-primary" disabled={pending}>
        Gem beslutningen og afslut dialogen
      </button>
    </form>
  );
}
