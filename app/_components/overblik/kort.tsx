/** One block of the forside: a card with a heading, labelled for screen readers as a region. */
export function Kort({ id, titel, children }: { id: string; titel: string; children: React.ReactNode }) {
  return (
    <section className="col-12 col-md-6" aria-labelledby={id}>
      <div className="overblik-kort">
        <h2 id={id} className="h3">
          {titel}
        </h2>
        {children}
      </div>
    </section>
  );
}

/** How the forside names whose data it shows: "Dine sager" for oneself, "Karen Jensens sager" for someone else. */
export type Hvem = { egne: boolean; dine: string; Dine: string; du: string; Du: string };

export function hvem(forAnden: string | null, genitiv: (navn: string) => string): Hvem {
  if (!forAnden) return { egne: true, dine: "dine", Dine: "Dine", du: "du", Du: "Du" };
  return { egne: false, dine: genitiv(forAnden), Dine: genitiv(forAnden), du: forAnden, Du: forAnden };
}
