import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireStaff } from "@/lib/data/guard";
import { hentBeslutning, hentSession, status, tavle, type TavleBidrag } from "@/lib/data/dialog";
import { db } from "@/lib/db";
import { DREJEBOG, trinNr } from "@/lib/dialog/drejebog";
import { DILEMMAKORT, PAA_KONENS_VEGNE, sessionCase } from "@/lib/dialog/dilemmaer";
import { visKode } from "@/lib/dialog/kode";
import { formatDato } from "@/lib/format";
import { facilitatorVaelgIde, skiftCase, skrivForRummet, styrDialog } from "../actions";
import { BeslutningForm } from "../_components/beslutning-form";
import { LiveOpdatering } from "../_components/live-opdatering";
import { Nedtaelling } from "../_components/nedtaelling";

export const metadata: Metadata = { title: "Facilitér dialogen" };

function Styr({ id, handling, children, primaer }: { id: string; handling: string; children: React.ReactNode; primaer?: boolean }) {
  return (
    <form action={styrDialog}>
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="handling" value={handling} />
      <button type="submit" className={`button ${primaer ? "button-primary" : "button-secondary"}`}>
        {children}
      </button>
    </form>
  );
}

function SkrivForRummet({ id, art }: { id: string; art: "pointe" | "ide" }) {
  const label = art === "pointe" ? "Skriv en pointe for rummet" : "Skriv en idé for rummet";
  return (
    <form action={skrivForRummet} className="dialog-skriv">
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="art" value={art} />
      <input type="hidden" name="noegle" value={randomUUID()} />
      <label className="form-label" htmlFor={`skriv-${art}`}>
        {label}
      </label>
      <div className="dialog-skriv-raekke">
        <input className="form-input" id={`skriv-${art}`} name="tekst" maxLength={280} required autoComplete="off" />
        <button type="submit" className="button button-secondary">
          Tilføj
        </button>
      </div>
    </form>
  );
}

function SkiftCase({ id, caseValg, egenCase, fejl }: { id: string; caseValg: string; egenCase: string | null; fejl: boolean }) {
  return (
    <details className="dialog-skift-case" open={fejl}>
      <summary>Skift case eller skriv jeres egen</summary>
      <form action={skiftCase}>
        <input type="hidden" name="id" value={id} />
        {fejl && (
          <p className="form-error-message" role="alert">
            Vælg en case, eller skriv jeres egen på mindst 20 tegn.
          </p>
        )}
        <div className="form-group">
          <label className="form-label" htmlFor="caseValg">
            Case
          </label>
          <select className="form-select" id="caseValg" name="caseValg" defaultValue={caseValg}>
            <option value={PAA_KONENS_VEGNE.id}>Dilemmaet »{PAA_KONENS_VEGNE.titel}«</option>
            {DILEMMAKORT.map((k) => (
              <option key={k.id} value={k.id}>
                Dilemmakort {k.nr}: {k.tema}
              </option>
            ))}
            <option value="egen">Vores egen case</option>
          </select>
        </div>
        <div className="form-group">
          <label className="form-label" htmlFor="egenCase">
            Jeres egen case
          </label>
          <span className="form-hint" id="egenCase-hint">
            Skriv ikke navne eller CPR-numre på rigtige borgere.
          </span>
          <textarea className="form-input dialog-bred" id="egenCase" name="egenCase" rows={4} defaultValue={egenCase ?? ""} aria-describedby="egenCase-hint" />
        </div>
        <button type="submit" className="button button-secondary">
          Brug casen
        </button>
      </form>
    </details>
  );
}

