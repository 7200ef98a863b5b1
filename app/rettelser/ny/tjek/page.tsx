import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { forAnden, requireAccess } from "@/lib/data/guard";
import { tilbageTil } from "../../_components/tilbage-til";
import { formatDato, genitiv } from "@/lib/format";
import { hentKladde } from "@/lib/rettelser/borger";
import { fristFor } from "@/lib/rettelser/frist";
import { BilagListe } from "../../_components/bilag-liste";
import { SendForm } from "../../_components/send-form";
import { Trin } from "../../_components/trin";
import { nu } from "@/lib/klokke";

export const metadata: Metadata = { title: "Tjek dine svar" };

type Props = { searchParams: Promise<Record<string, string | undefined>> };

function Raekke({ navn, vaerdi, ret, hvad }: { navn: string; vaerdi: React.ReactNode; ret: string; hvad: string }) {
  return (
    <div className="tjek-raekke">
      <dt>{navn}</dt>
      <dd className="tjek-svar">{vaerdi}</dd>
      <dd className="tjek-ret">
        <Link href={ret}>
          Ret<span className="sr-only"> {hvad}</span>
        </Link>
      </dd>
    </div>
  );
}

/** Step 3: everything on one page, each answer with "Ret", then send. */
export default async function Tjek({ searchParams }: Props) {
  const q = await searchParams;
  const ctx = await requireAccess("handle:rettelse", tilbageTil("/rettelser/ny/tjek", q));
  const kladde = q.kladde ? await hentKladde(ctx, q.kladde) : null;
  if (!kladde || kladde.status !== "kladde") notFound();
  const anden = forAnden(ctx);
  const svar = `/rettelser/ny?kladde=${kladde.id}`;
  return (
    <>
      <h1>Tjek dine svar</h1>
      <Trin nr={3} />
      <dl className="tjek-liste">
        <div className="tjek-raekke">
          <dt>Oplysning</dt>
          <dd className="tjek-svar">
            {kladde.betegnelse}: {kladde.registreretVaerdi}
          </dd>
        </div>
        <Raekke navn="Hvad er forkert" vaerdi={kladde.hvadErForkert} ret={svar} hvad="hvad der er forkert" />
        <Raekke navn="Det rigtige" vaerdi={kladde.rigtigVaerdi} ret={svar} hvad="det rigtige" />
        <Raekke navn="Hvorfor" vaerdi={kladde.begrundelse} ret={svar} hvad="hvorfor" />
        <Raekke
          navn="Dokumenter"
          vaerdi={kladde.bilag.length ? <BilagListe bilag={kladde.bilag} /> : "Ingen"}
          ret={`/rettelser/ny/bilag?kladde=${kladde.id}`}
          hvad="dokumenter"
        />
        {anden && (
          <div className="tjek-raekke">
            <dt>Sendes af</dt>
            <dd className="tjek-svar">
              Dig, {kladde.indsenderNavn}, for {anden} med din fuldmagt. Det står på anmodningen og i {genitiv(anden)} log.
            </dd>
          </div>
        )}
      </dl>
      <h2 className="h3">Når du sender</h2>
      <p>
        Kommunen skal svare senest den {formatDato(fristFor(nu()).toISOString())}. Indtil oplysningen er vurderet, står den som »anfægtet« i Mine
        Data. Du får en kvittering i Digital Post.
      </p>
      <SendForm kladde={kladde.id} />
    </>
  );
}
