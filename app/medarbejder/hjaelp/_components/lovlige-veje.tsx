import Link from "next/link";

/**
 * The lawful routes, for the two requests the dialogue material is about: "log in for me" and
 * "let me use my wife's MitID" (seeds 000–002). Plain Danish, each route linking to the feature
 * that does it. The practice scenarios link to the anchors here.
 */
export function LovligeVeje() {
  return (
    <section aria-labelledby="lovlige-veje" className="hjaelp-veje">
      <h2 id="lovlige-veje">Når nogen beder dig bruge en andens MitID</h2>
      <p>
        Du må ikke bruge en borgers MitID – heller ikke når borgeren selv beder om det, og heller ikke for at hjælpe. Der er altid en lovlig vej.
      </p>

      <h3 id="hvorfor-ikke-mitid">Hvorfor ikke bare hjælpe med MitID?</h3>
      <ul>
        <li>MitID er personligt. Efter reglerne for MitID må kun personen selv bruge det, og man må ikke give andre sine oplysninger.</li>
        <li>Logger man ind som en anden uden lov til det, kan det være dokumentfalsk.</li>
        <li>Bagefter kan ingen se, hvem der gjorde hvad. Det beskytter hverken borgeren eller dig.</li>
      </ul>

      <h3 id="log-ind-for-mig">»Kan du ikke logge ind for mig?«</h3>
      <ul>
        <li>Borgeren logger selv ind med sit eget MitID. Kig væk, mens borgeren taster.</li>
        <li>
          Skal du se med, vælger borgeren <Link href="/hjaelp">»Få hjælp af en medarbejder«</Link>: hvad du må se, og hvor længe. Borgeren
          læser en kode op, og du skriver den i feltet »Borgerens kode« på denne side. Du ser kun det, borgeren har valgt, og borgeren kan se i
          sin log, hvad du så.
        </li>
      </ul>

      <h3 id="paa-en-andens-vegne">»Jeg vil bruge min kones MitID«</h3>
      <ul>
        <li>
          <strong>Fuldmagt i Mine Data:</strong> Personen giver sin pårørende fuldmagt til det, der skal ordnes. Den pårørende bruger sit eget MitID.{" "}
          <Link href="/fuldmagter">Fuldmagter</Link>
        </li>
        <li>
          <strong>Fuldmagt på papir:</strong> Kan personen ikke selv bruge MitID, kan hun skrive under på en fuldmagt på papir. En betroet
          medarbejder registrerer den. <Link href="/medarbejder/fuldmagt">Registrér en fuldmagt på papir</Link>
        </li>
      </ul>

      <h3 id="vaergemaal">Når personen ikke selv kan sige ja</h3>
      <p>
        En fuldmagt kræver, at personen forstår, hvad hun giver lov til. Kan hun ikke det længere – fx ved svær demens – kan hun heller ikke give
        fuldmagt, og et nik er ikke et ja. Så er vejen:
      </p>
      <ul>
        <li>
          <strong>Værgemål:</strong> De pårørende søger om det hos Familieretshuset.
        </li>
        <li>
          <strong>Fremtidsfuldmagt:</strong> Har personen lavet en, mens hun kunne, skal Familieretshuset sætte den i kraft.
        </li>
      </ul>
      <p>
        <a href="https://familieretshuset.dk">Familieretshuset.dk</a> om værgemål og fremtidsfuldmagt
      </p>
    </section>
  );
}
