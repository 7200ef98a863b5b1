"use client";

import { useActionState } from "react";
import { beskrevetAf, Felt } from "@/app/_components/form/felt";
import { Fejlopsummering } from "@/app/_components/form/fejlopsummering";
import { skema } from "@/app/_components/form/skema";
import type { RettelseAdresse } from "@/lib/domain/rettelse";
import { gemSvar } from "../actions";

type Props = {
  noegle: string;
  /** The hidden fields that say what is corrected: `felt`, or `datum` and `sag`; or `kladde` when an answer is changed. */
  skjulte: Record<string, string>;
  betegnelse: string;
  /** Starting values: the draft's answers, or the registered value in "what is wrong". */
  start: Record<string, string>;
  adresse: boolean;
  /** Where the answers go: the citizen's own step 1, or a staff member preparing the request in an assisted session. */
  action?: typeof gemSvar;
  knap?: string;
};

const ADRESSEFELTER: { navn: keyof RettelseAdresse; label: string; hint?: string; bredde: string; autoComplete: string }[] = [
  { navn: "vejnavn", label: "Vejnavn", bredde: "input-width-l", autoComplete: "address-line1" },
  { navn: "husnr", label: "Husnummer", hint: "For eksempel 7B", bredde: "input-width-xs", autoComplete: "off" },
  { navn: "etage", label: "Etage (valgfri)", hint: "st, kl eller et tal", bredde: "input-width-xs", autoComplete: "off" },
  { navn: "doer", label: "Dør (valgfri)", hint: "th, tv, mf eller et nummer", bredde: "input-width-xs", autoComplete: "off" },
  { navn: "postnr", label: "Postnummer", bredde: "input-width-xs", autoComplete: "postal-code" },
  { navn: "postdistrikt", label: "By", bredde: "input-width-m", autoComplete: "address-level2" },
];

/** Step 1: what is wrong, what is right, why. Works without JavaScript; nothing typed is lost on an error. */
export function SvarForm({ noegle, skjulte, betegnelse, start, adresse, action: gem = gemSvar, knap = "Fortsæt" }: Props) {
  const [state, action, pending] = useActionState(gem, {});
  const { fejl: f, v, serverFejl } = skema(state, start);
  return (
    <form action={action} noValidate className="rettelse-form">
      <input type="hidden" name="noegle" value={noegle} />
      <input type="hidden" name="art" value={adresse ? "adresse" : "datum"} />
      {Object.entries(skjulte).map(([k, value]) => (
        <input key={k} type="hidden" name={k} value={value} />
      ))}
      <Fejlopsummering titel="Ret venligst det her" fejl={f} serverFejl={serverFejl} />
      <Felt id="hvadErForkert" label="Hvad er forkert?" hint={`Vi har skrevet det, der står om »${betegnelse}« nu. Ret teksten, så den siger, hvad der er forkert.`} fejl={f.hvadErForkert}>
        <textarea className="form-input" id="hvadErForkert" name="hvadErForkert" rows={3} defaultValue={v.hvadErForkert} aria-describedby={beskrevetAf("hvadErForkert", true, f.hvadErForkert)} />
      </Felt>
      {adresse ? (
        <fieldset className="rettelse-adresse">
          <legend className="form-label">Hvad er din rigtige adresse?</legend>
          <span className="form-hint">Vi har skrevet den adresse, der står i CPR nu. Ret det, der er forkert.</span>
          {ADRESSEFELTER.map((a) => (
            <Felt key={a.navn} id={a.navn} label={a.label} hint={a.hint} fejl={f[a.navn]}>
              <input type="text" className={`form-input ${a.bredde}`} id={a.navn} name={a.navn} defaultValue={v[a.navn]} autoComplete={a.autoComplete} aria-describedby={beskrevetAf(a.navn, Boolean(a.hint), f[a.navn])} />
            </Felt>
          ))}
        </fieldset>
      ) : (
        <Felt id="rigtigVaerdi" label="Hvad er det rigtige?" hint="Skriv det, der burde stå." fejl={f.rigtigVaerdi}>
          <input type="text" className="form-input input-width-xl" id="rigtigVaerdi" name="rigtigVaerdi" defaultValue={v.rigtigVaerdi} aria-describedby={beskrevetAf("rigtigVaerdi", true, f.rigtigVaerdi)} />
        </Felt>
      )}
      <Felt id="begrundelse" label="Hvorfor er det forkert?" hint="Fortæl, hvordan du ved det. For eksempel: »Det står i min lejekontrakt.« Du kan vedhæfte dokumenter på næste side." fejl={f.begrundelse}>
        <textarea className="form-input" id="begrundelse" name="begrundelse" rows={5} defaultValue={v.begrundelse} aria-describedby={beskrevetAf("begrundelse", true, f.begrundelse)} />
      </Felt>
      <button type="submit" className="button button-primary" disabled={pending}>
        {knap}
      </button>
    </form>
  );
}
