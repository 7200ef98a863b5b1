import Link from "next/link";

type Props = { status: string; begrundelse: string | null; rigtigVaerdi: string };

/** The decision with its reason and, where the person did not get what they asked for, where to complain. */
export function RettelseAfgoerelse({ status, begrundelse, rigtigVaerdi }: Props) {
  if (!["rettet", "indsigelse-noteret", "afslag"].includes(status)) return null;
  return (
    <section aria-labelledby="afgoerelse" className="rettelse-afgoerelse">
      <h2 id="afgoerelse" className="h3">
        Afgørelsen
      </h2>
      {status === "rettet" && (
        <p>
          Oplysningen er rettet til: <strong>{rigtigVaerdi}</strong>. Den forkerte oplysning er markeret som forkert og bliver ikke brugt mere. Den er
          ikke slettet, fordi kommunen skal kunne vise, hvad en afgørelse byggede på.
        </p>
      )}
      {status === "indsigelse-noteret" && (
        <p>Kommunen har ikke rettet oplysningen, men har skrevet ved den, at du er uenig, og at du mener, det rigtige er: {rigtigVaerdi}.</p>
      )}
      {status === "afslag" && <p>Kommunen har besluttet ikke at rette oplysningen.</p>}
      {begrundelse && (
        <p>
          <strong>Begrundelse:</strong> {begrundelse}
        </p>
      )}
      {status !== "rettet" && (
        <>
          <h3 className="h4">Hvis du er uenig</h3>
          <p>
            Du kan klage til Datatilsynet. Det koster ikke noget. Skriv, at klagen handler om din ret til at få rettet oplysninger
            (databeskyttelsesforordningens artikel 16), og send afgørelsen med. Du finder klageformularen på{" "}
            <Link href="https://www.datatilsynet.dk/borger/klage-til-datatilsynet">Datatilsynets hjemmeside</Link>, eller du kan skrive til
            Datatilsynet, Carl Jacobsens Vej 35, 2500 Valby.
          </p>
        </>
      )}
    </section>
  );
}
