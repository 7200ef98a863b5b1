"use client";

import { useActionState } from "react";
import { beskrevetAf, Felt } from "@/app/_components/form/felt";
import { Fejlopsummering } from "@/app/_components/form/fejlopsummering";
import { skema } from "@/app/_components/form/skema";
import type { RettelseAdresse } from "@/lib/domain/rettelse";
import { afgoerAction } from "../actions";

type Props = { id: string; noegle: string; rigtigVaerdi: string; adresse: RettelseAdresse | null };

const VALG = [
  { v: "rettet", t: "Ret oplysningen", h: "Den gamle værdi markeres som forkert i fagsystemet, og den nye tilføjes. Intet slettes." },
  { v: "indsigelse-noteret", t: "Behold oplysningen, men notér borgerens indsigelse", h: "Brug det, når oplysningen er en faglig vurdering." },
  { v: "afslag", t: "Afslå at rette oplysningen", h: "Borgeren får begrundelsen og vejledning om at klage til Datatilsynet." },
];

const ADRESSE: { n: keyof RettelseAdresse; l: string }[] = [
  { n: "vejnavn", l: "Vejnavn" },
  { n: "husnr", l: "Husnummer" },
  { n: "etage", l: "Etage" },
  { n: "doer", l: "Dør" },
  { n: "postnr", l: "Postnummer" },
  { n: "postdistrikt", l: "By" },
];

/** One decision with a reason the citizen reads; the proposed value starts as what the citizen wrote. */
export function AfgoerForm({ id, noegle, rigtigVaerdi, adresse }: Props) {
  const [state, action, pending] = useActionState(afgoerAction, {});
  const start: Record<string, string> = adresse ? { ...adresse, etage: adresse.etage ?? "", doer: adresse.doer ?? "" } : { nyVaerdi: rigtigVaerdi };
  const { fejl: f, v, serverFejl } = skema(state, start);
  const valgt = v.beslutning;
  return (
    <form action={action} noValidate>
      <input type="hidden" name="noegle" value={noegle} />
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="art" value={adresse ? "adresse" : "datum"} />
      <Fejlopsummering titel="Afgørelsen er ikke gemt" fejl={f} serverFejl={serverFejl} felter={{ beslutning: "beslutning-rettet" }} />
      <fieldset className={`form-group${f.beslutning ? " form-error" : ""}`} aria-describedby={f.beslutning ? "beslutning-fejl" : undefined}>
        <legend className="form-label">Hvad vil du gøre?</legend>
        {f.beslutning && (
          <span className="form-error-message" id="beslutning-fejl">
            <span className="sr-only">Fejl: </span>
            {f.beslutning}
          </span>
        )}
        {VALG.map((o) => (
          <div className="form-group-radio" key={o.v}>
            <input className="form-radio" type="radio" id={`beslutning-${o.v}`} name="beslutning" value={o.v} defaultChecked={valgt === o.v} aria-describedby={`beslutning-${o.v}-hint`} />
            <label htmlFor={`beslutning-${o.v}`}>{o.t}</label>
            <span className="form-hint" id={`beslutning-${o.v}-hint`}>
              {o.h}
            </span>
          </div>
        ))}
      </fieldset>
      {adresse ? (
        <fieldset className="rettelse-adresse">
          <legend className="form-label">Ny adresse (bruges kun, hvis du retter)</legend>
          {ADRESSE.map((a) => (
            <Felt key={a.n} id={a.n} label={a.l} fejl={f[a.n]}>
              <input type="text" className="form-input input-width-m" id={a.n} name={a.n} defaultValue={v[a.n]} aria-describedby={beskrevetAf(a.n, false, f[a.n])} />
            </Felt>
          ))}
        </fieldset>
      ) : (
        <Felt id="nyVaerdi" label="Ny værdi (bruges kun, hvis du retter)" hint="Borgerens forslag står i feltet. Ret det, hvis det skal stå anderledes." fejl={f.nyVaerdi}>
          <input type="text" className="form-input input-width-xl" id="nyVaerdi" name="nyVaerdi" defaultValue={v.nyVaerdi} aria-describedby={beskrevetAf("nyVaerdi", true, f.nyVaerdi)} />
        </Felt>
      )}
      <Felt id="begrundelse" label="Begrundelse" hint="Borgeren ser begrundelsen i Mine Data og i brevet." fejl={f.begrundelse}>
        <textarea className="form-input" id="begrundelse" name="begrundelse" rows={4} defaultValue={v.begrundelse} aria-describedby={beskrevetAf("begrundelse", true, f.begrundelse)} />
      </Felt>
      <button type="submit" className="button button-primary" disabled={pending}>
        Gem afgørelsen og send brev
      </button>
    </form>
  );
}
