import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireStaff } from "@/lib/data/guard";
import { hentBeslutning, hentSession } from "@/lib/data/dialog";
import { tavle } from "@/lib/data/dialog-tavle";
import { sessionCase } from "@/lib/dialog/dilemmaer";
import { formatDato } from "@/lib/format";
import { PrintKnap } from "../../_components/print-knap";

export const metadata: Metadata = { title: "Opsummering af dialogen" };

/** One printable page: what the team talked about and what they agreed to test. */
export default async function Opsummering({ params }: { params: Promise<{ id: string }> }) {
  const { medarbejder } = await requireStaff();
  const session = await hentSession((await params).id, medarbejder.enhed);
  if (!session) notFound();
  const [board, beslutning] = await Promise.all([tavle(session), hentBeslutning(session.id)]);
  const valgte = board.ideer.filter((i) => i.valgt);
  return (
    <article className="dialog-print">
      <h1>Opsummering: {session.emne}</h1>
      <p className="font-lead">
        {formatDato(session.dato)} · {board.deltagere.length} deltagere · facilitator {session.oprettetAfNavn} · case: {sessionCase(session.caseValg, session.egenCase).titel}
      </p>
      <h2>Beslutning</h2>
      {beslutning ? (
        <dl className="data-liste">
          <dt>Forslag, vi afprøver</dt>
          <dd>{beslutning.forslag}</dd>
          <dt>Hvorfor</dt>
          <dd>{beslutning.hvorfor}</dd>
          <dt>Ansvarlig og deltagere</dt>
          <dd>{beslutning.ansvarlig}</dd>
          <dt>Sådan afprøver vi det</dt>
          <dd>{beslutning.afproevning}</dd>
          <dt>Afprøvningen er færdig</dt>
          <dd>{formatDato(beslutning.afproevningSlut)}</dd>
          <dt>Vi følger op</dt>
          <dd>
            {formatDato(beslutning.opfoelgning)}
            {beslutning.opfoelgningUdfoert ? " (gennemført)" : ""}
          </dd>
        </dl>
      ) : (
        <p>Der er ikke truffet en beslutning endnu.</p>
      )}
      <h2>Pointer fra casen</h2>
      {board.pointer.length ? (
        <ul>
          {board.pointer.map((p) => (
            <li key={p.id}>{p.tekst}</li>
          ))}
        </ul>
      ) : (
        <p>Ingen pointer skrevet.</p>
      )}
      <h2>Gruppernes forslag</h2>
      {(valgte.length ? valgte : board.ideer).length ? (
        <ul>
          {(valgte.length ? valgte : board.ideer).map((i) => (
            <li key={i.id}>
              {i.tekst} – {i.stemmer} {i.stemmer === 1 ? "prik" : "prikker"}
            </li>
          ))}
        </ul>
      ) : (
        <p>Ingen forslag skrevet.</p>
      )}
      <p className="dialog-kilde">Gem de øvrige forslag til næste drøftelse.</p>
      <div className="d-print-none dialog-knapper">
        <PrintKnap />
        <Link href={`/medarbejder/dialog/${session.id}`}>Tilbage til dialogen</Link>
      </div>
    </article>
  );
}
