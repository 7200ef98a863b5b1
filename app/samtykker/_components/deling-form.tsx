"use client";

import { useActionState } from "react";
import { Fejlopsummering } from "@/app/_components/form/fejlopsummering";
import { beskrevetAf, Felt } from "@/app/_components/form/felt";
import { skema } from "@/app/_components/form/skema";
import { SkjulteSvar } from "@/app/fuldmagter/_components/skjulte-svar";
import { FORMAAL, KATEGORIER, MAKS_DAGE, type Kategori } from "@/lib/samtykke/kategorier";
import { givSamtykke } from "../deling/actions";
import { SamtykkeFakta } from "./samtykke-fakta";

type Props = {
  noegle: string;
  modtagere: { klientId: string; navn: string; cvr: string }[];
  aar: number[];
  minDato: string;
  maksDato: string;
  /** A recipient chosen in advance (e.g. from the bank's own page). */
  modtager?: string;
};

function Valg({ navn, legend, fejl, children, hint }: { navn: string; legend: string; fejl?: string; hint?: string; children: React.ReactNode }) {
  return (
    <fieldset className={`form-group${fejl ? " form-error" : ""}`} aria-describedby={[hint ? `${navn}-hint` : null, fejl ? `${navn}-fejl` : null].filter(Boolean).join(" ") || undefined}>
      <legend className="form-label" id={navn}>
        {legend}
      </legend>
      {hint && (
        <span className="form-hint" id={`${navn}-hint`}>
          {hint}
        </span>
      )}
      {fejl && (
        <span className="form-error-message" id={`${navn}-fejl`}>
          <span className="sr-only">Fejl: </span>
          {fejl}
        </span>
      )}
      {children}
    </fieldset>
  );
}

/**
 * Give a third party a samtykke: who, for what, which data, how long; then "Tjek dine svar", then
 * the samtykke's page with a receipt. Plain form posts throughout, so it works without JavaScript.
 */
export function DelingForm({ noegle, modtagere, aar, minDato, maksDato, modtager }: Props) {
  const [state, action, pending] = useActionState(givSamtykke, {});
  const s = skema(state, modtager ? { modtager } : {});
  const { fejl: f, v } = s;
  const tjek = state.data && "opsummering" in state.data ? state.data : null;

  if (tjek) {
    return (
      <form action={action}>
        <h2>Tjek dine svar</h2>
        <SamtykkeFakta {...tjek.opsummering} />
        <p>Du får et brev i Digital Post om samtykket. Du kan trække det tilbage når som helst under Samtykker.</p>
        <SkjulteSvar svar={tjek.svar} />
        <div className="knap-raekke">
          <button type="submit" name="trin" value="bekraeft" className="button button-primary" disabled={pending}>
            Giv samtykket
          </button>
          <button type="submit" name="trin" value="ret" className="button button-secondary" disabled={pending}>
            Ret svarene
          </button>
        </div>
      </form>
    );
  }

  // Nothing is ticked in advance: consent is given by ticking, never by leaving a box as it was.
  const valgte = s.valgte("kategorier");
  return (
    <form action={action} noValidate>
      <Fejlopsummering titel="Ret det, der er markeret" fejl={f} serverFejl={s.serverFejl} raekkefoelge={["modtager", "formaal", "kategorier", "aar", "varighed", "gyldigTil"]} />
      <input type="hidden" name="noegle" value={noegle} />
      <input type="hidden" name="trin" value="tjek" />
      <Valg navn="modtager" legend="Hvem skal have oplysningerne?" fejl={f.modtager}>
        {modtagere.map((m) => (
          <div className="form-group-radio" key={m.klientId}>
            <input className="form-radio" type="radio" id={`modtager-${m.klientId}`} name="modtager" value={m.klientId} defaultChecked={v.modtager === m.klientId} />
            <label className="form-label" htmlFor={`modtager-${m.klientId}`}>
              {m.navn} (CVR {m.cvr})
            </label>
          </div>
        ))}
      </Valg>
      <Valg navn="formaal" legend="Hvad skal oplysningerne bruges til?" fejl={f.formaal}>
        {Object.entries(FORMAAL).map(([key, { titel }]) => (
          <div className="form-group-radio" key={key}>
            <input className="form-radio" type="radio" id={`formaal-${key}`} name="formaal" value={key} defaultChecked={v.formaal === key} />
            <label className="form-label" htmlFor={`formaal-${key}`}>
              {titel}
            </label>
          </div>
        ))}
      </Valg>
      <Valg navn="kategorier" legend="Hvilke oplysninger må de hente?" hint="Vælg kun det, der er brug for." fejl={f.kategorier}>
        {(Object.keys(KATEGORIER) as Kategori[]).map((k) => (
          <div className="form-group-checkbox" key={k}>
            <input className="form-checkbox" type="checkbox" id={`kategori-${k}`} name="kategorier" value={k} defaultChecked={valgte.includes(k)} aria-describedby={`kategori-${k}-hint`} />
            <label className="form-label" htmlFor={`kategori-${k}`}>
              {KATEGORIER[k].titel}
            </label>
            <span className="form-hint" id={`kategori-${k}-hint`}>
              {KATEGORIER[k].forklaring}
            </span>
          </div>
        ))}
      </Valg>
      <Felt id="aar" label="Udbetalinger fra hvilket år?" hint="Kun hvis du har valgt udbetalinger." fejl={f.aar}>
        <select className="form-select input-width-xs" id="aar" name="aar" defaultValue={v.aar ?? ""} aria-describedby={beskrevetAf("aar", true, f.aar)}>
          <option value="">Vælg år</option>
          {aar.map((a) => (
            <option key={a} value={a}>
              {a}
            </option>
          ))}
        </select>
      </Felt>
      <Valg navn="varighed" legend="Hvor længe skal samtykket gælde?" fejl={f.varighed}>
        <div className="form-group-radio">
          <input className="form-radio" type="radio" id="varighed-engangs" name="varighed" value="engangs" defaultChecked={v.varighed === "engangs"} aria-describedby="varighed-engangs-hint" />
          <label className="form-label" htmlFor="varighed-engangs">
            Én gang
          </label>
          <span className="form-hint" id="varighed-engangs-hint">
            Modtageren kan hente oplysningerne én gang inden for 14 dage. Derefter er samtykket brugt.
          </span>
        </div>
        <div className="form-group-radio">
          <input className="form-radio" type="radio" id="varighed-loebende" name="varighed" value="loebende" defaultChecked={v.varighed === "loebende"} aria-describedby="varighed-loebende-hint" />
          <label className="form-label" htmlFor="varighed-loebende">
            I en periode
          </label>
          <span className="form-hint" id="varighed-loebende-hint">
            Modtageren kan hente oplysningerne igen, indtil perioden slutter – højst {MAKS_DAGE} dage.
          </span>
        </div>
      </Valg>
      <Felt id="gyldigTil" label="Hvornår skal samtykket slutte?" hint={`Kun hvis det gælder i en periode. Det gælder til og med den dag, højst ${MAKS_DAGE} dage frem.`} fejl={f.gyldigTil}>
        <input className="form-input input-width-s" type="date" id="gyldigTil" name="gyldigTil" min={minDato} max={maksDato} defaultValue={v.gyldigTil ?? ""} aria-describedby={beskrevetAf("gyldigTil", true, f.gyldigTil)} />
      </Felt>
      <button type="submit" className="button button-primary" disabled={pending}>
        Fortsæt
      </button>
    </form>
  );
}
