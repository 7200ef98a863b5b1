"use client";

import { useState } from "react";
import { MAX_FIL_BYTES, MAX_FIL_TEKST } from "@/lib/rettelser/graenser";
import { beskrevetAf, Felt } from "./felt";

export const FIL_FOR_STOR = `Filen er for stor. Den må højst fylde ${MAX_FIL_TEKST}.`;

/**
 * A file field's check in the browser, before anything is sent: a file above the limit never
 * leaves the computer, so the citizen loses nothing. Without JavaScript the server checks the
 * same, and proxy.ts catches a file too big to reach the server action at all.
 */
export function useFilTjek(paakraevet: boolean) {
  const [fejl, setFejl] = useState<string | null>(null);
  const onSubmit = (e: React.FormEvent<HTMLFormElement>) => {
    const fil = (e.currentTarget.elements.namedItem("fil") as HTMLInputElement | null)?.files?.[0];
    const problem = !fil || fil.size === 0 ? (paakraevet ? "Vælg en fil." : null) : fil.size > MAX_FIL_BYTES ? FIL_FOR_STOR : null;
    setFejl(problem);
    if (problem) e.preventDefault();
  };
  return { fejl, onSubmit };
}

/** PDF, JPG or PNG; the hint says so, and the server checks the content, not the name. */
export function FilFelt({ label, fejl }: { label: string; fejl?: string }) {
  return (
    <Felt id="fil" label={label} hint={`PDF, JPG eller PNG. Højst ${MAX_FIL_TEKST}.`} fejl={fejl}>
      <input className="form-input" type="file" id="fil" name="fil" accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png" aria-describedby={beskrevetAf("fil", true, fejl)} />
    </Felt>
  );
}
