"use client";

import { useActionState } from "react";
import { STANDARD_EMNE, STANDARD_MINUTTER } from "@/lib/dialog/drejebog";
import { Fejlopsummering } from "@/app/_components/form/fejlopsummering";
import { skema } from "@/app/_components/form/skema";
import { opretDialog } from "../actions";
import { beskrevetAf, Felt } from "@/app/_components/form/felt";

type Props = { iDag: string; cases: { id: string; titel: string }[]; valgtCase?: string; noegle: string };

export function OpretForm({ iDag, cases, valgtCase, noegle }: Props) {
  const [state, action, pending] = useActionState(opretDialog, {});
  const s = skema(state);
  const { fejl: f, v } = s;
  return (
    <form action={action} noValidate className="dialog-opret">
      <input type="hidden" name="noegle" value={noegle} />
      <Fejlopsummering titel="Dialogen blev ikke oprettet" fejl={f} serverFejl={s.serverFejl} />
      <Felt id="emne" label="Emne" fejl={f.emne}>
        <input className="form-input input-width-xl" type="text" id="emne" name="emne" defaultValue={v.emne ?? STANDARD_EMNE} aria-describedby={beskrevetAf("emne", false, f.emne)} required />
      </Felt>
      <Felt id="dato" label="Dato" fejl={f.dato}>
        <input className="form-input input-width-s" type="date" id="dato" name="dato" defaultValue={v.dato ?? iDag} aria-describedby={beskrevetAf("dato", false, f.dato)} required />
      </Felt>
      <Felt id="forventedeDeltagere" label="Forventet antal deltagere" hint="Mellem 4 og 20." fejl={f.forventedeDeltagere}>
        <input
          className="form-input input-width-xs"
          type="number"
          inputMode="numeric"
          min={4}
          max={20}
          id="forventedeDeltagere"
          name="forventedeDeltagere"
          defaultValue={v.forventedeDeltagere ?? "8"}
          aria-describedby={beskrevetAf("forventedeDeltagere", true, f.forventedeDeltagere)}
          required
        />
      </Felt>
      <Felt id="caseValg" label="Case til trin 1" hint="Dilemmaet »På konens vegne«, et dilemmakort eller jeres egen case." fejl={f.caseValg}>
        <select className="form-select" id="caseValg" name="caseValg" defaultValue={v.caseValg ?? valgtCase ?? "paa-konens-vegne"} aria-describedby={beskrevetAf("caseValg", true, f.caseValg)}>
          {cases.map((c) => (
            <option key={c.id} value={c.id}>
              {c.titel}
            </option>
          ))}
          <option value="egen">Vores egen case (skriv den herunder)</option>
        </select>
      </Felt>
      <Felt id="egenCase" label="Jeres egen case (valgfri)" hint="Bruges kun, hvis I har valgt »Vores egen case«. Skriv ikke navne eller CPR-numre på rigtige borgere." fejl={f.egenCase}>
        <textarea className="form-input dialog-bred" id="egenCase" name="egenCase" rows={5} defaultValue={v.egenCase ?? ""} aria-describedby={beskrevetAf("egenCase", true, f.egenCase)} />
      </Felt>
      <details className="dialog-tider">
        <summary>Tilpas tiderne (normalt 5, 8, 12, 10 og 10 minutter)</summary>
        <div className="dialog-tider-felter">
          {STANDARD_MINUTTER.map((m, i) => {
            const id = `minutter${i + 1}`;
            return (
              <Felt key={id} id={id} label={`Trin ${i + 1} (minutter)`} fejl={f[id]}>
                <input className="form-input input-width-xs" type="number" inputMode="numeric" min={1} max={60} id={id} name={id} defaultValue={v[id] ?? String(m)} aria-describedby={beskrevetAf(id, false, f[id])} />
              </Felt>
            );
          })}
          <Felt id="stilleSekunder" label="Det stille minut (sekunder)" fejl={f.stilleSekunder}>
            <input className="form-input input-width-xs" type="number" inputMode="numeric" min={5} max={600} id="stilleSekunder" name="stilleSekunder" defaultValue={v.stilleSekunder ?? "60"} aria-describedby={beskrevetAf("stilleSekunder", false, f.stilleSekunder)} />
          </Felt>
        </div>
      </details>
      <button type="submit" className="button button-primary" disabled={pending}>
        Opret dialog
      </button>
    </form>
  );
}