function Tavle({ titel, bidrag, tom }: { titel: string; bidrag: TavleBidrag[]; tom: string }) {
  return (
    <section aria-labelledby={`tavle-${titel}`} className="dialog-tavle">
      <h3 id={`tavle-${titel}`}>
        {titel} ({bidrag.length})
      </h3>
      {bidrag.length === 0 ? (
        <p>{tom}</p>
      ) : (
        <ul className="dialog-kort-liste">
          {bidrag.map((b) => (
            <li key={b.id} className="dialog-lap">
              <span className="dialog-lap-tekst">{b.tekst}</span>
              <span className="dialog-lap-fra">{b.fra}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export default async function Facilitator({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ gemt?: string; casefejl?: string }> }) {
  const { medarbejder } = await requireStaff();
  const session = await hentSession(db(), (await params).id, medarbejder.enhed);
  if (!session) notFound();
  const now = new Date();
  const [st, board, beslutning] = await Promise.all([status(db(), session, now), tavle(db(), session, {}, now), hentBeslutning(db(), session.id)]);
  const trin = trinNr(session.trin);
  const fortaelling = sessionCase(session.caseValg, session.egenCase);
  const mange = Math.max(board.deltagere.length, session.forventedeDeltagere) > 12;
  const ideerTilStemning = board.ideer.some((i) => i.valgt) ? board.ideer.filter((i) => i.valgt) : board.ideer;
  const rangeret = [...ideerTilStemning].sort((a, b) => b.stemmer - a.stemmer);
  const sp = await searchParams;
  const gemt = sp.gemt === "1";

  return (
    <div className="dialog-storskaerm">
      {session.trin < 6 && <LiveOpdatering url={`/api/dialog/session/${session.id}/status`} version={st.version} />}
      <div className="dialog-top">
        <div>
          <h1>{session.emne}</h1>
          <p className="dialog-meta">
            {formatDato(session.dato)} · facilitator {session.oprettetAfNavn} · <span aria-live="polite">{board.deltagere.length} deltagere med</span>
          </p>
        </div>
        {session.trin < 6 && (
          <p className="dialog-kode-boks">
            Deltag på <strong>/deltag</strong> med koden <strong className="dialog-kode">{visKode(session.kode)}</strong>
          </p>
        )}
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

      {session.trin === 0 && (
        <section aria-labelledby="klar" className="dialog-panel">
          <h2 id="klar">Klar til at starte</h2>
          <p>Bed deltagerne åbne /deltag på telefonen og skrive koden. Tjek, at forberedelsen er på plads:</p>
          <ul className="dialog-tjekliste">
            {DREJEBOG.forberedelse.map((p) => (
              <li key={p.id}>{p.tekst}</li>
            ))}
          </ul>
          <p>
            Casen i trin 1: <strong>{fortaelling.titel}</strong>
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
            {st.pauset ? (
              <Styr id={session.id} handling="fortsaet" primaer>
                Fortsæt tiden
              </Styr>
            ) : (
              <Styr id={session.id} handling="pause">
                Pause
              </Styr>
            )}
            <Styr id={session.id} handling="forlaeng">
              Forlæng 1 minut
            </Styr>
            {session.trin > 1 && (
              <Styr id={session.id} handling="forrige">
                Forrige trin
              </Styr>
            )}
            {session.trin < 5 && (
              <Styr id={session.id} handling="naeste" primaer>
                Næste trin
              </Styr>
            )}
          </div>

          <div className="dialog-kolonner">
            <div>
              <h3>Sådan gør du</h3>
              <ol className="dialog-instruktioner">
                {trin.instruktioner.map((i) => (
                  <li key={i}>{i}</li>
                ))}
              </ol>
              {trin.tip && (
                <div className="alert alert-info">
                  <div className="alert-body">
                    <p className="alert-text">
                      <strong>Tip:</strong> {trin.tip}
                    </p>
                  </div>
                </div>
              )}
              {trin.nr === 2 && mange && (
                <div className="alert alert-warning">
                  <div className="alert-body">
                    <p className="alert-text">I er mange i dag. Vælg 2–3 makkerpar, der siger deres pointer, og spørg så resten, om noget mangler.</p>
                  </div>
                </div>
              )}
            </div>
            <div>
              <h3>Spørgsmål til rummet</h3>
              <ul className="dialog-spoergsmaal">
                {trin.spoergsmaal.map((s) => (
                  <li key={s}>{s}</li>
                ))}
              </ul>
            </div>
          </div>

          {trin.nr === 1 && (
            <section aria-labelledby="casen" className="dialog-case">
              <h3 id="casen">Læs casen højt: {fortaelling.titel}</h3>
              {fortaelling.tekst.map((p) => (
                <p key={p}>{p}</p>
              ))}
              {fortaelling.citat && (
                <figure className="dialog-citat">
                  <blockquote>
                    <p>»{fortaelling.citat.tekst}«</p>
                  </blockquote>
                  <figcaption>
                    {fortaelling.citat.rolle}. Kilde: {fortaelling.citat.kilde}
                  </figcaption>
                </figure>
              )}
              <h4>Spørgsmål til casen</h4>
              <ul>
                {fortaelling.spoergsmaal.map((s) => (
                  <li key={s}>{s}</li>
                ))}
              </ul>
              <SkiftCase id={session.id} caseValg={session.caseValg} egenCase={session.egenCase} fejl={sp.casefejl === "1"} />
            </section>
          )}

          {(trin.nr === 2 || trin.nr === 3) && (
            <>
              <Tavle titel="Pointer" bidrag={board.pointer} tom="Ingen pointer endnu. De kommer her, når deltagerne skriver dem." />
              {trin.nr === 2 && <SkrivForRummet id={session.id} art="pointe" />}
            </>
          )}

          {trin.nr === 4 && (
            <section aria-labelledby="ideer" className="dialog-tavle">
              <h3 id="ideer">Idéer ({board.antalIdeer})</h3>
              {board.stilleAktiv ? (
                <div className="dialog-stille" role="status">
                  <p className="dialog-stille-titel">Stille minut – ingen taler</p>
                  <p>
                    <span className="dialog-stort-tal">{board.antalIdeer}</span> {board.antalIdeer === 1 ? "idé" : "idéer"} skrevet. Idéerne vises, når
                    minuttet er slut.
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
                  {board.ideer.length === 0 ? (
                    <p>Ingen idéer endnu.</p>
                  ) : (
                    <ul className="dialog-kort-liste">
                      {board.ideer.map((i) => (
                        <li key={i.id} className={`dialog-lap${i.valgt ? " dialog-lap-valgt" : ""}`}>
                          <span className="dialog-lap-tekst">{i.tekst}</span>
                          <span className="dialog-lap-fra">
                            {i.fra}
                            {i.valgt ? " · gruppens valg" : ""}
                          </span>
                          <form action={facilitatorVaelgIde}>
                            <input type="hidden" name="id" value={session.id} />
                            <input type="hidden" name="bidragId" value={i.id} />
                            <input type="hidden" name="valgt" value={i.valgt ? "nej" : "ja"} />
                            <button type="submit" className="function-link">
                              {i.valgt ? "Fjern som valgt" : "Marker som valgt"}
                              <span className="sr-only">: {i.tekst}</span>
                            </button>
                          </form>
                        </li>
                      ))}
                    </ul>
                  )}
                </>
              )}
              <SkrivForRummet id={session.id} art="ide" />
            </section>
          )}

          {trin.nr === 5 && (
            <>
              <section aria-labelledby="stemmer" className="dialog-tavle">
                <h3 id="stemmer">
                  Forslag og prikker ({board.antalStemmer} af {board.deltagere.length} har stemt)
                </h3>
                {rangeret.length === 0 ? (
                  <p>Der er ingen forslag endnu. Skriv dem i trin 4, eller skriv beslutningen direkte herunder.</p>
                ) : (
                  <ol className="dialog-kort-liste dialog-resultat">
                    {rangeret.map((i) => (
                      <li key={i.id} className="dialog-lap">
                        <span className="dialog-lap-tekst">{i.tekst}</span>
                        <span className="dialog-prikker" aria-label={`${i.stemmer} ${i.stemmer === 1 ? "prik" : "prikker"}`}>
                          {"●".repeat(i.stemmer)} {i.stemmer}
                        </span>
                      </li>
                    ))}
                  </ol>
                )}
              </section>
              <section aria-labelledby="beslut" className="dialog-panel-hvid">
                <h3 id="beslut">Jeres beslutning</h3>
                <BeslutningForm id={session.id} forslag={rangeret[0]?.tekst ?? ""} start={{}} />
              </section>
            </>
          )}
        </section>
      )}

      {session.trin === 6 && (
        <section aria-labelledby="slut" className="dialog-panel">
          <h2 id="slut">Dialogen er afsluttet</h2>
          {gemt && (
            <div className="alert alert-success" role="status">
              <div className="alert-body">
                <p className="alert-text">Beslutningen er gemt. Opfølgningen står nu på medarbejderforsiden.</p>
              </div>
            </div>
          )}
          {beslutning && (
            <dl className="data-liste">
              <dt>Forslag</dt>
              <dd>{beslutning.forslag}</dd>
              <dt>Hvorfor</dt>
              <dd>{beslutning.hvorfor}</dd>
              <dt>Ansvarlig</dt>
              <dd>{beslutning.ansvarlig}</dd>
              <dt>Sådan afprøves det</dt>
              <dd>{beslutning.afproevning}</dd>
              <dt>Afprøvningen er færdig</dt>
              <dd>{formatDato(beslutning.afproevningSlut)}</dd>
              <dt>Opfølgning</dt>
              <dd>{formatDato(beslutning.opfoelgning)}</dd>
            </dl>
          )}
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
