import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { hentBeslutning, hentSession } from "@/lib/data/dialog";
import { status, tavle } from "@/lib/data/dialog-tavle";
import { requireStaff } from "@/lib/data/guard";
import { DREJEBOG, trinNr } from "@/lib/dialog/drejebog";
import { sessionCase } from "@/lib/dialog/dilemmaer";
import { SIDSTE_TRIN, TRIN } from "@/lib/dialog/trin";
import { env } from "@/lib/env";
import { formatDato } from "@/lib/format";
import { BeslutningVisning } from "../_components/beslutning-visning";
import { DeltagInfo } from "../_components/deltag-info";
import { LiveOpdatering } from "../_components/live-opdatering";
import { Nedtaelling } from "../_components/nedtaelling";
import { FacilitatorNoter } from "../_components/noter";
import { SkiftCase } from "../_components/skift-case";
import { Styr } from "../_components/styr";
import { TrinIndhold } from "../_components/trin-indhold";

export const metadata: Metadata = { title: "Facilitér dialogen" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ gemt?: string; casefejl?: string }> };

/** The facilitator's own screen: controls, notes and the board. The room sees /skaerm instead. */
export default async function Facilitator({ params, searchParams }: Props) {
  const { medarbejder } = await requireStaff();
  const session = await hentSession((await params).id, medarbejder.enhed);
  if (!session) notFound();
  const now = new Date();
  const [st, board, beslutning] = await Promise.all([status(session, now), tavle(session, {}, now), hentBeslutning(session.id)]);
  const trin = trinNr(session.trin);
  const sp = await searchParams;
  const mange = Math.max(board.deltagere.length, session.forventedeDeltagere) > 12;
  const igang = session.trin < TRIN.AFSLUTTET;

  return (
    <div className="dialog-storskaerm">
      {igang && <LiveOpdatering url={`/api/dialog/session/${session.id}/status`} version={st.version} />}
      <div className="dialog-top">
        <div>
          <h1>{session.emne}</h1>
          <p className="dialog-meta">
            {formatDato(session.dato)} · facilitator {session.oprettetAfNavn} · <span aria-live="polite">{board.deltagere.length} deltagere med</span>
          </p>
          {igang && (
            <p>
              <a href={`/medarbejder/dialog/${session.id}/skaerm`} target="_blank" rel="noopener">
                Åbn visningen til projektoren (nyt vindue)
              </a>
            </p>
          )}
        </div>
        {igang && <DeltagInfo adresse={env().AUTH_URL} kode={session.kode} />}
      </div>

      <nav aria-label="Dialogens trin">
        <ol className="dialog-trinliste">
          {DREJEBOG.trin.map((t) => (
            <li key={t.nr} className={t.nr === session.trin ? "aktiv" : t.nr < session.trin ? "faerdig" : undefined} aria-current={t.nr === session.trin ? "step" : undefined}>
              <span className="dialog-trin-nr">Trin {t.nr}</span> {t.titel} <span className="dialog-trin-tid">{Math.round((session.varigheder[t.nr - 1] ?? 0) / 60) || "<1"} min</span>
            </li>
          ))}
        </ol>
      </nav>

      {session.trin === TRIN.IKKE_STARTET && (
        <section aria-labelledby="klar" className="dialog-panel">
          <h2 id="klar">Klar til at starte</h2>
          <p>Bed deltagerne åbne adressen på telefonen og skrive koden. Tjek, at forberedelsen er på plads:</p>
          <ul className="dialog-tjekliste">
            {DREJEBOG.forberedelse.map((p) => (
              <li key={p.id}>{p.tekst}</li>
            ))}
          </ul>
          <p>
            Casen i trin 1: <strong>{sessionCase(session.caseValg, session.egenCase).titel}</strong>
          </p>
          <SkiftCase id={session.id} caseValg={session.caseValg} egenCase={session.egenCase} fejl={sp.casefejl === "1"} />
          <Styr id={session.id} handling="start" primaer>
            Start trin 1
          </Styr>
        </section>
      )}

      {trin && (
        <section aria-labelledby="trin-titel" className="dialog-panel">
          <div className="dialog-trin-hoved">
            <h2 id="trin-titel">
              Trin {trin.nr}: {trin.titel}
            </h2>
            <Nedtaelling key={`${session.trin}-${session.sluttid?.getTime()}-${session.pauseRest}`} restSekunder={st.restSekunder} pauset={st.pauset} label={`Tid tilbage af trin ${trin.nr}`} />
          </div>
          <div className="dialog-knapper">
            <Styr id={session.id} handling={st.pauset ? "fortsaet" : "pause"} primaer={st.pauset}>
              {st.pauset ? "Fortsæt tiden" : "Pause"}
            </Styr>
            <Styr id={session.id} handling="forlaeng">
              Forlæng 1 minut
            </Styr>
            {session.trin > TRIN.CASE && <Styr id={session.id} handling="forrige">Forrige trin</Styr>}
            {session.trin < SIDSTE_TRIN && (
              <Styr id={session.id} handling="naeste" primaer>
                Næste trin
              </Styr>
            )}
          </div>
          <FacilitatorNoter trin={trin} mange={mange} />
          <TrinIndhold session={session} board={board} casefejl={sp.casefejl === "1"} />
        </section>
      )}

      {session.trin === TRIN.AFSLUTTET && (
        <section aria-labelledby="slut" className="dialog-panel">
          <h2 id="slut">Dialogen er afsluttet</h2>
          {sp.gemt === "1" && (
            <div className="alert alert-success" role="status">
              <div className="alert-body">
                <p className="alert-text">Beslutningen er gemt. Opfølgningen står nu på medarbejderforsiden.</p>
              </div>
            </div>
          )}
          {beslutning && <BeslutningVisning beslutning={beslutning} />}
          <p>
            <Link className="button button-primary" href={`/medarbejder/dialog/${session.id}/opsummering`}>
              Se opsummering til print
            </Link>
          </p>
        </section>
      )}
      <p className="d-print-none">
        <Link href="/medarbejder/dialog">Tilbage til dialoger</Link>
      </p>
    </div>
  );
}
