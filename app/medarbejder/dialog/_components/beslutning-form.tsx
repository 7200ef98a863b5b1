"use client";

import { useActionState } from "react";
import { Fejlopsummering } from "@/app/_components/form/fejlopsummering";
import { skema } from "@/app/_components/form/skema";
import { gemDialogBeslutning } from "../actions";
import { beskrevetAf, Felt } from "@/app/_components/form/felt";

type Props = { id: string; forslag: string; start: Record<string, string> };

export function BeslutningForm({ id, forslag, start }: Props) {
  const [state, action, pending] = useActionState(gemDialogBeslutning, {});
  const s = skema(state, start);
  const { fejl: f, v } = s;
  const felt = (navn: string, label: string, hint?: string, lang = false) => (
    <Felt id={navn} label={label} hint={hint} fejl={f[navn]}>
      {lang ? (
        <textarea className="form-input" id={navn} name={navn} rows={3} defaultValue={v[navn] ?? ""} aria-describedby={beskrevetAf(navn, !!hint, f[navn])} required />
      ) : (
        <input className="form-input" type="text" id={navn} name={navn} defaultValue={v[navn] ?? ""} aria-describedby={beskrevetAf(navn, !!hint, f[navn])} required />
      )}
    </Felt>
  );
  return (
    <form action={action} noValidate className="dialog-beslutning">
      <input type="hidden" name="id" value={id} />
      <Fejlopsummering titel="Beslutningen blev ikke gemt" fejl={f} serverFejl={s.serverFejl} />
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
