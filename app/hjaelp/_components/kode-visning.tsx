import Link from "next/link";
import { klokken } from "@/lib/assistance/tid";

/**
 * The one-time code, large enough to read aloud across a counter. It is shown this once: the
 * portal keeps only a hash of it, so a reload cannot show it again (a new one can be made).
 */
export function KodeVisning({ kode, kodeUdloeber }: { kode: string; kodeUdloeber: string }) {
  return (
    <section className="hjaelp-kode" aria-labelledby="kode-overskrift">
      <h2 id="kode-overskrift">Din kode</h2>
      <p className="hjaelp-kode-cifre">
        <span aria-hidden="true">{kode}</span>
        {/* A screen reader reads the digits one by one, not as "four hundred and eighty-two". */}
        <span className="sr-only">{kode.replace(/\s/g, "").split("").join(" ")}</span>
      </p>
      <p>
        Læs koden op for medarbejderen, eller vis skærmen. Koden virker kun én gang og kun til <strong>{klokken(kodeUdloeber)}</strong> (5 minutter).
      </p>
      <p>Giv aldrig dit MitID, din adgangskode eller din MitID-app til medarbejderen. Det skal medarbejderen ikke bruge.</p>
      <p>
        <Link href="/hjaelp">Se, om medarbejderen er klar</Link>
      </p>
    </section>
  );
}
