import { randomUUID } from "node:crypto";
import { skrivBidrag } from "../actions";

/** A participant writes a point (trin 2) or an idea (trin 4). */
export function Skriv({ art, label, knap }: { art: "pointe" | "ide"; label: string; knap: string }) {
  return (
    <form action={skrivBidrag} className="dialog-skriv">
      <input type="hidden" name="art" value={art} />
      <input type="hidden" name="noegle" value={randomUUID()} />
      <label className="form-label" htmlFor={`ny-${art}`}>
        {label}
      </label>
      <textarea className="form-input" id={`ny-${art}`} name="tekst" rows={3} maxLength={280} required />
      <button type="submit" className="button button-primary">
        {knap}
      </button>
    </form>
  );
}
