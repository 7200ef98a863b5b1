import type { Metadata } from "next";
import Link from "next/link";
import { HandlForKnap } from "@/app/handl-for/handl-for-knap";
import { mineFuldmagter } from "@/lib/data/fuldmagter";
import { forAnden, requireAccess } from "@/lib/data/guard";
import { genitiv } from "@/lib/format";
import { Utilgaengelig } from "../_components/utilgaengelig";
import { FuldmagtSektion } from "./_components/fuldmagt-liste";

export const metadata: Metadata = { title: "Fuldmagter" };

export default async function Fuldmagter() {
  const ctx = await requireAccess("se:fuldmagter", "/fuldmagter");
  const anden = forAnden(ctx);
  const result = await mineFuldmagter(ctx);
  return (
    <>
      <h1>{anden ? `${genitiv(anden)} fuldmagter` : "Fuldmagter"}</h1>
      <p className="font-lead">
        En fuldmagt lader en, du stoler på, se dine data og hjælpe dig med sit eget MitID. Du bestemmer hvad og hvor længe, og du kan
        se alt, hvad personen ser og gør.
      </p>
      {!anden && (
        <div className="knap-raekke">
          <Link href="/fuldmagter/ny" className="button button-primary">
            Giv en fuldmagt
          </Link>
          <Link href="/fuldmagter/anmod" className="button button-secondary">
            Bed om en fuldmagt
          </Link>
        </div>
      )}
      {!result.ok ? (
        <Utilgaengelig hvad="Fuldmagterne" niveau={2} />
      ) : (
        <>
          <FuldmagtSektion id="anmodninger" titel="Anmodninger, der venter på dit svar" fuldmagter={result.data.anmodningerTilMig} />
          <FuldmagtSektion id="givne" titel="Fuldmagter, du har givet" tom="Du har ikke givet nogen fuldmagt." fuldmagter={result.data.givne} />
          <FuldmagtSektion id="modtagne" titel="Fuldmagter, du har fået" fuldmagter={result.data.modtagne}>
            {(f) => !anden && <HandlForKnap fuldmagtId={f.id} tekst={`Handl for ${f.giverNavn}`} />}
          </FuldmagtSektion>
          <FuldmagtSektion id="mine-anmodninger" titel="Dine anmodninger, der venter på svar" fuldmagter={result.data.mineAnmodninger} />
          <FuldmagtSektion id="tidligere" titel="Tidligere" fuldmagter={result.data.tidligere} />
          {result.data.tidligere.length > 0 && <p className="sag-meta">Fuldmagter, der er ophørt, vises her i 15 måneder.</p>}
        </>
      )}
      <h2>Kan personen ikke selv give fuldmagt?</h2>
      <p>
        Er den, der skal have hjælp, for syg til at give fuldmagt, er der andre veje end at låne deres MitID.{" "}
        <Link href="/fuldmagter/kan-ikke-give">Læs om værgemål og fremtidsfuldmagt</Link>.
      </p>
    </>
  );
}
