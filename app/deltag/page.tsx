import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import { cookies } from "next/headers";
import { LiveOpdatering } from "@/app/medarbejder/dialog/_components/live-opdatering";
import { findDeltager, hentBeslutning, status, tavle } from "@/lib/data/dialog";
import { db } from "@/lib/db";
import { trinNr } from "@/lib/dialog/drejebog";
import { sessionCase } from "@/lib/dialog/dilemmaer";
import { DELTAGER_COOKIE } from "@/lib/domain/dialog";
import { forladDialog, saetPrik, skrivBidrag, vaelgIde } from "./actions";
import { DeltagForm } from "./deltag-form";

export const metadata: Metadata = { title: "Deltag i dialog" };

function Skriv({ art, label, knap }: { art: "pointe" | "ide"; label: string; knap: string }) {
  return (
    <form action={skrivBidrag} className="dialog-skriv">
      <input type="hidden" name="art" value={art} />
      <input type="hidden" name="noegle" value={randomUUID()} />
      <label className="form-label" htmlFor={`ny-${art}`}>
        {label}
      </label>
      <textarea className="form-input" id={`ny-${art}`} name="tekst" rows={3} maxLength={280} required />
      <button type="submit" className="button button-primary">
        {knap}
      </button>
    </form>
  );
}

export default async function Deltag({ searchParams }: { searchParams: Promise<{ kode?: string; fejl?: string }> }) {
  const sp = await searchParams;
  const found = await findDeltager(db(), (await cookies()).get(DELTAGER_COOKIE)?.value);
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
  const [st, board] = await Promise.all([status(db(), session, now), tavle(db(), session, { deltagerId: deltager.id }, now)]);
  const trin = trinNr(session.trin);
  const mineValg = board.ideer.filter((i) => i.valgt).length;
  const tilStemning = board.ideer.some((i) => i.valgt) ? board.ideer.filter((i) => i.valgt) : board.ideer;
  const beslutning = session.trin === 6 ? await hentBeslutning(db(), session.id) : null;

  return (
    <div className="dialog-telefon">
      {session.trin < 6 && <LiveOpdatering url="/api/dialog/deltager/status" version={st.version} />}
      <p className="dialog-meta">
        Du er med som <strong>{deltager.navn}</strong>
      </p>
      <h1>{session.emne}</h1>
      {sp.fejl && (
        <div className="alert alert-error" role="alert">
          <div className="alert-body">
            <p className="alert-text">{sp.fejl.slice(0, 200)}</p>
          </div>
        </div>
      )}
      {session.trin === 0 && <p className="font-lead">Dialogen er ikke startet endnu. Siden skifter af sig selv, når facilitatoren starter.</p>}
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
            {sessionCase(session.caseValg, session.egenCase).tekst.map((p) => (
              <p key={p}>{p}</p>
            ))}
            {sessionCase(session.caseValg, session.egenCase).citat && <p>»{sessionCase(session.caseValg, session.egenCase).citat?.tekst}«</p>}
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
          <ul className="dialog-kort-liste">
            {board.ideer
              .filter((i) => i.tekst !== null)
              .map((i) => (
                <li key={i.id} className={`dialog-lap${i.valgt ? " dialog-lap-valgt" : ""}`}>
                  <span className="dialog-lap-tekst">{i.tekst}</span>
                  <span className="dialog-lap-fra">
                    {i.fra}
                    {i.valgt ? " · valgt" : ""}
                  </span>
                  {!board.stilleAktiv && (
                    <form action={vaelgIde}>
                      <input type="hidden" name="bidragId" value={i.id} />
                      <input type="hidden" name="valgt" value={i.valgt ? "nej" : "ja"} />
                      <button type="submit" className="button button-secondary dialog-knap-lille">
                        {i.valgt ? "Fjern valg" : "Vælg som gruppens idé"}
                        <span className="sr-only">: {i.tekst}</span>
                      </button>
                    </form>
                  )}
                </li>
              ))}
          </ul>
          {mineValg > 0 && <p>{mineValg === 1 ? "1 idé er valgt." : `${mineValg} idéer er valgt.`}</p>}
        </>
      )}
      {trin?.deltagere === "stem" && (
        <>
          <p>Sæt din prik ved det forslag, du tror giver mest værdi. Du har én prik – stemmer du igen, flytter prikken.</p>
          <ul className="dialog-kort-liste">
            {tilStemning.map((i) => (
              <li key={i.id} className={`dialog-lap${i.minStemme ? " dialog-lap-valgt" : ""}`}>
                <span className="dialog-lap-tekst">{i.tekst}</span>
                {i.minStemme ? (
                  <span className="dialog-lap-fra">Din prik er her</span>
                ) : (
                  <form action={saetPrik}>
                    <input type="hidden" name="bidragId" value={i.id} />
                    <button type="submit" className="button button-secondary dialog-knap-lille">
                      Sæt min prik her<span className="sr-only">: {i.tekst}</span>
                    </button>
                  </form>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      {session.trin === 6 && (
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
