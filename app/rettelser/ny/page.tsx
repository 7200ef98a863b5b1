import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { randomUUID } from "node:crypto";
import { forAnden, requireAccess } from "@/lib/data/guard";
import { tilbageTil } from "../_components/tilbage-til";
import { aabenForMaal, hentKladde } from "@/lib/rettelser/borger";
import { hentMaal, maalFelter, maalFra, svarStart } from "@/lib/rettelser/maal";
import { reference } from "@/lib/rettelser/tekster";
import { Utilgaengelig } from "../../_components/utilgaengelig";
import { Trin } from "../_components/trin";
import { SvarForm } from "../_components/svar-form";
import { Valg } from "../_components/valg";

export const metadata: Metadata = { title: "Bed om at få rettet en oplysning" };

type Props = { searchParams: Promise<Record<string, string | undefined>> };

export default async function NyRettelse({ searchParams }: Props) {
  const q = await searchParams;
  const ctx = await requireAccess("handle:rettelse", tilbageTil("/rettelser/ny", q));
  const anden = forAnden(ctx);
  const overskrift = <h1>Bed om at få rettet en oplysning</h1>;

  if (q.kladde) {
    const kladde = await hentKladde(ctx, q.kladde);
    if (!kladde || kladde.status !== "kladde") notFound();
    const adresse = kladde.rigtigAdresse;
    const start = { hvadErForkert: kladde.hvadErForkert, rigtigVaerdi: kladde.rigtigVaerdi, begrundelse: kladde.begrundelse, ...(adresse ? { ...adresse, etage: adresse.etage ?? "", doer: adresse.doer ?? "" } : {}) };
    return (
      <>
        {overskrift}
        <Trin nr={1} />
        <p className="font-lead">Oplysningen: {kladde.betegnelse}</p>
        <SvarForm noegle={randomUUID()} skjulte={{ kladde: kladde.id }} betegnelse={kladde.betegnelse} start={start} adresse={kladde.felt === "cpr.adresse"} />
      </>
    );
  }

  const maal = maalFra(q);
  if (!maal) return <Valg ctx={ctx} overskrift={overskrift} />;
  const aaben = await aabenForMaal(ctx, maal);
  if (aaben) {
    return (
      <>
        {overskrift}
        <div className="alert alert-info" role="status">
          <div className="alert-body">
            <p className="alert-text">
              {anden ? `${anden} har` : "Du har"} allerede bedt om at få rettet denne oplysning. <Link href={`/rettelser/${aaben.id}`}>Se anmodning {reference(aaben.nr)}</Link>.
            </p>
          </div>
        </div>
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
  return (
    <>
      {overskrift}
      <Trin nr={1} />
      <p className="font-lead">
        {anden ? `Du beder om at få rettet en oplysning om ${anden}: ` : "Oplysningen: "}
        <strong>{v.betegnelse}</strong>
        {v.sagTitel ? ` i sagen »${v.sagTitel}«` : " i Folkeregisteret (CPR)"}. Der står nu: <strong>{v.vaerdi}</strong>
      </p>
      <SvarForm noegle={randomUUID()} skjulte={maalFelter(maal)} betegnelse={v.betegnelse} start={svarStart(v)} adresse={maal.art === "felt"} />
    </>
  );
}
