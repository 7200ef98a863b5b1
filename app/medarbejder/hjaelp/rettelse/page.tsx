import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { randomUUID } from "node:crypto";
import { forAnden, kanForberede, requireAccess } from "@/lib/data/guard";
import { genitiv } from "@/lib/format";
import { BESKYTTET, erBeskyttet } from "@/lib/assistance/forberedte/rettelse";
import { hentMaal, maalFelter, maalFra, svarStart } from "@/lib/rettelser/maal";
import { Utilgaengelig } from "@/app/_components/utilgaengelig";
import { SvarForm } from "@/app/rettelser/_components/svar-form";
import { forberedRettelseAction } from "../actions";

export const metadata: Metadata = { title: "Gør en rettelse klar til borgeren" };

type Props = { searchParams: Promise<Record<string, string | undefined>> };

/**
 * During an assisted session: the same three answers as the citizen's own form, filled in by the
 * staff member beside the citizen. Nothing is sent here; it waits on the citizen's forside until
 * the citizen sends it with "Godkend".
 */
export default async function ForberedRettelse({ searchParams }: Props) {
  const q = await searchParams;
  const maal = maalFra(q);
  if (!maal) notFound();
  const retur = `/medarbejder/hjaelp/rettelse?${new URLSearchParams(maalFelter(maal))}`;
  const ctx = await requireAccess(maal.art === "felt" ? "se:oplysninger" : "se:sager", retur);
  const borger = forAnden(ctx) ?? "borgeren";
  const overskrift = <h1>Gør en rettelse klar til {borger}</h1>;
  if (!kanForberede(ctx)) {
    return (
      <>
        {overskrift}
        <p>Du kan kun gøre en rettelse klar, mens du hjælper en borger, som har givet dig lov til at gøre noget klar. Det vælger borgeren, når koden laves.</p>
        <p>
          <Link href="/medarbejder/hjaelp">Tilbage til Hjælp en borger</Link>
        </p>
      </>
    );
  }
  const visning = await hentMaal(ctx, maal);
  if (!visning.ok) {
    return (
      <>
        {overskrift}
        <Utilgaengelig hvad="Oplysningen" niveau={2} />
      </>
    );
  }
  if (!visning.data) notFound();
  const v = visning.data;
  if (erBeskyttet(maal, v)) {
    return (
      <>
        {overskrift}
        <p>{BESKYTTET}</p>
        <p>
          <Link href="/medarbejder/hjaelp">Tilbage til Hjælp en borger</Link>
        </p>
      </>
    );
  }
  return (
    <>
      {overskrift}
      <p className="font-lead">
        Oplysningen: <strong>{v.betegnelse}</strong>
        {v.sagTitel ? ` i sagen »${v.sagTitel}«` : " i Folkeregisteret (CPR)"}. Der står nu: <strong>{v.vaerdi}</strong>
      </p>
      <p>
        Skriv svarene sammen med {borger}. Anmodningen bliver ikke sendt herfra: den venter på {genitiv(borger)} forside, til {borger} selv sender den med »Godkend«. Dokumenter kan {borger} selv vedhæfte bagefter.
      </p>
      <SvarForm noegle={randomUUID()} skjulte={maalFelter(maal)} betegnelse={v.betegnelse} start={svarStart(v)} adresse={maal.art === "felt"} action={forberedRettelseAction} knap={`Gør klar til ${borger}`} />
    </>
  );
}
