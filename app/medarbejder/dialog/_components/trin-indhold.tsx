import type { DialogSession } from "@/lib/data/dialog";
import { ideerTilStemning, type Tavle as TavleData } from "@/lib/data/dialog-tavle";
import { sessionCase } from "@/lib/dialog/dilemmaer";
import { TRIN } from "@/lib/dialog/trin";
import { facilitatorVaelgIde } from "../actions";
import { BeslutningForm } from "./beslutning-form";
import { CaseTekst } from "./case-tekst";
import { SkiftCase } from "./skift-case";
import { SkrivForRummet } from "./skriv-for-rummet";
import { Styr } from "./styr";
import { Prikker, Tavle } from "./tavle";

/** The facilitator's work area for the current step: the case, the board, the silent minute, the vote. */
export function TrinIndhold({ session, board, casefejl }: { session: DialogSession; board: TavleData; casefejl: boolean }) {
  const fortaelling = sessionCase(session.caseValg, session.egenCase);
  switch (session.trin) {
    case TRIN.CASE:
      return (
        <section aria-labelledby="casen" className="dialog-case">
          <h3 id="casen">Læs casen højt: {fortaelling.titel}</h3>
          <CaseTekst fortaelling={fortaelling} />
          <h4>Spørgsmål til casen</h4>
          <ul>
            {fortaelling.spoergsmaal.map((s) => (
              <li key={s}>{s}</li>
            ))}
          </ul>
          <SkiftCase id={session.id} caseValg={session.caseValg} egenCase={session.egenCase} fejl={casefejl} />
        </section>
      );
    case TRIN.POINTER:
    case TRIN.REFLEKSION:
      return (
        <>
          <Tavle titel="Pointer" bidrag={board.pointer} tom="Ingen pointer endnu. De kommer her, når deltagerne skriver dem." />
          {session.trin === TRIN.POINTER && <SkrivForRummet id={session.id} art="pointe" />}
        </>
      );
    case TRIN.IDEER:
      return (
        <>
          {board.stilleAktiv ? (
            <div className="dialog-stille" role="status">
              <p className="dialog-stille-titel">Stille minut – ingen taler</p>
              <p>
                <span className="dialog-stort-tal">{board.antalIdeer}</span> {board.antalIdeer === 1 ? "idé" : "idéer"} skrevet. Idéerne vises, når minuttet
                er slut.
              </p>
              <Styr id={session.id} handling="stille-stop">
                Afslut det stille minut nu
              </Styr>
            </div>
          ) : (
            <>
              {!session.stilleSlut && (
                <Styr id={session.id} handling="stille-start" primaer>
                  Start det stille minut
                </Styr>
              )}
              <Tavle titel="Idéer" bidrag={board.ideer} tom="Ingen idéer endnu." handling={(i) => <VaelgIde sessionId={session.id} id={i.id} valgt={i.valgt} tekst={i.tekst} />} />
            </>
          )}
          <SkrivForRummet id={session.id} art="ide" />
        </>
      );
    case TRIN.STEM: {
      const ideer = ideerTilStemning(board);
      const foerst = [...ideer].sort((a, b) => b.stemmer - a.stemmer)[0];
      return (
        <>
          <section aria-labelledby="stemmer" className="dialog-tavle">
            <h3 id="stemmer">
              Forslag og prikker ({board.antalStemmer} af {board.deltagere.length} har stemt)
            </h3>
            {ideer.length === 0 ? <p>Der er ingen forslag endnu. Skriv dem i trin 4, eller skriv beslutningen direkte herunder.</p> : <Prikker ideer={ideer} />}
          </section>
          <section aria-labelledby="beslut" className="dialog-panel-hvid">
            <h3 id="beslut">Jeres beslutning</h3>
            <BeslutningForm id={session.id} forslag={foerst?.tekst ?? ""} start={{}} />
          </section>
        </>
      );
    }
    default:
      return null;
  }
}

function VaelgIde({ sessionId, id, valgt, tekst }: { sessionId: string; id: string; valgt: boolean; tekst: string | null }) {
  return (
    <form action={facilitatorVaelgIde}>
      <input type="hidden" name="id" value={sessionId} />
      <input type="hidden" name="bidragId" value={id} />
      <input type="hidden" name="valgt" value={valgt ? "nej" : "ja"} />
      <button type="submit" className="function-link">
        {valgt ? "Fjern som valgt" : "Marker som valgt"}
        <span className="sr-only">: {tekst}</span>
      </button>
    </form>
  );
}
