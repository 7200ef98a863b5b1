import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { randomUUID } from "node:crypto";
import { handlingSaetning, type Action } from "@/lib/access/actions";
import { requireStaff } from "@/lib/data/guard";
import { formatDato, formatTidspunkt } from "@/lib/format";
import { aabnSpoergsmaal } from "@/lib/rettelser/spoergsmaal";
import { Utilgaengelig } from "@/app/_components/utilgaengelig";
import { Gemt } from "../../_components/gemt";
import { TekstForm } from "../../_components/tekst-form";

export const metadata: Metadata = { title: "Spørgsmål fra en borger" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | undefined>> };

/** A "Spørg hvorfor" question about one entry in the citizen's log, and the answer form. */
export default async function IndbakkeSpoergsmaal({ params, searchParams }: Props) {
  const [{ id }, q] = await Promise.all([params, searchParams]);
  const { medarbejder } = await requireStaff("urn:dk:korsbaek:minedata:privilege:sagsbehandler");
  const result = /^[0-9a-f-]{36}$/.test(id) ? await aabnSpoergsmaal(medarbejder, id) : { ok: true as const, data: null };
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
        <h1>Spørgsmål fra en borger</h1>
        <Utilgaengelig hvad="Spørgsmålet" niveau={2} />
      </>
    );
  }
  const s = result.data!;
  const l = s.logpost;
  return (
    <>
      {tilbage}
      <Gemt hvad={q.gemt} />
      <h1>Spørgsmål: Hvorfor så I mine data?</h1>
      <p className="font-lead">
        Stillet {formatTidspunkt(s.oprettet)} · svar senest {formatDato(s.frist.toISOString())}
      </p>
      <h2 className="h3">Linjen i borgerens log</h2>
      <p>
        <strong>{l.aktoerNavn}</strong> {handlingSaetning[l.kategori as Action] ?? "så data"} · {formatTidspunkt(l.tidspunkt)}
      </p>
      <p className="sag-meta">
        Hvad: {l.objekt} · Formål: {l.formaal}
      </p>
      <h2 className="h3">Borgerens spørgsmål</h2>
      <p className="bevar-linjer">{s.tekst}</p>
      {s.svar ? (
        <>
          <h2 className="h3">Dit svar</h2>
          <p className="bevar-linjer">{s.svar}</p>
          <p className="sag-meta">Sendt {formatTidspunkt(s.besvaret!)}</p>
        </>
      ) : (
        <>
          <h2 className="h3">Svar borgeren</h2>
          <TekstForm art="svar" id={s.id} noegle={randomUUID()} label="Dit svar" hint="Skriv i almindelige ord, hvorfor du så oplysningerne. Borgeren ser svaret i sin log og får det som brev." knap="Send svaret" titel="Svaret er ikke sendt" />
        </>
      )}
    </>
  );
}
