"use client";

import { useActionState } from "react";
import { Fejlopsummering } from "@/app/_components/form/fejlopsummering";
import { beskrevetAf, Felt } from "@/app/_components/form/felt";
import { Foedselsdato } from "@/app/_components/form/foedselsdato";
import { skema } from "@/app/_components/form/skema";
import { PrivilegierValg } from "@/app/fuldmagter/_components/privilegier-valg";
import { genitiv } from "@/lib/format";
import { forberedFuldmagtAction } from "../actions";

type Props = { borgerNavn: string; noegle: string; minDato: string; maksDato: string };

/**
 * A fuldmagt made ready at the counter: the citizen gives one, or asks someone for one. Nothing
 * is created here; the citizen confirms it on their own forside.
 */
export function ForberedFuldmagt({ borgerNavn, noegle, minDato, maksDato }: Props) {
  const [state, action, pending] = useActionState(forberedFuldmagtAction, {});
  const s = skema(state);
  const { fejl: f, v } = s;
  if (state.data) {
    return (
      <div className="alert alert-success" role="status">
        <div className="alert-body">
          <h3 className="alert-heading h4">Klar til {borgerNavn}</h3>
          <p className="alert-text">
            »{state.data.titel}« venter nu på {genitiv(borgerNavn)} forside. Der sker ikke noget, før {borgerNavn} selv godkender den.
          </p>
          <p className="alert-text">
            {/* A full load: the form comes back empty, with a new key. */}
            <a href="/medarbejder/hjaelp#forbered">Gør en fuldmagt mere klar</a>
          </p>
        </div>
      </div>
    );
  }
  const rolle = v.rolle ?? "giver";
  return (
    <form action={action} noValidate>
      <Fejlopsummering titel="Fuldmagten er ikke gjort klar" fejl={f} serverFejl={s.serverFejl} felter={{ rolle: "rolle-giver", dag: "dag", privilegier: "privilegier" }} />
      <input type="hidden" name="noegle" value={noegle} />
      <fieldset className={`form-group${f.rolle ? " form-error" : ""}`}>
        <legend className="form-label">Hvad vil {borgerNavn}?</legend>
        {[
          ["giver", `Give en anden fuldmagt til at hjælpe ${borgerNavn}`],
          ["anmoder", `Bede en anden om fuldmagt, så ${borgerNavn} kan hjælpe den anden`],
        ].map(([vaerdi, tekst]) => (
          <div className="form-group-radio" key={vaerdi}>
            <input className="form-radio" type="radio" id={`rolle-${vaerdi}`} name="rolle" value={vaerdi} defaultChecked={rolle === vaerdi} />
            <label htmlFor={`rolle-${vaerdi}`}>{tekst}</label>
          </div>
        ))}
      </fieldset>
      <Felt id="navn" label="Den andens fulde navn" hint="Som det står i Folkeregisteret, fx Ole Jensen." fejl={f.navn}>
        <input className="form-input" type="text" id="navn" name="navn" autoComplete="off" maxLength={100} defaultValue={v.navn ?? ""} aria-describedby={beskrevetAf("navn", true, f.navn)} />
      </Felt>
      <Foedselsdato legend="Den andens fødselsdato" v={v} fejl={f} />
      <PrivilegierValg legend="Hvad skal fuldmagten gælde?" hint="Vælg kun det, der er brug for." valgte={s.valgte("privilegier")} fejl={f.privilegier} />
      <Felt id="gyldigTil" label="Hvornår skal fuldmagten slutte?" hint="Højst 5 år frem. Den gælder til og med den dag." fejl={f.gyldigTil}>
        <input className="form-input input-width-s" type="date" id="gyldigTil" name="gyldigTil" min={minDato} max={maksDato} defaultValue={v.gyldigTil ?? ""} aria-describedby={beskrevetAf("gyldigTil", true, f.gyldigTil)} />
      </Felt>
      <button type="submit" className="button button-primary" disabled={pending}>
        Gør klar til {borgerNavn}
      </button>
    </form>
  );
}
