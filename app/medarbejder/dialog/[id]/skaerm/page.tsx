import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { hentBeslutning, hentSession } from "@/lib/data/dialog";
import { ideerTilStemning, status, tavle } from "@/lib/data/dialog-tavle";
import { requireStaff } from "@/lib/data/guard";
import { trinNr } from "@/lib/dialog/drejebog";
import { sessionCase } from "@/lib/dialog/dilemmaer";
import { SIDSTE_TRIN, TRIN } from "@/lib/dialog/trin";
import { env } from "@/lib/env";
import { CaseTekst } from "../../_components/case-tekst";
import { DeltagInfo } from "../../_components/deltag-info";
import { LiveOpdatering } from "../../_components/live-opdatering";
import { Nedtaelling } from "../../_components/nedtaelling";
import { Prikker, Tavle } from "../../_components/tavle";

export const metadata: Metadata = { title: "Dialogen på projektoren" };

/**
 * What the room sees on the projector: the current step and its content first, in type that
 * reads from the back of the room, and how to join. No portal header (app.scss hides it for this
 * view), no controls and none of the facilitator's notes: those stay on the facilitator's screen.
 */
export default async function Projektor({ params }: { params: Promise<{ id: string }> }) {
  const { medarbejder } = await requireStaff();
  const session = await hentSession((await params).id, medarbejder.enhed);
  if (!session) notFound();
  const now = new Date();
  const [st, board] = await Promise.all([status(session, now), tavle(session, {}, now)]);
  const trin = trinNr(session.trin);
  const fortaelling = sessionCase(session.caseValg, session.egenCase);
  const beslutning = session.trin === TRIN.AFSLUTTET ? await hentBeslutning(session.id) : null;

  return (
    <div className="dialog-projektor">
      {session.trin < TRIN.AFSLUTTET && <LiveOpdatering url={`/api/dialog/session/${session.id}/status`} version={st.version} />}
      <div className="dialog-projektor-indhold">
        {trin ? (
          <>
            <div className="dialog-projektor-hoved">
              <h1>
                <span className="dialog-projektor-trin">
                  Trin {trin.nr} af {SIDSTE_TRIN}
                </span>{" "}
                {trin.titel}
              </h1>
              <Nedtaelling key={`${session.trin}-${session.sluttid?.getTime()}-${session.pauseRest}`} restSekunder={st.restSekunder} pauset={st.pauset} label={`Tid tilbage af trin ${trin.nr}`} />
            </div>
            {session.trin === TRIN.CASE ? (
              <section aria-labelledby="casen" className="dialog-projektor-case">
                <h2 id="casen">{fortaelling.titel}</h2>
                <CaseTekst fortaelling={fortaelling} />
              </section>
            ) : (
              <ul className="dialog-projektor-spoergsmaal" aria-label="Spørgsmål til jer">
                {trin.spoergsmaal.map((s) => (
                  <li key={s}>{s}</li>
                ))}
              </ul>
            )}
            {(session.trin === TRIN.POINTER || session.trin === TRIN.REFLEKSION) && <Tavle titel="Pointer" niveau={2} bidrag={board.pointer} tom="Pointerne kommer her, når I skriver dem." />}
            {session.trin === TRIN.IDEER &&
              (board.stilleAktiv ? (
                <p className="dialog-stille dialog-stille-titel" role="status">
                  Stille minut – ingen taler. {board.antalIdeer} {board.antalIdeer === 1 ? "idé" : "idéer"} skrevet.
                </p>
              ) : (
                <Tavle titel="Idéer" niveau={2} bidrag={board.ideer} tom="Idéerne kommer her, når I skriver dem." />
              ))}
            {session.trin === TRIN.STEM && (
              <section aria-labelledby="prikker">
                <h2 id="prikker">
                  Prikker: {board.antalStemmer} af {board.deltagere.length} har stemt
                </h2>
                <Prikker ideer={ideerTilStemning(board)} />
              </section>
            )}
          </>
        ) : session.trin === TRIN.IKKE_STARTET ? (
          <h1>{session.emne}: vi starter om lidt</h1>
        ) : (
          <>
            <h1>Tak for i dag</h1>
            {beslutning && (
              <p className="dialog-projektor-beslutning">
                Vi afprøver: <strong>{beslutning.forslag}</strong>
              </p>
            )}
          </>
        )}
      </div>
      {session.trin < TRIN.AFSLUTTET && (
        <aside className="dialog-projektor-deltag" aria-label="Sådan deltager du">
          <DeltagInfo adresse={env().AUTH_URL} kode={session.kode} stor />
        </aside>
      )}
    </div>
  );
}
