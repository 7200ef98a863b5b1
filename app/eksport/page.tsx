import type { Metadata } from "next";
import { inScope } from "@/lib/data/access";
import { kopiensOmfang } from "@/lib/data/eksport";
import { forAnden, requireAccess } from "@/lib/data/guard";
import { EKSPORT_VERSION, SKEMA_STI } from "@/lib/eksport/skema";
import { SEKTIONER } from "@/lib/eksport/sektioner";
import { formatAntal, genitiv } from "@/lib/format";

export const metadata: Metadata = { title: "Kopi af dine data" };

/** GDPR art. 15(3): everything the portal can show, as a JSON file and as a printable copy. Plain links, no JavaScript needed. */
export default async function Eksport() {
  const ctx = await requireAccess("handle:eksport", "/eksport");
  const anden = forAnden(ctx);
  const omfang = await kopiensOmfang(ctx);
  const stor = omfang.ok && omfang.data.sager + omfang.data.udbetalinger > 2000;
  return (
    <div className="row">
      <div className="col-12 col-lg-8">
        <h1>{anden ? `Kopi af ${genitiv(anden)} data` : "Kopi af dine data"}</h1>
        <p className="font-lead">
          Du har ret til en kopi af alle de oplysninger, kommunen har om {anden ?? "dig"}. Her kan du hente dem på én gang – som en
          fil, andre programmer kan læse, og som en udgave, du kan læse og udskrive.
        </p>
        {omfang.ok && (
          <p>
            Kopien har {formatAntal(omfang.data.sager)} {omfang.data.sager === 1 ? "sag" : "sager"} og {formatAntal(omfang.data.udbetalinger)}{" "}
            {omfang.data.udbetalinger === 1 ? "udbetaling" : "udbetalinger"}.{" "}
            {stor ? "Det er meget, så det kan tage et par minutter. Din browser viser, hvor langt den er." : "Det tager normalt få sekunder."}
          </p>
        )}
        <h2>Hent kopien</h2>
        <ul className="nobullet-list eksport-valg">
          <li>
            <a href="/eksport/kopi" className="button button-primary">
              Åbn kopien til at læse og udskrive
            </a>
            <p className="form-hint">Siden bliver vist, mens den hentes. Der står &quot;Kopien er færdig&quot; nederst, når alt er med.</p>
          </li>
          <li>
            <a href="/eksport/minedata.json" className="button button-secondary" download>
              Hent som fil (JSON)
            </a>
            <p className="form-hint">
              Til andre programmer. Filen følger et offentligt skema: <a href={SKEMA_STI}>JSON Schema, version {EKSPORT_VERSION}</a>.
            </p>
          </li>
        </ul>
        <h2>Det er med i kopien</h2>
        <ul>
          {SEKTIONER.map((s) => (
            <li key={s.noegle}>
              <strong>{s.titel}.</strong> {s.beskrivelse}
              {!inScope(ctx, s.handling) && <em> Kun {anden ?? "personen"} selv kan hente denne del.</em>}
            </li>
          ))}
        </ul>
        {anden && <p>Det bliver gemt i {genitiv(anden)} log, at du har hentet kopien, så {anden} kan se det.</p>}
      </div>
    </div>
  );
}
