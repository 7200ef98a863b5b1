"use client";

export default function Fejl({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="row">
      <div className="col-12 col-lg-8">
        <h1>Der skete en fejl</h1>
        <p className="font-lead">Siden kunne ikke vises. Det er ikke din skyld.</p>
        <p>Prøv igen om lidt. Sker det igen, så ring til Borgerservice på 44 44 44 44.</p>
        <button type="button" className="button button-secondary" onClick={reset}>
          Prøv igen
        </button>
      </div>
    </div>
  );
}
