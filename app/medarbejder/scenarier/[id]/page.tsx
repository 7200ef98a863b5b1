import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireStaff } from "@/lib/data/guard";
import { findScenarie } from "@/lib/dialog/scenarier";

export const metadata: Metadata = { title: "Øvelsesscenarie" };

const VURDERING = {
  god: { tekst: "Godt valg", klasse: "alert-success" },
  delvis: { tekst: "Delvist rigtigt", klasse: "alert-warning" },
  forkert: { tekst: "Ikke sådan", klasse: "alert-error" },
} as const;

/** One step of a scenario. Where you are and what you chose is in the URL, so it works without JavaScript. */
export default async function ScenarieSide({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ trin?: string; valg?: string; slut?: string }>;
}) {
  await requireStaff();
  const scenarie = findScenarie((await params).id);
  if (!scenarie) notFound();
  const sp = await searchParams;
  const base = `/medarbejder/scenarier/${scenarie.id}`;

  if (sp.slut === "1") {
    return (
      <article className="scenarie">
        <p className="scenarie-titel">{scenarie.titel}</p>
        <h1>Scenariet er slut</h1>
        <p className="font-lead">{scenarie.afslutning}</p>
        <div className="dialog-knapper">
          <Link className="button button-primary" href="/medarbejder/scenarier">
            Vælg et nyt scenarie
          </Link>
          <Link className="button button-secondary" href={base}>
            Spil det igen
          </Link>
        </div>
      </article>
    );
  }

  const trin = scenarie.trin.find((t) => t.id === (sp.trin ?? scenarie.start));
  if (!trin) notFound();
  const valg = sp.valg ? trin.valg.find((v) => v.id === sp.valg) : undefined;
  const nr = scenarie.trin.indexOf(trin) + 1;

  return (
    <article className="scenarie">
      <p className="scenarie-titel">
        {scenarie.titel} · situation {nr}
      </p>
      <h1>{trin.spoergsmaal}</h1>
      <div className="scenarie-situation">
        {trin.situation.map((p) => (
          <p key={p}>{p}</p>
        ))}
      </div>
      {!valg ? (
        <nav aria-label="Dine valg">
          <ul className="scenarie-valg">
            {trin.valg.map((v) => (
              <li key={v.id}>
                <Link className="button button-secondary" href={`${base}?trin=${trin.id}&valg=${v.id}`}>
                  {v.tekst}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      ) : (
        <section aria-labelledby="feedback">
          <p>
            Du valgte: <strong>{valg.tekst}</strong>
          </p>
          <div className={`alert ${VURDERING[valg.vurdering].klasse}`}>
            <div className="alert-body">
              <h2 className="alert-heading h4" id="feedback">
                {VURDERING[valg.vurdering].tekst}
              </h2>
              <p className="alert-text">{valg.feedback}</p>
            </div>
          </div>
          <h2 className="h4">Reglen bag</h2>
          <p>{valg.regel}</p>
          {valg.link && (
            <>
              <h2 className="h4">Det hjælper Mine Data med</h2>
              <p>
                <Link href={valg.link.href}>{valg.link.tekst}</Link>
              </p>
            </>
          )}
          <div className="dialog-knapper">
            <Link className="button button-primary" href={valg.naeste ? `${base}?trin=${valg.naeste}` : `${base}?slut=1`}>
              {valg.naeste ? "Fortsæt" : "Afslut scenariet"}
            </Link>
            <Link className="button button-secondary" href={`${base}?trin=${trin.id}`}>
              Prøv et andet valg
            </Link>
          </div>
        </section>
      )}
    </article>
  );
}
