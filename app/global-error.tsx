"use client";

import Link from "next/link";
import "./styles/app.scss";

export default function GlobalFejl() {
  return (
    <html lang="da">
      <body>
        <main id="main-content" className="container">
          <h1>Der skete en fejl</h1>
          <p>Mine Data kan ikke vises lige nu. Prøv igen om lidt, eller ring til Borgerservice på 44 44 44 44.</p>
          <p>
            <Link href="/">Gå til forsiden</Link>
          </p>
        </main>
      </body>
    </html>
  );
}
