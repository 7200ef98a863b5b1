/**
 * The notice a panel shows when its fagsystem is slow or down; the rest of the page still works.
 * `niveau` keeps the heading order right: 3 inside a panel with its own h2, 2 when the notice
 * stands in for a whole section right under the page's h1.
 */
export function Utilgaengelig({ hvad, niveau = 3 }: { hvad: string; niveau?: 2 | 3 }) {
  const Overskrift = niveau === 2 ? "h2" : "h3";
  return (
    <div className="alert alert-warning" role="status">
      <div className="alert-body">
        <Overskrift className="alert-heading h5">{hvad} kan ikke vises lige nu</Overskrift>
        <p className="alert-text">Prøv igen om lidt. Dine data er ikke væk – systemet svarer bare ikke i øjeblikket.</p>
      </div>
    </div>
  );
}
