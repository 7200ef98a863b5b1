"use client";

import { useActionState } from "react";
import { Fejlopsummering } from "@/app/_components/form/fejlopsummering";
import { beskrevetAf, Felt } from "@/app/_components/form/felt";
import { skema } from "@/app/_components/form/skema";
import { indtastKodeAction } from "../actions";

/** The only way into a citizen's data on the staff side: the code the citizen made and reads out. */
export function KodeForm({ noegle }: { noegle: string }) {
  const [state, action, pending] = useActionState(indtastKodeAction, {});
  const s = skema(state);
  return (
    <form action={action} noValidate>
      <input type="hidden" name="noegle" value={noegle} />
      <Fejlopsummering titel="Koden virkede ikke" fejl={s.fejl} serverFejl={s.serverFejl} />
      <Felt id="kode" label="Borgerens kode" hint="6 cifre. Borgeren laver koden selv under »Få hjælp af en medarbejder« i Mine Data." fejl={s.fejl.kode}>
        <input
          type="text"
          className="form-input input-width-s hjaelp-kode-felt"
          id="kode"
          name="kode"
          inputMode="numeric"
          autoComplete="off"
          maxLength={9}
          defaultValue={s.v.kode ?? ""}
          aria-describedby={beskrevetAf("kode", true, s.fejl.kode)}
          required
        />
      </Felt>
      <button type="submit" className="button button-primary" disabled={pending}>
        Start hjælpen
      </button>
    </form>
  );
}
