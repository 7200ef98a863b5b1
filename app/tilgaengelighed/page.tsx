import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "Tilgængelighedserklæring" };

/**
 * The accessibility statement Danish public sites must publish, in the structure of the EU model
 * statement (Commission Implementing Decision (EU) 2018/1523): status, what is not accessible,
 * how the statement was made, feedback and contact (phone and written), and how to complain.
 */
export default function Tilgaengelighed() {
  return (
    <div className="row">
      <div className="col-12 col-lg-8 tilgaengelighed">
        <h1>Tilgængelighedserklæring for Mine Data</h1>
        <p className="font-lead">
          Korsbæk Kommune vil gerne have, at alle kan bruge Mine Data – også hvis man ser dårligt, ikke bruger mus, bruger skærmlæser eller har svært
          ved at læse.
        </p>
        <p>
          Erklæringen gælder for selvbetjeningsløsningen Mine Data fra Korsbæk Kommune, hvor borgere ser, retter og deler de data, kommunen har om
          dem, og hvor kommunens medarbejdere hjælper borgere og holder dialogmøder. Kommunen skal gøre løsningen tilgængelig efter lov om
          tilgængelighed af offentlige organers websteder og mobilapplikationer.
        </p>

        <h2>Overensstemmelsesstatus</h2>
        <p>
          Mine Data er <strong>delvist i overensstemmelse</strong> med standarden EN 301 549 og retningslinjerne WCAG 2.1 på niveau AA. Vi tester også
          efter WCAG 2.2 AA. Det, der ikke er i orden endnu, står herunder.
        </p>

        <h2>Indhold, der ikke er tilgængeligt</h2>
        <h3>Manglende overensstemmelse med reglerne</h3>
        <ul>
          <li>
            Dokumenter fra kommunens fagsystemer vises som den tekst, systemet har. Ældre breve kan mangle overskrifter, så de er sværere at
            overskue med skærmlæser. Vi viser teksten i stedet for PDF-filen, så den kan forstørres og læses op.
          </li>
          <li>
            Nedtællingen i dialogmøderne opdateres hvert sekund på skærmen. Skærmlæsere får tiden som tekst, men ikke hvert sekund, for ikke at
            forstyrre.
          </li>
        </ul>
        <h3>Uforholdsmæssig stor byrde</h3>
        <p>Vi påberåber os ikke, at noget er en uforholdsmæssig stor byrde at gøre tilgængeligt.</p>
        <h3>Indhold uden for lovens område</h3>
        <p>Login sker hos MitID, som ikke er en del af Mine Data. MitID har sin egen tilgængelighedserklæring.</p>

        <h2>Sådan er erklæringen lavet</h2>
        <p>Erklæringen blev udarbejdet den 1. december 2026 og er senest gennemgået samme dag.</p>
        <p>
          Kommunen har selv vurderet Mine Data. Alle sider testes automatisk med værktøjet axe for hver af vores testpersoner, og vi tester, at
          siderne kan bruges med tastatur alene, uden JavaScript og på en skærm, der kun er 320 pixel bred.
        </p>

        <h2>Giv os besked, hvis noget ikke virker</h2>
        <p>Støder du på noget, du ikke kan bruge, eller vil du have oplysninger i en anden form, så kontakt os. Du får svar inden for 10 arbejdsdage.</p>
        <dl className="data-liste">
          <dt>Telefon</dt>
          <dd>
            <a href="tel:+4544444444">44 44 44 44</a> (Borgerservice, mandag–fredag kl. 10–15)
          </dd>
          <dt>E-mail</dt>
          <dd>
            <a href="mailto:tilgaengelighed@korsbaek.dk">tilgaengelighed@korsbaek.dk</a>
          </dd>
          <dt>Brev</dt>
          <dd>Korsbæk Kommune, Borgerservice, Rådhuspladsen 1, 4999 Korsbæk</dd>
        </dl>
        <p>Skriv ikke dit CPR-nummer i en almindelig e-mail. Har du brug for at sende personlige oplysninger, så ring eller send et brev.</p>

        <h2>Hvis du vil klage</h2>
        <p>
          Får du ikke et svar, eller er du utilfreds med svaret, kan du klage til Digitaliseringsstyrelsen, som fører tilsyn med, at offentlige
          websteder er tilgængelige.
        </p>
        <p>
          <Link href="/">Gå til forsiden af Mine Data</Link>
        </p>
      </div>
    </div>
  );
}
