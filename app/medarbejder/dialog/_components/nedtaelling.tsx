"use client";

import { useEffect, useState } from "react";
import { formatTid, formatTidTekst } from "@/lib/dialog/timer";

/**
 * The visible countdown. The server owns the time; this only ticks between refreshes. The page
 * gives it a key from the server state, so a pause, an extension or a new step remounts it.
 */
export function Nedtaelling({ restSekunder, pauset, label }: { restSekunder: number; pauset: boolean; label: string }) {
  const [rest, setRest] = useState(restSekunder);
  useEffect(() => {
    if (pauset) return;
    const slut = Date.now() + restSekunder * 1000;
    const timer = setInterval(() => setRest(Math.max(0, Math.ceil((slut - Date.now()) / 1000))), 250);
    return () => clearInterval(timer);
  }, [restSekunder, pauset]);
  return (
    <div className={`dialog-timer${rest === 0 ? " dialog-timer-slut" : ""}${pauset ? " dialog-timer-pause" : ""}`}>
      <span className="sr-only">{label}: </span>
      <span className="dialog-timer-tal" aria-hidden="true">
        {formatTid(rest)}
      </span>
      <span className="sr-only">{formatTidTekst(rest)} tilbage</span>
      <span className="dialog-timer-status">{pauset ? "Sat på pause" : rest === 0 ? "Tiden er gået" : "tilbage"}</span>
    </div>
  );
}
