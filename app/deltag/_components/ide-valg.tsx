import type { Tavle } from "@/lib/data/dialog-tavle";
import { MAKS_VALG } from "@/lib/data/dialog-deltager";
import { vaelgIde } from "../actions";

/**
 * The ideas, each with what this participant may do with it: choose it, or undo their own
 * choice. An idea someone else chose says who, and offers nothing – only they can undo it.
 */
export function IdeValg({ board }: { board: Tavle }) {
  const synlige = board.ideer.filter((i) => i.tekst !== null);
  const mine = board.ideer.filter((i) => i.valgtAfMig).length;
  const alle = board.ideer.filter((i) => i.valgt).length;
  return (
    <>
      <ul className="dialog-kort-liste">
        {synlige.map((i) => (
          <li key={i.id} className={`dialog-lap${i.valgt ? " dialog-lap-valgt" : ""}`}>
            <span className="dialog-lap-tekst">{i.tekst}</span>
            <span className="dialog-lap-fra">
              {i.fra}
              {i.valgtAfMig ? " · valgt af dig" : i.valgtAf ? ` · valgt af ${i.valgtAf}` : ""}
            </span>
            {!board.stilleAktiv && (i.valgtAfMig || !i.valgt) && (
              <form action={vaelgIde}>
                <input type="hidden" name="bidragId" value={i.id} />
                <input type="hidden" name="valgt" value={i.valgtAfMig ? "nej" : "ja"} />
                <button type="submit" className="button button-secondary dialog-knap-lille">
                  {i.valgtAfMig ? "Fjern mit valg" : "Vælg som gruppens idé"}
                  <span className="sr-only">: {i.tekst}</span>
                </button>
              </form>
            )}
          </li>
        ))}
      </ul>
      {alle > 0 && (
        <p>
          Du har valgt {mine} af højst {MAKS_VALG} idéer. I alt er {alle === 1 ? "1 idé" : `${alle} idéer`} valgt i rummet.
        </p>
      )}
    </>
  );
}
