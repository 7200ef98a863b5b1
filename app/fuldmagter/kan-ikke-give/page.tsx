import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "Når personen ikke selv kan give fuldmagt" };

/**
 * For the relative whose spouse or parent is too ill to give fuldmagt ("På konens vegne", seed
 * 002): the lawful routes, what can be done today, and why borrowing MitID is not one of them.
 * Public information, so no login is needed to read it.
 */
export default function KanIkkeGive() {
  return (
    <div className="row">
      <div className="col-12 col-lg-8">
        <p className="tilbage-link">
          <Link href="/fuldmagter">Tilbage til fuldmagter</Link>
        </p>
        <h1>Når personen ikke selv kan give fuldmagt</h1>
        <p className="font-lead">
          En fuldmagt kræver, at personen selv forstår og ønsker den. Er din ægtefælle, forælder eller en anden, du hjælper, for syg til
          det – fx på grund af demens – er der to andre veje.
        </p>

        <h2>Kan personen stadig forstå, hvad det betyder?</h2>
        <p>
          Så kan personen give dig fuldmagt i Mine Data med sit eget MitID, eller skrive under på en fuldmagt på papir. Borgerservice kan
          registrere en papirfuldmagt. Kom sammen, eller ring på 44 44 44 44 og aftal en tid.
        </p>
        <p>
          Personen kan også lave en <strong>fremtidsfuldmagt</strong>. Den bestemmer, hvem der skal tage sig af tingene, hvis personen
          senere ikke selv kan. Den skal bekræftes af en notar, og den træder først i kraft, når Familieretshuset sætter den i kraft.
        </p>

        <h2>Kan personen ikke længere forstå det?</h2>
        <p>
          Så er det for sent at give fuldmagt. I stedet kan der søges om <strong>værgemål</strong> hos Familieretshuset. Familieretshuset
          beslutter, om der skal være en værge, hvem det skal være, og hvad værgen må. Du, andre i familien eller kommunen kan søge.
        </p>
        <p>
          Læs mere og søg på familieretshuset.dk, eller ring til Familieretshuset på 72 56 70 00.
        </p>

        <h2>Det kan du gøre i dag</h2>
        <ul>
          <li>Ring til Borgerservice på 44 44 44 44. Vi kan tale med jer begge og finde den rigtige vej.</li>
          <li>Kan personen være med, kan en medarbejder hjælpe jer på rådhuset – uden at nogen bruger personens MitID.</li>
          <li>Har personen en sagsbehandler, kan du fortælle sagsbehandleren, at personen har brug for hjælp.</li>
        </ul>

        <h2>Hvorfor må jeg ikke bare bruge personens MitID?</h2>
        <p>
          MitID er personligt. Reglerne for MitID siger, at man ikke må give sit MitID til andre – heller ikke til sin ægtefælle. Alt,
          hvad du gør med en andens MitID, ser ud, som om personen selv har gjort det. Bruger man en andens MitID uden lov, kan det
          være dokumentfalsk.
        </p>
        <p>Med en fuldmagt eller et værgemål bruger du dit eget MitID. Så er det tydeligt, at det er dig, og personen kan se, hvad du har gjort.</p>
      </div>
    </div>
  );
}
