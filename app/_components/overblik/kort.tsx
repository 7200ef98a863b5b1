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
