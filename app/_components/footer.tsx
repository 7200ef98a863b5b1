import Link from "next/link";

export function Footer() {
  return (
    <footer>
      <div className="footer">
        <div className="container">
          <div className="row">
            <div className="col-12 col-md-4 footer-col">
              <h2 className="h5">Korsbæk Kommune</h2>
              <p>
                Rådhuspladsen 1, 4999 Korsbæk
                <br />
                CVR 11111111
              </p>
            </div>
            <div className="col-12 col-md-4 footer-col">
              <h2 className="h5">Kontakt Borgerservice</h2>
              <p>
                Telefon 44 44 44 44
                <br />
                Mandag–fredag kl. 10–15
              </p>
            </div>
            <div className="col-12 col-md-4 footer-col">
              <h2 className="h5">Om Mine Data</h2>
              <ul className="unstyled-list">
                <li>
                  <Link href="/tilgaengelighed">Tilgængelighedserklæring</Link>
                </li>
              </ul>
            </div>
          </div>
        </div>
      </div>
    </footer>
  );
}
