"use client";

import { usePathname } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { forlaengSession } from "@/app/actions/session";
import { logUd } from "@/app/actions/auth";

/** The warning comes this long before the session ends, as on borger.dk. */
const ADVARSEL_SEKUNDER = 5 * 60;

/**
 * Warns before the login session ends from inactivity and offers to keep it. Without JavaScript
 * the header still says when it ends (the server writes the time); this adds the warning.
 */
export function SessionUdloeb({ sekunder }: { sekunder: number }) {
  const [tilbage, setTilbage] = useState(sekunder);
  // Counted from when the page got the figure, so a browser clock that is off does not matter.
  const start = useRef<{ tid: number; sekunder: number } | null>(null);
  const dialog = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    start.current = { tid: Date.now(), sekunder };
  }, [sekunder]);

  useEffect(() => {
    const id = setInterval(() => {
      const s = start.current;
      if (s) setTilbage(Math.round(s.sekunder - (Date.now() - s.tid) / 1000));
    }, 1000);
    return () => clearInterval(id);
  }, []);

  const advar = tilbage <= ADVARSEL_SEKUNDER;
  useEffect(() => {
    const d = dialog.current;
    if (advar && d && !d.open) d.showModal();
    if (!advar && d?.open) d.close();
  }, [advar]);

  async function forlaeng() {
    const nye = await forlaengSession();
    start.current = { tid: Date.now(), sekunder: nye ?? 0 };
    setTilbage(nye ?? 0);
  }

  const minutter = Math.max(1, Math.ceil(tilbage / 60));
  const tilLogin = `/log-ind?udloebet=1&til=${encodeURIComponent(usePathname())}`;
  return (
    <dialog ref={dialog} className="session-advarsel" role="alertdialog" aria-labelledby="session-advarsel-titel" aria-describedby="session-advarsel-tekst">
      {tilbage > 0 ? (
        <>
          <h2 id="session-advarsel-titel" className="h3">
            Du bliver snart logget af
          </h2>
          <p id="session-advarsel-tekst">
            Du har ikke brugt Mine Data i et stykke tid. Om {minutter === 1 ? "1 minut" : `${minutter} minutter`} logger vi dig af, så ingen
            andre kan se dine oplysninger.
          </p>
          <div className="session-advarsel-knapper">
            <button type="button" className="button button-primary" onClick={forlaeng}>
              Bliv logget ind
            </button>
            <form action={logUd}>
              <button type="submit" className="button button-secondary">
                Log af nu
              </button>
            </form>
          </div>
        </>
      ) : (
        <>
          <h2 id="session-advarsel-titel" className="h3">
            Du er blevet logget af
          </h2>
          <p id="session-advarsel-tekst">Du havde ikke brugt Mine Data i 30 minutter. Log ind igen for at fortsætte.</p>
          <a className="button button-primary" href={tilLogin}>
            Log ind igen
          </a>
        </>
      )}
    </dialog>
  );
}
