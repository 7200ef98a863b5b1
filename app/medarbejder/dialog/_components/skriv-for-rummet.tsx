import { randomUUID } from "node:crypto";
import { skrivForRummet } from "../actions";

/** The facilitator types a point or an idea for the room. */
export function SkrivForRummet({ id, art }: { id: string; art: "pointe" | "ide" }) {
  const label = art === "pointe" ? "Skriv en pointe for rummet" : "Skriv en idé for rummet";
  return (
    <form action={skrivForRummet} className="dialog-skriv">
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="art" value={art} />
      <input type="hidden" name="noegle" value={randomUUID()} />
      <label className="form-label" htmlFor={`skriv-${art}`}>
        {label}
      </label>
      <div className="dialog-skriv-raekke">
        <input className="form-input" type="text" id={`skriv-${art}`} name="tekst" maxLength={280} required autoComplete="off" />
        <button type="submit" className="button button-secondary">
          Tilføj
        </button>
      </div>
    </form>
  );
}
