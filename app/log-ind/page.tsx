import type { Metadata } from "next";
import { LoginButton } from "../_components/login-button";

export const metadata: Metadata = { title: "Log ind" };

type Props = { searchParams: Promise<{ til?: string; error?: string; udloebet?: string }> };

/** Why a login did not go through, chosen by code: never text from the URL. */
const FEJL: Record<string, { overskrift: string; tekst: string }> = {
  AccessDenied: {
    overskrift: "Du blev ikke logget ind",
    tekst: "Din identitet giver ikke adgang til Mine Data. Er du medarbejder, skal din leder give dig adgang.",
  },
  ForMangeForsoeg: {
    overskrift: "Du blev ikke logget ind",
    tekst: "Der er prøvet at logge ind mange gange på kort tid. Vent et minut, og prøv så igen.",
  },
  Sikringsniveau: {
    overskrift: "Dit login var ikke sikkert nok",
    tekst:
      "Du loggede ind på sikringsniveau Lav. Mine Data viser personlige oplysninger, så du skal logge ind på niveau Betydelig – det gør du med MitID-appen eller en MitID-kodeviser. Prøv igen, og godkend med appen eller kodeviseren.",
  },
};
const ANDEN_FEJL = {
  overskrift: "Du blev ikke logget ind",
  tekst: "Login blev afbrudt eller lykkedes ikke. Prøv igen. Sker det igen, så ring til Borgerservice på 44 44 44 44.",
};

export default async function LogInd({ searchParams }: Props) {
  const { til, error, udloebet } = await searchParams;
  const fejl = error ? (FEJL[error] ?? ANDEN_FEJL) : null;
  return (
    <div className="row">
      <div className="col-12 col-lg-8">
        <h1>Log ind</h1>
        {fejl ? (
          <div className="alert alert-error" role="alert">
            <div className="alert-body">
              <h2 className="alert-heading h4">{fejl.overskrift}</h2>
              <p className="alert-text">{fejl.tekst}</p>
            </div>
          </div>
        ) : udloebet ? (
          <div className="alert alert-info" role="status">
            <div className="alert-body">
              <h2 className="alert-heading h4">Du er blevet logget af</h2>
              <p className="alert-text">Du havde ikke brugt Mine Data i 30 minutter, eller du havde været logget ind i 8 timer. Log ind igen for at fortsætte.</p>
            </div>
          </div>
        ) : (
          til && <p>Du skal logge ind for at se siden.</p>
        )}
        <p>Du logger ind med dit eget MitID. Vi bruger kun dit login til at vise dine egne data.</p>
        <LoginButton returnTo={til ?? "/"} />
      </div>
    </div>
  );
}
