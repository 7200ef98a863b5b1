import type { TavleBidrag } from "@/lib/data/dialog-tavle";

/** The notes on the wall: points or ideas, each with who wrote it. `handling` adds a control per note. */
export function Tavle({
  titel,
  bidrag,
  tom,
  niveau = 3,
  handling,
}: {
  titel: string;
  bidrag: TavleBidrag[];
  tom: string;
  niveau?: 2 | 3;
  handling?: (b: TavleBidrag) => React.ReactNode;
}) {
  const H = niveau === 2 ? "h2" : "h3";
  const id = `tavle-${titel.toLowerCase().replace(/[^a-zæøå]+/g, "-")}`;
  return (
    <section aria-labelledby={id} className="dialog-tavle">
      <H id={id}>
        {titel} ({bidrag.length})
      </H>
      {bidrag.length === 0 ? (
        <p>{tom}</p>
      ) : (
        <ul className="dialog-kort-liste">
          {bidrag.map((b) => (
            <li key={b.id} className={`dialog-lap${b.valgt ? " dialog-lap-valgt" : ""}`}>
              <span className="dialog-lap-tekst">{b.tekst}</span>
              <span className="dialog-lap-fra">
                {b.fra}
                {b.valgtAf ? ` · valgt af ${b.valgtAf}` : ""}
              </span>
              {handling?.(b)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** The ideas to vote on, most dots first, with the dots drawn and said. */
export function Prikker({ ideer }: { ideer: TavleBidrag[] }) {
  const rangeret = [...ideer].sort((a, b) => b.stemmer - a.stemmer);
  return (
    <ol className="dialog-kort-liste dialog-resultat">
      {rangeret.map((i) => (
        <li key={i.id} className="dialog-lap">
          <span className="dialog-lap-tekst">{i.tekst}</span>
          <span className="dialog-prikker" role="img" aria-label={`${i.stemmer} ${i.stemmer === 1 ? "prik" : "prikker"}`}>
            {"●".repeat(i.stemmer)} {i.stemmer}
          </span>
        </li>
      ))}
    </ol>
  );
}
