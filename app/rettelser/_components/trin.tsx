const TRIN = ["Hvad er forkert", "Dokumenter", "Tjek og send"];

/** Where the citizen is in the three steps, in words (no step indicator that needs JavaScript). */
export function Trin({ nr }: { nr: 1 | 2 | 3 }) {
  return (
    <p className="rettelse-trin">
      Trin {nr} af {TRIN.length}: {TRIN[nr - 1]}
    </p>
  );
}
