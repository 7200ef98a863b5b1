import Link from "next/link";
import { afslutSomMedarbejderAction, lukSlutBesked } from "@/app/medarbejder/hjaelp/actions";
import { bannerVersion, hjaelpBanner } from "@/lib/assistance/banner";
import { requestContext } from "@/lib/data/context";
import { afslutHjaelp } from "../actions";
import { BannerOpdatering, MinutterTilbage } from "./banner-opdatering";

/**
 * Above every page while a staff member helps a citizen. The staff member sees whom they help,
 * how long is left and that everything is logged; the citizen sees who can see what. Both can
 * end it from here, with or without JavaScript.
 */
export async function HjaelpBanner() {
  if (!(await requestContext())) return null;
  const banner = await hjaelpBanner();
  return (
    <>
      <BannerOpdatering version={bannerVersion(banner)} lyt={banner !== null} />
      {banner && <Banner banner={banner} />}
    </>
  );
}

function Banner({ banner }: { banner: NonNullable<Awaited<ReturnType<typeof hjaelpBanner>>> }) {
  if (banner.side === "medarbejder") {
    return (
      <div className={`handler-for${banner.slut ? " handler-for-ophoert" : ""}`} role="region" aria-label="Hjælp til en borger">
        <div className="container handler-for-inner">
          {banner.slut ? (
            <>
              <p className="handler-for-tekst">
                <strong>Hjælpen til {banner.borgerNavn} er slut.</strong> Du kan ikke længere se borgerens data.
              </p>
              <form action={lukSlutBesked}>
                <button type="submit" className="button button-secondary handler-for-knap">
                  Luk
                </button>
              </form>
            </>
          ) : (
            <>
              <p className="handler-for-tekst">
                <strong>Du hjælper {banner.borgerNavn}</strong> · <MinutterTilbage sekunder={banner.sekunder} minutter={banner.minutter} /> · alt logges ·{" "}
                <Link href="/medarbejder/hjaelp">Til hjælpesiden</Link>
              </p>
              <form action={afslutSomMedarbejderAction}>
                <input type="hidden" name="id" value={banner.id} />
                <button type="submit" className="button button-secondary handler-for-knap">
                  Afslut<span className="sr-only"> hjælpen til {banner.borgerNavn}</span>
                </button>
              </form>
            </>
          )}
        </div>
      </div>
    );
  }
  return (
    <div className="handler-for hjaelp-borger" role="region" aria-label="En medarbejder hjælper dig">
      {banner.hjaelpere.map((h) => (
        <div key={h.id} className="container handler-for-inner">
          <p className="handler-for-tekst">
            <strong>
              {h.medarbejder}, {h.enhed}
            </strong>{" "}
            kan se: {h.omraader.join(", ")}
          </p>
          <form action={afslutHjaelp}>
            <input type="hidden" name="id" value={h.id} />
            <button type="submit" className="button button-secondary handler-for-knap">
              Afslut hjælp
            </button>
          </form>
        </div>
      ))}
    </div>
  );
}
