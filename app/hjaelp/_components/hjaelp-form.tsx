"use client";

import { useActionState } from "react";
import { klokken } from "@/lib/assistance/tid";
import { afslutHjaelp, nyKodeAction, startHjaelpAction } from "../actions";
import { KodeVisning } from "./kode-visning";
import { StartForm } from "./start-form";

type Venter = { id: string; kodeUdloeber: string; omraader: string[] };

/**
 * Asking for help, in one place on the page: the form, the code once it is made, and a waiting
 * code's choices. One component holds both actions, so a form posted without JavaScript gets
 * its answer (the code) even though the page behind it has moved on to "waiting".
 */
export function HjaelpForm({ noegle, venter }: { noegle: string; venter: Venter | null }) {
  const [start, startAction, startVenter] = useActionState(startHjaelpAction, {});
  const [ny, nyAction, nyVenter] = useActionState(nyKodeAction, {});
  const kode = start.data?.ok ? start.data : ny.data?.ok ? ny.data : null;
  if (kode) return <KodeVisning kode={kode.kode} kodeUdloeber={kode.kodeUdloeber} />;
  if (!venter) {
    return (
      <section aria-labelledby="start-overskrift">
        <h2 id="start-overskrift">Få en kode til medarbejderen</h2>
        <StartForm noegle={noegle} state={start} action={startAction} pending={startVenter} />
      </section>
    );
  }
  return (
    <section aria-labelledby="venter-overskrift" className="overblik-kort">
      <h2 id="venter-overskrift">Din kode venter på en medarbejder</h2>
      <p>
        Medarbejderen kan bruge koden til {klokken(venter.kodeUdloeber)} og vil kunne se: {venter.omraader.join(", ")}. Koden bliver kun vist
        én gang. Har du ikke koden mere, så lav en ny.
      </p>
      {ny.serverError && (
        <p className="form-error-message" role="alert">
          {ny.serverError}
        </p>
      )}
      <div className="dialog-knapper">
        <form action={nyAction}>
          <input type="hidden" name="id" value={venter.id} />
          <button type="submit" className="button button-primary" disabled={nyVenter}>
            Lav en ny kode
          </button>
        </form>
        <form action={afslutHjaelp}>
          <input type="hidden" name="id" value={venter.id} />
          <button type="submit" className="button button-secondary">
            Fortryd – ingen hjælp
          </button>
        </form>
      </div>
    </section>
  );
}
