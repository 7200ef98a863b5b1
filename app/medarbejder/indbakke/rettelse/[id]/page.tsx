import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { randomUUID } from "node:crypto";
import { requireStaff } from "@/lib/data/guard";
import { formatDato } from "@/lib/format";
import { samtykkerPaaRettelse } from "@/lib/hentesamtykke/store";
import { KILDER, SAMTYKKE_STATUS } from "@/lib/hentesamtykke/kilder";
import { gaeldendeFrist, kanForlaenges, overskredet } from "@/lib/rettelser/frist";
import { aabnRettelse } from "@/lib/rettelser/indbakke";
import { erAfgjort, type RettelseStatus } from "@/lib/rettelser/status";
import { indsendtAf, reference } from "@/lib/rettelser/tekster";
import { Utilgaengelig } from "@/app/_components/utilgaengelig";
import { BilagListe } from "@/app/rettelser/_components/bilag-liste";
import { Historik } from "@/app/rettelser/_components/historik";
import { RettelseStatusTag } from "@/app/rettelser/_components/status-tag";
import { AfgoerForm } from "../../_components/afgoer-form";
import { Gemt } from "../../_components/gemt";
import { SamtykkeForm } from "../../_components/samtykke-form";
import { TekstForm } from "../../_components/tekst-form";
import { nu } from "@/lib/klokke";

export const metadata: Metadata = { title: "Anmodning om rettelse" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | undefined>> };

export default async function IndbakkeRettelse({ params, searchParams }: Props) {
  const [{ id }, q] = await Promise.all([params, searchParams]);
  const { medarbejder } = await requireStaff("urn:dk:korsbaek:minedata:privilege:sagsbehandler");
  const result = /^[0-9a-f-]{36}$/.test(id) ? await aabnRettelse(medarbejder, id) : { ok: true as const, data: null };
  if (result.ok && !result.data) notFound();
  const tilbage = (
    <p className="tilbage-link">
      <Link href="/medarbejder/indbakke">Tilbage til indbakken</Link>
    </p>
  );
  if (!result.ok) {
    return (
      <>
        {tilbage}
        <h1>Anmodning om rettelse</h1>
        <Utilgaengelig hvad="Anmodningen" niveau={2} />
      </>
    );
  }
  const { rettelse: r, haendelser, bilag, nuvaerende } = result.data!;
  const frist = gaeldendeFrist(r);
  const aaben = !erAfgjort(r.status as RettelseStatus);
  const samtykker = await samtykkerPaaRettelse(r.id);
  return (
    <>
      {tilbage}
      <Gemt hvad={q.gemt} />
      <h1>
        {reference(r.nr)}: {r.betegnelse}
      </h1>
      <p className="font-lead">
        <RettelseStatusTag status={r.status} /> {r.subjektNavn} ·{" "}
        {aaben ? `frist ${formatDato(frist!.toISOString())}${r.fristForlaenget ? " (forlænget)" : ""}` : `afgjort ${formatDato(r.afgjort!.toISOString())}`}
        {aaben && overskredet(frist, nu()) && <strong> · Fristen er overskredet</strong>}
      </p>
      <dl className="data-liste rettelse-detaljer">
        <dt>Står i fagsystemet nu</dt>
        <dd>{nuvaerende ?? "Kan ikke findes"}</dd>
        <dt>Hvad er forkert (borgerens ord)</dt>
        <dd className="bevar-linjer">{r.hvadErForkert}</dd>
        <dt>Det rigtige (borgerens forslag)</dt>
        <dd>{r.rigtigVaerdi}</dd>
        <dt>Hvorfor</dt>
        <dd className="bevar-linjer">{r.begrundelse}</dd>
        <dt>Dokumenter</dt>
        <dd>{bilag.length ? <BilagListe bilag={bilag} href={(b) => `/medarbejder/indbakke/bilag/${b}`} /> : "Ingen"}</dd>
        <dt>Sendt af</dt>
        <dd>
          {indsendtAf(r)} · {formatDato(r.modtaget!.toISOString())}
        </dd>
      </dl>
      {samtykker.length > 0 && (
        <>
          <h2 className="h3">Samtykker til at hente oplysninger</h2>
          <ul className="nobullet-list">
            {samtykker.map((s) => (
              <li key={s.id}>
                <Link href={`/medarbejder/indbakke/samtykke/${s.id}`}>Hente fra {KILDER[s.kilde].navn}</Link> – {SAMTYKKE_STATUS[s.status].toLowerCase()}
              </li>
            ))}
          </ul>
        </>
      )}
      {aaben && (
        <>
          <h2 className="h3">Afgør anmodningen</h2>
          <AfgoerForm id={r.id} noegle={randomUUID()} rigtigVaerdi={r.rigtigVaerdi} adresse={r.rigtigAdresse} />
          <h2 className="h3">Skriv til borgeren</h2>
          <TekstForm art="besked" id={r.id} noegle={randomUUID()} label="Besked" hint="Borgeren får beskeden i Mine Data og som brev i Digital Post." knap="Send beskeden" titel="Beskeden er ikke sendt" />
          {!r.fristForlaenget && r.modtaget && kanForlaenges(r.modtaget, nu()) && (
            <>
              <h2 className="h3">Forlæng fristen</h2>
              <p>Du kan forlænge fristen med to måneder én gang, hvis sagen er kompliceret. Det skal ske inden for den første måned.</p>
              <TekstForm art="forlaeng" id={r.id} noegle={randomUUID()} label="Begrundelse for at forlænge" hint="Borgeren får begrundelsen i et brev." knap="Forlæng fristen" titel="Fristen er ikke forlænget" />
            </>
          )}
          <h2 className="h3">Bed om samtykke til at hente oplysninger</h2>
          <SamtykkeForm id={r.id} noegle={randomUUID()} formaal={`At kontrollere oplysningen »${r.betegnelse}«, som du har bedt os rette`} />
        </>
      )}
      <h2 className="h3">Historik</h2>
      <Historik haendelser={haendelser} />
    </>
  );
}
