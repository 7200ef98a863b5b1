import Link from "next/link";

/**
 * The entry point for a correction request (GDPR art. 16) on one datum. The form itself comes
 * with the BIDRAGE issue at /rettelser/ny; until it exists the link says so, so nobody is
 * surprised. Flip this when the page is there.
 */
export const RETTELSER_AABEN = false;

type Hvad = { hvad: string } & ({ datumId: string; sagId?: string | null; felt?: never } | { felt: string; datumId?: never; sagId?: never });

/** `datumId` (+ `sagId`) for a datum a decision rests on; `felt` (e.g. "cpr.adresse") for a registered field. */
export function RetOplysning({ datumId, sagId, felt, hvad }: Hvad) {
  const q = new URLSearchParams(felt ? { felt } : { datum: datumId!, ...(sagId ? { sag: sagId } : {}) });
  const href = `/rettelser/ny?${q.toString()}`;
  return (
    <p className="ret-oplysning">
      <Link href={href} prefetch={false}>
        Ret denne oplysning<span className="sr-only">: {hvad}</span>
      </Link>
      {!RETTELSER_AABEN && (
        <span className="ret-oplysning-snart">
          {" "}
          Muligheden for at bede om en rettelse her er på vej. Indtil da kan du kontakte {felt?.startsWith("cpr.") ? "Borgerservice på 44 44 44 44" : "din sagsbehandler"}.
        </span>
      )}
    </p>
  );
}
