"use client";

import { useActionState } from "react";
import { beskrevetAf, Felt } from "@/app/_components/form/felt";
import { Fejlopsummering } from "@/app/_components/form/fejlopsummering";
import { skema } from "@/app/_components/form/skema";
import { KILDER, OPBEVARING } from "@/lib/hentesamtykke/kilder";
import { samtykkeAction } from "../actions";

type Props = { id: string; noegle: string; formaal: string };

function Afkrydsning({ navn, kilde, valgte }: { navn: string; kilde: keyof typeof KILDER; valgte: string[] }) {
  return (
    <>
      {Object.entries(KILDER[kilde].felter).map(([felt, tekst]) => (
        <div className="form-group-checkbox" key={felt}>
          <input className="form-checkbox" type="checkbox" id={`${navn}-${felt}`} name={navn} value={felt} defaultChecked={valgte.includes(felt)} />
          <label htmlFor={`${navn}-${felt}`}>{tekst}</label>
        </div>
      ))}
    </>
  );
}

/** Ask the citizen for consent to fetch named fields, from where, why and for how long. */
export function SamtykkeForm({ id, noegle, formaal }: Props) {
  const [state, action, pending] = useActionState(samtykkeAction, {});
  const s = skema(state, { formaal, periodeFra: "2025-01", periodeTil: "2025-12", kilde: "eindkomst", opbevaring: "sag-5-aar" });
  const { fejl: f, v } = s;
  return (
    <form action={action} noValidate>
      <input type="hidden" name="noegle" value={noegle} />
      <input type="hidden" name="id" value={id} />
      <Fejlopsummering titel="Anmodningen er ikke sendt" fejl={f} serverFejl={s.serverFejl} felter={{ kilde: "kilde-eindkomst", indkomstFelter: "indkomstFelter-loenindkomst", pensionFelter: "pensionFelter-depotvaerdi" }} />
      <fieldset className={`form-group${f.kilde ? " form-error" : ""}`}>
        <legend className="form-label">Hvorfra?</legend>
        {(Object.keys(KILDER) as (keyof typeof KILDER)[]).map((k) => (
          <div className="form-group-radio" key={k}>
            <input className="form-radio" type="radio" id={`kilde-${k}`} name="kilde" value={k} defaultChecked={v.kilde === k} />
            <label htmlFor={`kilde-${k}`}>
              {KILDER[k].navn} – {KILDER[k].hvem}
            </label>
          </div>
        ))}
      </fieldset>
      <fieldset className={`form-group${f.indkomstFelter ? " form-error" : ""}`}>
        <legend className="form-label">Hvad fra eIndkomst?</legend>
        {f.indkomstFelter && <span className="form-error-message">{f.indkomstFelter}</span>}
        <Afkrydsning navn="indkomstFelter" kilde="eindkomst" valgte={s.valgte("indkomstFelter", ["loenindkomst"])} />
      </fieldset>
      <Felt id="periodeFra" label="Fra måned (eIndkomst)" hint="ÅÅÅÅ-MM" fejl={f.periodeFra}>
        <input type="text" className="form-input input-width-s" id="periodeFra" name="periodeFra" defaultValue={v.periodeFra} aria-describedby={beskrevetAf("periodeFra", true, f.periodeFra)} />
      </Felt>
      <Felt id="periodeTil" label="Til måned (eIndkomst)" hint="ÅÅÅÅ-MM" fejl={f.periodeTil}>
        <input type="text" className="form-input input-width-s" id="periodeTil" name="periodeTil" defaultValue={v.periodeTil} aria-describedby={beskrevetAf("periodeTil", true, f.periodeTil)} />
      </Felt>
      <fieldset className={`form-group${f.pensionFelter ? " form-error" : ""}`}>
        <legend className="form-label">Hvad fra pensionsselskabet?</legend>
        {f.pensionFelter && <span className="form-error-message">{f.pensionFelter}</span>}
        <Afkrydsning navn="pensionFelter" kilde="pension" valgte={s.valgte("pensionFelter")} />
      </fieldset>
      <Felt id="formaal" label="Hvorfor? (borgeren ser det)" hint="Skriv formålet i almindelige ord." fejl={f.formaal}>
        <textarea className="form-input" id="formaal" name="formaal" rows={3} defaultValue={v.formaal} aria-describedby={beskrevetAf("formaal", true, f.formaal)} />
      </Felt>
      <Felt id="opbevaring" label="Hvor længe gemmer kommunen oplysningerne?" fejl={f.opbevaring}>
        <select className="form-select" id="opbevaring" name="opbevaring" defaultValue={v.opbevaring} aria-describedby={beskrevetAf("opbevaring", false, f.opbevaring)}>
          {Object.entries(OPBEVARING).map(([k, t]) => (
            <option key={k} value={k}>
              {t}
            </option>
          ))}
        </select>
      </Felt>
      <button type="submit" className="button button-secondary" disabled={pending}>
        Bed borgeren om samtykke
      </button>
    </form>
  );
}
