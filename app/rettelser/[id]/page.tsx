import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireAccess } from "@/lib/data/guard";
import { formatDato } from "@/lib/format";
import { minRettelse } from "@/lib/rettelser/borger";
import { gaeldendeFrist } from "@/lib/rettelser/frist";
import { erAfgjort, type RettelseStatus } from "@/lib/rettelser/status";
import { indsendtAf, reference } from "@/lib/rettelser/tekster";
import { Utilgaengelig } from "../../_components/utilgaengelig";
import { RettelseAfgoerelse } from "../_components/afgoerelse";
import { BilagListe } from "../_components/bilag-liste";
import { Historik } from "../_components/historik";
import { RettelseStatusTag } from "../_components/status-tag";

export const metadata: Metadata = { title: "Anmodning om rettelse" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | undefined>> };

export default async function Rettelse({ params, searchParams }: Props) {
  const [{ id }, q] = await Promise.all([params, searchParams]);
  const ctx = await requireAccess("handle:rettelse", `/rettelser/${encodeURIComponent(id)}`);
  const result = /^[0-9a-f-]{36}$/.test(id) ? await minRettelse(ctx, id) : { ok: true as const, data: null };
  if (result.ok && !result.data) notFound();
  if (!result.ok) {
    return (
      <>
        <h1>Anmodning om rettelse</h1>
        <Utilgaengelig hvad="Anmodningen" niveau={2} />
      </>
    );
  }
  const { rettelse: r, haendelser, bilag } = result.data!;
  const frist = gaeldendeFrist(r);
  const afgjort = erAfgjort(r.status as RettelseStatus);
  const afgoerelse = haendelser.findLast((h) => h.type === r.status);
  return (
    <>
      <p className="tilbage-link">
        <Link href="/rettelser">Tilbage til Rettelser</Link>
      </p>
      {q.sendt && (
        <div className="alert alert-success rettelse-kvittering" role="status">
          <div className="alert-body">
            <h2 className="alert-heading h3">Anmodningen er sendt</h2>
            <p className="alert-text">
              Dit nummer er <strong>{reference(r.nr)}</strong>. Kommunen skal svare senest den <strong>{formatDato(frist!.toISOString())}</strong>. Du
              får en kvittering i Digital Post.
            </p>
          </div>
        </div>
      )}
      <h1>
        Anmodning {reference(r.nr)}: {r.betegnelse}
      </h1>
      <p className="font-lead">
        <RettelseStatusTag status={r.status} />{" "}
        {afgjort ? `Afgjort ${formatDato(r.afgjort!.toISOString())}.` : `Kommunen svarer senest ${formatDato(frist!.toISOString())}.`}
        {!afgjort && r.fristForlaenget && " Fristen er forlænget med to måneder."}
      </p>
      <dl className="data-liste rettelse-detaljer">
        <dt>Det stod der</dt>
        <dd>{r.registreretVaerdi}</dd>
        <dt>Hvad er forkert</dt>
        <dd className="bevar-linjer">{r.hvadErForkert}</dd>
        <dt>Det rigtige</dt>
        <dd>{r.rigtigVaerdi}</dd>
        <dt>Hvorfor</dt>
        <dd className="bevar-linjer">{r.begrundelse}</dd>
        <dt>Dokumenter</dt>
        <dd>{bilag.length ? <BilagListe bilag={bilag} href={(b) => `/rettelser/bilag/${b}`} /> : "Ingen"}</dd>
        <dt>Sendt af</dt>
        <dd>
          {indsendtAf(r)} · {formatDato(r.modtaget!.toISOString())}
        </dd>
        <dt>Behandles af</dt>
        <dd>{r.ansvarligNavn ? `${r.ansvarligNavn}, ${r.ansvarligEnhed}` : `${r.ansvarligEnhed} (fordeles til en sagsbehandler)`}</dd>
      </dl>
      <RettelseAfgoerelse status={r.status} begrundelse={afgoerelse?.tekst ?? null} rigtigVaerdi={r.rigtigVaerdi} />
      <h2 className="h3">Sådan er det gået</h2>
      <Historik haendelser={haendelser} />
    </>
  );
}
