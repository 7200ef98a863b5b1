import { visEmne, type Emne } from "@/lib/domain/emne";
import type { Result } from "@/lib/fagsystemer/http";

/** What the sag's topic means in plain Danish; the KLE number is only secondary. */
export function EmneBoks({ emne, sagEmne }: { emne: Result<Emne | null>; sagEmne: { kle: string; titel: string } }) {
  const vis = visEmne(emne.ok && emne.data ? emne.data : sagEmne);
  return (
    <section aria-labelledby="emne-overskrift" className="overblik-kort">
      <h2 id="emne-overskrift" className="h3">
        Hvad handler sagen om?
      </h2>
      <p>
        <strong>{vis.titel}</strong>
      </p>
      {emne.ok && emne.data ? (
        <p>{emne.data.forklaring}</p>
      ) : (
        <p>{emne.ok ? "Vi har ikke en forklaring på dette emne endnu." : "Forklaringen på emnet kan ikke vises lige nu. Prøv igen senere."}</p>
      )}
      <p className="sag-meta">{vis.sekundaer} (bruges, hvis du taler med kommunen om sagen)</p>
    </section>
  );
}
