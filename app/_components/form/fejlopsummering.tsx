"use client";

import { useEffect, useRef } from "react";

/**
 * The DKFDS error summary: what went wrong, each entry linking to its field. It takes focus when it
 * appears, so a screen reader user hears it and a keyboard user starts there (GOV.UK's pattern).
 * Without JavaScript it still renders at the top of the form with role="alert".
 */
export function Fejlopsummering({ titel, fejl, serverFejl, felter }: { titel: string; fejl: Record<string, string>; serverFejl?: string; felter?: Record<string, string> }) {
  const ref = useRef<HTMLDivElement>(null);
  const poster = Object.entries(fejl);
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
