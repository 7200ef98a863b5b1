import type { Kontakt } from "@/lib/domain/kontakt";
import type { Result } from "@/lib/fagsystemer/http";
import { Utilgaengelig } from "../../../_components/utilgaengelig";

/** Phone numbers are written "44 44 41 37"; the link needs the digits only. */
const telHref = (telefon: string) => `tel:+45${telefon.replace(/\D/g, "")}`;

export function KontaktBoks({ kontakt, enhed }: { kontakt: Result<Kontakt | null>; enhed: string }) {
  return (
    <section aria-labelledby="kontakt-overskrift" className="overblik-kort">
      <h2 id="kontakt-overskrift" className="h3">
        Din kontaktperson
      </h2>
      {!kontakt.ok ? (
        <>
          <p>Sagen behandles af {enhed}.</p>
          <Utilgaengelig hvad="Kontaktoplysningerne" />
        </>
      ) : kontakt.data === null ? (
        <p>Sagen behandles af {enhed}. Ring til Borgerservice på 44 44 44 44, så hjælper de dig videre.</p>
      ) : (
        <>
          {kontakt.data.navn === kontakt.data.enhed ? (
            <p>Sagen har ikke fået en navngiven sagsbehandler endnu. Kontakt {kontakt.data.enhed}.</p>
          ) : (
            <p>
              <strong>{kontakt.data.navn}</strong>
              <br />
              {kontakt.data.enhed}
            </p>
          )}
          <dl className="data-liste">
            <dt>Telefon</dt>
            <dd>
              <a href={telHref(kontakt.data.telefon)}>{kontakt.data.telefon}</a>
            </dd>
            <dt>E-mail</dt>
            <dd>
              <a href={`mailto:${kontakt.data.email}`}>{kontakt.data.email}</a>
            </dd>
          </dl>
          <p className="sag-meta">Skriv ikke dit CPR-nummer i en almindelig e-mail. Brug Digital Post, hvis du sender personlige oplysninger.</p>
        </>
      )}
    </section>
  );
}
