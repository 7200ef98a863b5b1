import { LoginButton } from "./login-button";

export function Velkommen({ loggedOut }: { loggedOut: boolean }) {
  return (
    <div className="row">
      <div className="col-12 col-lg-8">
        {loggedOut && (
          <div className="alert alert-success" role="status">
            <div className="alert-body">
              <p className="alert-text">Du er nu logget af. Luk browseren, hvis du bruger en fælles computer.</p>
            </div>
          </div>
        )}
        <h1>Mine Data</h1>
        <p className="font-lead">
          Se de oplysninger, Korsbæk Kommune har om dig. Du kan få overblik over dine sager, bede om at få rettet
          forkerte oplysninger og give andre lov til at hjælpe dig.
        </p>
        <h2>Det kan du her</h2>
        <ul>
          <li>
            <strong>Forstå:</strong> se dine sager, ydelser og oplysninger – og hvem din sagsbehandler er.
          </li>
          <li>
            <strong>Bidrage:</strong> bed om at få rettet oplysninger, der er forkerte.
          </li>
          <li>
            <strong>Anvende:</strong> få en kopi af dine data, og giv fuldmagt til en, du stoler på.
          </li>
        </ul>
        <h2>Log ind</h2>
        <p>Du logger ind med dit eget MitID. Medarbejdere i kommunen logger ind med MitID Erhverv.</p>
        <LoginButton />
      </div>
    </div>
  );
}
