/** The notice a panel shows when its fagsystem is slow or down; the rest of the page still works. */
export function Utilgaengelig({ hvad }: { hvad: string }) {
  return (
    <div className="alert alert-warning" role="status">
      <div className="alert-body">
        <h3 className="alert-heading h5">{hvad} kan ikke vises lige nu</h3>
        <p className="alert-text">Prøv igen om lidt. Dine data er ikke væk – systemet svarer bare ikke i øjeblikket.</p>
      </div>
    </div>
  );
}
