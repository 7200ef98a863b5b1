"use client";

import { useActionState } from "react";
import { Fejlopsummering } from "@/app/_components/form/fejlopsummering";
import { beskrevetAf, Felt } from "@/app/_components/form/felt";
import { skema } from "@/app/_components/form/skema";
import { godkendAnmodning } from "../actions";
import { PrivilegierValg } from "./privilegier-valg";

type Props = { fuldmagtId: string; navn: string; anmodet: string[]; sidsteDag: string; minDato: string };

/**
 * The giver's yes: what was asked for is ticked, and the giver may untick some or choose an
 * earlier end. Nothing outside the request can be given here.
 */
export function GodkendForm({ fuldmagtId, navn, anmodet, sidsteDag, minDato }: Props) {
  const [state, action, pending] = useActionState(godkendAnmodning, {});
  const s = skema(state, { gyldigTil: sidsteDag });
  return (
    <form action={action} noValidate>
      <Fejlopsummering titel="Fuldmagten er ikke givet endnu" fejl={s.fejl} serverFejl={s.serverFejl} />
      <input type="hidden" name="fuldmagtId" value={fuldmagtId} />
      <PrivilegierValg
        legend={`Hvad må ${navn} gøre for dig?`}
        hint={`${navn} har bedt om det, der er sat hak ved. Fjern hak ved det, du ikke vil give.`}
        valgte={s.valgte("privilegier", anmodet)}
        kun={anmodet}
        fejl={s.fejl.privilegier}
      />
      <Felt id="gyldigTil" label="Fuldmagten gælder til og med" hint="Du kan vælge en tidligere dato end den, der er bedt om." fejl={s.fejl.gyldigTil}>
        <input className="form-input input-width-s" type="date" id="gyldigTil" name="gyldigTil" min={minDato} max={sidsteDag} defaultValue={s.v.gyldigTil ?? sidsteDag} aria-describedby={beskrevetAf("gyldigTil", true, s.fejl.gyldigTil)} />
      </Felt>
      <button type="submit" className="button button-primary" disabled={pending}>
        Giv {navn} fuldmagt
      </button>
    </form>
  );
}
