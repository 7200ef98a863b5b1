"use client";

import { useActionState } from "react";
import { beskrevetAf, Felt } from "@/app/_components/form/felt";
import { Fejlopsummering } from "@/app/_components/form/fejlopsummering";
import { skema } from "@/app/_components/form/skema";
import { tekstAction } from "../actions";

type Props = { art: "forlaeng" | "besked" | "svar"; id: string; noegle: string; label: string; hint: string; knap: string; titel: string };

/** One text and a button: extend the deadline with a reason, write to the citizen, or answer a question. */
export function TekstForm({ art, id, noegle, label, hint, knap, titel }: Props) {
  const [state, action, pending] = useActionState(tekstAction, {});
  const { fejl: f, v, serverFejl } = skema(state);
  const feltId = `${art}-tekst`;
  return (
    <form action={action} noValidate>
      <input type="hidden" name="noegle" value={noegle} />
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="art" value={art} />
      <Fejlopsummering titel={titel} fejl={f.tekst ? { tekst: f.tekst } : {}} serverFejl={serverFejl} felter={{ tekst: feltId }} />
      <Felt id={feltId} label={label} hint={hint} fejl={f.tekst}>
        <textarea className="form-input" id={feltId} name="tekst" rows={4} defaultValue={v.tekst} aria-describedby={beskrevetAf(feltId, true, f.tekst)} />
      </Felt>
      <button type="submit" className="button button-secondary" disabled={pending}>
        {knap}
      </button>
    </form>
  );
}
