import type { TavleBidrag } from "@/lib/data/dialog-tavle";
import { saetPrik } from "../actions";

/** One dot each: the participant's own dot is marked, every other idea offers to move it there. */
export function StemListe({ ideer }: { ideer: TavleBidrag[] }) {
  return (
    <ul className="dialog-kort-liste">
      {ideer.map((i) => (
        <li key={i.id} className={`dialog-lap${i.minStemme ? " dialog-lap-valgt" : ""}`}>
          <span className="dialog-lap-tekst">{i.tekst}</span>
          {i.minStemme ? (
            <span className="dialog-lap-fra">Din prik er her</span>
          ) : (
            <form action={saetPrik}>
              <input type="hidden" name="bidragId" value={i.id} />
              <button type="submit" className="button button-secondary dialog-knap-lille">
                Sæt min prik her<span className="sr-only">: {i.tekst}</span>
              </button>
            </form>
          )}
        </li>
      ))}
    </ul>
  );
}
