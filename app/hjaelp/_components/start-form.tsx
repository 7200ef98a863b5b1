import { Fejlopsummering } from "@/app/_components/form/fejlopsummering";
import { skema, type SkemaSvar } from "@/app/_components/form/skema";
import { OMRAADER, STANDARD_VARIGHED, VARIGHEDER } from "@/lib/assistance/omraader";

/**
 * "Få hjælp af en medarbejder": what staff may see, whether they may prepare something for the
 * citizen to confirm, and for how long. Nothing is chosen for the citizen in advance.
 */
export function StartForm({ noegle, state, action, pending }: { noegle: string; state: SkemaSvar; action: (formData: FormData) => void; pending: boolean }) {
  const s = skema(state);
  const omraadeFejl = s.fejl.omraader ?? Object.entries(s.fejl).find(([k]) => k.startsWith("omraader."))?.[1];
  // A message about a field with nothing to point at (the hidden key, a garbled checkbox) is said about the whole form.
  const andenFejl = Object.entries(s.fejl).find(([k]) => k !== "varighed" && !k.startsWith("omraader"))?.[1];
  const fejl = {
    ...(andenFejl ? { _form: andenFejl } : {}),
    ...(omraadeFejl ? { omraader: omraadeFejl } : {}),
    ...(s.fejl.varighed ? { varighed: s.fejl.varighed } : {}),
  };
  const valgte = s.valgte("omraader");
  const varighed = s.v.varighed ?? String(STANDARD_VARIGHED);
  return (
    <form action={action} noValidate className="hjaelp-form">
      <input type="hidden" name="noegle" value={noegle} />
      <Fejlopsummering titel="Du har ikke fået en kode endnu" fejl={fejl} serverFejl={s.serverFejl} felter={{ omraader: "omraade-sager", varighed: "varighed-30" }} />

      <fieldset className={`form-group${fejl.omraader ? " form-error" : ""}`} aria-describedby={fejl.omraader ? "omraader-fejl" : undefined}>
        <legend className="form-label">Hvad må medarbejderen se?</legend>
        {fejl.omraader && (
          <span className="form-error-message" id="omraader-fejl">
            <span className="sr-only">Fejl: </span>
            {fejl.omraader}
          </span>
        )}
        {OMRAADER.map((o) => (
          <div className="form-group-checkbox" key={o.noegle}>
            <input className="form-checkbox" type="checkbox" id={`omraade-${o.noegle}`} name="omraader" value={o.noegle} defaultChecked={valgte.includes(o.noegle)} aria-describedby={`omraade-${o.noegle}-hint`} />
            <label htmlFor={`omraade-${o.noegle}`}>{o.titel}</label>
            <span className="form-hint" id={`omraade-${o.noegle}-hint`}>
              {o.forklaring}
            </span>
          </div>
        ))}
      </fieldset>

      <fieldset className="form-group">
        <legend className="form-label">Må medarbejderen gøre noget klar for dig?</legend>
        <div className="form-group-checkbox">
          <input className="form-checkbox" type="checkbox" id="maaForberede" name="maaForberede" defaultChecked={s.v.maaForberede === "on"} aria-describedby="maaForberede-hint" />
          <label htmlFor="maaForberede">Ja, medarbejderen må gøre en anmodning klar</label>
          <span className="form-hint" id="maaForberede-hint">
            For eksempel en anmodning om at rette en oplysning eller om en fuldmagt. Der sker ikke noget, før du selv har godkendt den på din forside.
          </span>
        </div>
      </fieldset>

      <fieldset className={`form-group${fejl.varighed ? " form-error" : ""}`}>
        <legend className="form-label">Hvor længe må medarbejderen hjælpe?</legend>
        <span className="form-hint">Du kan altid afslutte hjælpen før.</span>
        {fejl.varighed && (
          <span className="form-error-message">
            <span className="sr-only">Fejl: </span>
            {fejl.varighed}
          </span>
        )}
        {VARIGHEDER.map((m) => (
          <div className="form-group-radio" key={m}>
            <input className="form-radio" type="radio" id={`varighed-${m}`} name="varighed" value={m} defaultChecked={varighed === String(m)} />
            <label htmlFor={`varighed-${m}`}>{m} minutter</label>
          </div>
        ))}
      </fieldset>

      <button type="submit" className="button button-primary" disabled={pending}>
        Få en kode
      </button>
    </form>
  );
}
