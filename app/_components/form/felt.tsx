/** A DKFDS form group with label, optional hint and a Danish error tied to the input. */
export function Felt({
  id,
  label,
  hint,
  fejl,
  children,
}: {
  id: string;
  label: string;
  hint?: string;
  fejl?: string;
  children: React.ReactNode;
}) {
  return (
    <div className={`form-group${fejl ? " form-error" : ""}`}>
      <label className="form-label" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <span className="form-hint" id={`${id}-hint`}>
          {hint}
        </span>
      )}
      {fejl && (
        <span className="form-error-message" id={`${id}-fejl`}>
          <span className="sr-only">Fejl: </span>
          {fejl}
        </span>
      )}
      {children}
    </div>
  );
}

export function beskrevetAf(id: string, hint: boolean, fejl?: string): string | undefined {
  const ids = [hint ? `${id}-hint` : null, fejl ? `${id}-fejl` : null].filter(Boolean);
  return ids.length ? ids.join(" ") : undefined;
}
