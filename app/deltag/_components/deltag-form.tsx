"use client";

import { useActionState } from "react";
import { Fejlopsummering } from "@/app/_components/form/fejlopsummering";
import { beskrevetAf, Felt } from "@/app/_components/form/felt";
import { deltagIDialog, type DeltagState } from "../actions";

export function DeltagForm({ kode }: { kode: string }) {
  const [state, action, pending] = useActionState<DeltagState, FormData>(deltagIDialog, null);
  const f = state?.fejl ?? {};
  return (
    <form action={action} noValidate>
      <Fejlopsummering titel="Du kom ikke med i dialogen" fejl={f} />
      <Felt id="kode" label="Kode" hint="Står på facilitatorens skærm, fx ABC 234." fejl={f.kode}>
        <input
          type="text"
          className="form-input input-width-s dialog-kode-input"
          id="kode"
          name="kode"
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          defaultValue={state?.vaerdier.kode ?? kode}
          aria-describedby={beskrevetAf("kode", true, f.kode)}
          required
        />
      </Felt>
      <Felt id="navn" label="Dit navn" hint="Det navn, de andre ser. Fornavn er nok." fejl={f.navn}>
        <input className="form-input" type="text" id="navn" name="navn" autoComplete="given-name" maxLength={40} defaultValue={state?.vaerdier.navn ?? ""} aria-describedby={beskrevetAf("navn", true, f.navn)} required />
      </Felt>
      <button type="submit" className="button button-primary" disabled={pending}>
        Deltag
      </button>
    </form>
  );
}
