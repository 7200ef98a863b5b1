import Link from "next/link";
import { markeringForklaring, markeringTekst, type Markering } from "@/lib/domain/rettelse";
import { RETBARE_FELTER } from "@/lib/rettelser/maal-felter";

/**
 * The entry point for a correction request (GDPR art. 16) on one datum, and the mark a contested
 * datum carries wherever it is shown. Fields the folkeregister corrects itself (name, civil
 * status, spouse) point to Borgerservice instead of a form.
 */
type Hvad = {
  hvad: string;
  anfaegtet?: Markering | null;
  /** False when the reader's scope has no `handle:rettelse`. */
  kanRette?: boolean;
  /** A staff member helping the citizen, allowed to prepare a request for the citizen to send. */
  forbered?: boolean;
} & ({ datumId: string; sagId?: string | null; felt?: never } | { felt: string; datumId?: never; sagId?: never });

export function Anfaegtet({ markering, hvad }: { markering: Markering; hvad: string }) {
  return (
    <p className={`anfaegtet anfaegtet-${markering.status}`}>
      <span className="tag tag-small">{markeringTekst[markering.status]}</span> {markeringForklaring[markering.status]}{" "}
      <Link href={`/rettelser/${markering.rettelseId}`}>
        Se anmodning {markering.reference}
        <span className="sr-only"> om {hvad}</span>
      </Link>
    </p>
  );
}

/** `datumId` (+ `sagId`) for a datum a decision rests on; `felt` (e.g. "cpr.adresse") for a registered field. */
export function RetOplysning({ datumId, sagId, felt, hvad, anfaegtet, kanRette = true, forbered = false }: Hvad) {
  if (anfaegtet?.status === "anfaegtet" || (anfaegtet && !kanRette && !forbered)) return <Anfaegtet markering={anfaegtet} hvad={hvad} />;
  if (!kanRette && !forbered) return null;
  if (felt && !(felt in RETBARE_FELTER)) {
    // Staff helping the citizen are Borgerservice: "call Borgerservice" is the citizen's text, not theirs.
    if (!kanRette) return null;
    return <p className="ret-oplysning ret-oplysning-snart">Er oplysningen forkert, så ring til Borgerservice på 44 44 44 44. Den rettes i Folkeregisteret.</p>;
  }
  const q = new URLSearchParams(felt ? { felt } : { datum: datumId!, ...(sagId ? { sag: sagId } : {}) });
  return (
    <>
      {anfaegtet && <Anfaegtet markering={anfaegtet} hvad={hvad} />}
      <p className="ret-oplysning">
        {kanRette ? (
          <Link href={`/rettelser/ny?${q.toString()}`} prefetch={false}>
            Ret denne oplysning<span className="sr-only">: {hvad}</span>
          </Link>
        ) : (
          <Link href={`/medarbejder/hjaelp/rettelse?${q.toString()}`} prefetch={false}>
            Gør en rettelse klar til borgeren<span className="sr-only">: {hvad}</span>
          </Link>
        )}
      </p>
    </>
  );
}
