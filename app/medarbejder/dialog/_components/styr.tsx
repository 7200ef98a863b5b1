import { styrDialog } from "../actions";

/** One of the facilitator's controls: a small form, so it works without JavaScript. */
export function Styr({ id, handling, children, primaer }: { id: string; handling: string; children: React.ReactNode; primaer?: boolean }) {
  return (
    <form action={styrDialog}>
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="handling" value={handling} />
      <button type="submit" className={`button ${primaer ? "button-primary" : "button-secondary"}`}>
        {children}
      </button>
    </form>
  );
}
