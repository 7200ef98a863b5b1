import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "Siden findes ikke" };

export default function NotFound() {
  return (
    <div className="row">
      <div className="col-12 col-lg-8">
        <h1>Siden findes ikke</h1>
        <p className="font-lead">Vi kan ikke finde den side, du leder efter.</p>
        <p>Måske er adressen skrevet forkert, eller også er siden flyttet.</p>
        <p>
          <Link href="/">Gå til forsiden af Mine Data</Link>
        </p>
      </div>
    </div>
  );
}
