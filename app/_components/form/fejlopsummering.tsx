"use client";

import { useEffect, useRef } from "react";

/**
 * The DKFDS error summary: what went wrong, each entry linking to its field. It takes focus when it
 * appears, so a screen reader user hears it and a keyboard user starts there (GOV.UK's pattern).
 * Without JavaScript it still renders at the top of the form with role="alert".
 */
type Props = {
  titel: string;
  fejl: Record<string, string>;
  serverFejl?: string;
  /** Field name → element id, where they differ. */
  felter?: Record<string, string>;
  /** The fields in page order, when the form knows it better than the submitted data (unticked boxes send nothing). */
  raekkefoelge?: string[];
};

export function Fejlopsummering({ titel, fejl, serverFejl, felter, raekkefoelge }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const plads = (felt: string) => (felt === "_form" ? -1 : raekkefoelge ? (raekkefoelge.indexOf(felt) + 1 || Infinity) : 0);
  const poster = Object.entries(fejl).sort(([a], [b]) => plads(a) - plads(b));
  const synlig = poster.length > 0 || Boolean(serverFejl);
  useEffect(() => {
    if (synlig) ref.current?.focus();
  }, [synlig, fejl, serverFejl]);
  if (!synlig) return null;
  return (
    <div className="alert alert-error fejlopsummering" role="alert" tabIndex={-1} ref={ref} aria-labelledby="fejlopsummering-titel">
      <div className="alert-body">
        <h2 className="alert-heading h4" id="fejlopsummering-titel">
          {titel}
        </h2>
        {serverFejl && <p className="alert-text">{serverFejl}</p>}
        {poster.length > 0 && (
          <ul className="alert-text nobullet-list">
            {poster.map(([felt, besked]) => (
              // "_form" is about the whole form: said, not linked.
              <li key={felt}>{felt === "_form" ? besked : <a href={`#${felter?.[felt] ?? felt}`}>{besked}</a>}</li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
