import type { Metadata } from "next";
import { cookies } from "next/headers";
import { LiveOpdatering } from "@/app/medarbejder/dialog/_components/live-opdatering";
import { CaseTekst } from "@/app/medarbejder/dialog/_components/case-tekst";
import { hentBeslutning } from "@/lib/data/dialog";
import { findDeltager } from "@/lib/data/dialog-deltager";
import { ideerTilStemning, status, tavle } from "@/lib/data/dialog-tavle";
import { trinNr } from "@/lib/dialog/drejebog";
import { sessionCase } from "@/lib/dialog/dilemmaer";
import { TRIN } from "@/lib/dialog/trin";
import { DELTAGER_COOKIE, deltagerFejlTekst } from "@/lib/domain/dialog";
import { forladDialog } from "./actions";
import { DeltagForm } from "./_components/deltag-form";
import { IdeValg } from "./_components/ide-valg";
import { Skriv } from "./_components/skriv";
import { StemListe } from "./_components/stem-liste";

export const metadata: Metadata = { title: "Deltag i dialog" };

type Props = { searchParams: Promise<{ kode?: string; fejl?: string }> };

/** A participant's phone: join with a code, then whatever the current step asks of them. */
export default async function Deltag({ searchParams }: Props) {
  const sp = await searchParams;
  const found = await findDeltager((await cookies()).get(DELTAGER_COOKIE)?.value);
  if (!found) {
    return (
      <div className="dialog-telefon">
        <h1>Deltag i en dialog</h1>
        <p>Skriv koden fra facilitatorens skærm og det navn, du vil vises med. Du skal ikke logge ind.</p>
        <DeltagForm kode={typeof sp.kode === "string" ? sp.kode.slice(0, 10) : ""} />
      </div>
    );
  }
  const { deltager, session } = found;
  const now = new Date();
  const [st, board] = await Promise.all([status(session, now), tavle(session, { deltagerId: deltager.id }, now)]);
  const trin = trinNr(session.trin);
  const fejl = deltagerFejlTekst(sp.fejl);
  const beslutning = session.trin === TRIN.AFSLUTTET ? await hentBeslutning(session.id) : null;

  return (
    <div className="dialog-telefon">
      {session.trin < TRIN.AFSLUTTET && <LiveOpdatering url="/api/dialog/deltager/status" version={st.version} />}
      <p className="dialog-meta">
        Du er med som <strong>{deltager.navn}</strong>
      </p>
      <h1>{session.emne}</h1>
      {fejl && (
        <div className="alert alert-error" role="alert">
          <div className="alert-body">
            <p className="alert-text">{fejl}</p>
          </div>
        </div>
      )}
      {session.trin === TRIN.IKKE_STARTET && <p className="font-lead">Dialogen er ikke startet endnu. Siden skifter af sig selv, når facilitatoren starter.</p>}
      {trin && (
        <h2>
          Trin {trin.nr}: {trin.titel}
        </h2>
      )}
      {trin?.deltagere === "lyt" && (
        <>
          <p>Lyt til casen. Skriv gerne ned, hvad du især lægger mærke til.</p>
          <details>
            <summary>Læs casen med</summary>
            <CaseTekst fortaelling={sessionCase(session.caseValg, session.egenCase)} />
          </details>
        </>
      )}
      {trin?.deltagere === "pointer" && (
        <>
          <p>Tal med din makker om 1–2 ting i casen, der virker vigtige eller undrer jer. Skriv jeres pointer her.</p>
          <Skriv art="pointe" label="Jeres pointe" knap="Send pointe" />
          <h3>Pointer indtil nu ({board.pointer.length})</h3>
          <ul className="dialog-kort-liste">
            {board.pointer.map((p) => (
              <li key={p.id} className="dialog-lap">
                <span className="dialog-lap-tekst">{p.tekst}</span>
                <span className="dialog-lap-fra">{p.fra}</span>
              </li>
            ))}
          </ul>
        </>
      )}
      {trin?.deltagere === "refleksion" && (
        <>
          <p>Tal i jeres gruppe om spørgsmålene:</p>
          <ul>
            {trin.spoergsmaal.map((s) => (
              <li key={s}>{s}</li>
            ))}
          </ul>
        </>
      )}
      {trin?.deltagere === "ideer" && (
        <>
          {board.stilleAktiv ? (
            <p className="dialog-stille-titel" role="status">
              Stille minut. Skriv dine idéer hver for dig – ingen taler.
            </p>
          ) : (
            <p>Skriv idéer til konkrete handlinger. Vælg derefter 1–2 idéer som jeres gruppes valg.</p>
          )}
          <Skriv art="ide" label="Din idé" knap="Send idé" />
          <h3>Idéer ({board.antalIdeer})</h3>
          {board.stilleAktiv && <p>De andres idéer vises, når det stille minut er slut.</p>}
          <IdeValg board={board} />
        </>
      )}
      {trin?.deltagere === "stem" && (
        <>
          <p>Sæt din prik ved det forslag, du tror giver mest værdi. Du har én prik – stemmer du igen, flytter prikken.</p>
          <StemListe ideer={ideerTilStemning(board)} />
        </>
      )}
      {session.trin === TRIN.AFSLUTTET && (
        <>
          <h2>Tak for i dag</h2>
          <p>Dialogen er slut.</p>
          {beslutning && (
            <p>
              I har besluttet at afprøve: <strong>{beslutning.forslag}</strong>
            </p>
          )}
        </>
      )}
      <form action={forladDialog} className="dialog-forlad">
        <button type="submit" className="function-link">
          Forlad dialogen
        </button>
      </form>
    </div>
  );
}
