import Link from "next/link";

/**
 * The entry point for a correction request (GDPR art. 16) on one datum. The form itself comes
 * with the BIDRAGE issue at /rettelser/ny; until it exists there is no link (it would lead to a
 * "page not found"), only whom to contact. Flip this when the page is there.
 */
export const RETTELSER_AABEN = false;

type Hvad = { hvad: string } & ({ datumId: string; sagId?: string | null; felt?: never } | { felt: string; datumId?: never; sagId?: never });

/** `datumId` (+ `sagId`) for a datum a decision rests on; `felt` (e.g. "cpr.adresse") for a registered field. */
export function RetOplysning({ datumId, sagId, felt, hvad }: Hvad) {
  if (!RETTELSER_AABEN) {
    const kontakt = felt?.startsWith("cpr.") ? "Borgerservice på 44 44 44 44" : "din sagsbehandler";
    return (
      <p className="ret-oplysning">
        Er oplysningen<span className="sr-only"> om {hvad.toLocaleLowerCase("da")}</span> forkert? Kontakt {kontakt}. Snart kan du også bede om en rettelse her.
      </p>
    );
  }
  const q = new URLSearchParams(felt ? { felt } : { datum: datumId!, ...(sagId ? { sag: sagId } : {}) });
  return (
    <p className="ret-oplysning">
      <Link href={`/rettelser/ny?${q.toString()}`} prefetch={false}>
        Ret denne oplysning<span className="sr-only">: {hvad}</span>
      </Link>
    </p>
  );
}
