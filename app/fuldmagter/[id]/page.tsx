import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { HandlForKnap } from "@/app/handl-for/handl-for-knap";
import { formGraenser } from "@/lib/data/fuldmagt-formular";
import { enFuldmagt, setOgGjort } from "@/lib/data/fuldmagter";
import { forAnden, requireAccess } from "@/lib/data/guard";
import { fuldmagtStatusTekst } from "@/lib/fuldmagt/schema";
import { formatDato } from "@/lib/format";
import { Utilgaengelig } from "../../_components/utilgaengelig";
import { GodkendForm } from "../_components/godkend-form";
import { FuldmagtFakta } from "../_components/opsummering";
import { SetOgGjortListe } from "../_components/set-og-gjort";
import { AfvisKnap, TilbagekaldKnap } from "../_components/svar-knapper";
import { Kvittering } from "../_components/kvittering";

export const metadata: Metadata = { title: "Fuldmagt" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | undefined>> };

export default async function FuldmagtSide({ params, searchParams }: Props) {
  const { id } = await params;
  const ctx = await requireAccess("se:fuldmagter", `/fuldmagter/${encodeURIComponent(id)}`);
  const result = await enFuldmagt(ctx, id);
  if (result.ok && result.data === null) notFound();
  if (!result.ok) return <Utilgaengelig hvad="Fuldmagten" niveau={2} />;
  const f = result.data!;
  const sp = await searchParams;
  const egen = forAnden(ctx) === null;
  const giver = f.rolle === "giver";
  const anden = giver ? f.fuldmaegtigNavn : f.giverNavn;
  const venterPaaMig = f.status === "anmodet" && giver;
  const log = giver && egen && f.status !== "anmodet" && f.status !== "afvist" ? await setOgGjort(ctx, f.id) : null;
  return (
    <div className="row">
      <div className="col-12 col-lg-8">
        <p className="tilbage-link">
          <Link href="/fuldmagter">Tilbage til fuldmagter</Link>
        </p>
        <Kvittering sp={sp} f={f} />
        <h1>{f.status === "anmodet" ? (giver ? `${anden} beder om fuldmagt` : `Din anmodning til ${anden}`) : giver ? `Fuldmagt til ${anden}` : `Fuldmagt fra ${anden}`}</h1>
        <p className="font-lead">
          {venterPaaMig ? "Venter på dit svar" : fuldmagtStatusTekst[f.status]}
          {f.afsluttet ? ` siden ${formatDato(f.afsluttet)}` : null}
        </p>
        <FuldmagtFakta
          giver={{ navn: f.giverNavn, foedselsdato: f.giverFoedselsdato }}
          fuldmaegtig={{ navn: f.fuldmaegtigNavn, foedselsdato: f.fuldmaegtigFoedselsdato }}
          privilegier={f.status === "anmodet" ? (f.anmodetPrivilegier ?? f.privilegier) : f.privilegier}
          sidsteDag={f.status === "anmodet" ? (f.anmodetSidsteDag ?? f.sidsteDag) : f.sidsteDag}
          papirReference={f.papirReference}
          registreretAf={f.registreretAfNavn}
          anmodning={f.status === "anmodet"}
        />
        <p>
          Kvitteringen er underskrevet digitalt af Korsbæk Kommune og følger standarden for samtykkekvitteringer (ISO/IEC TS 27560).{" "}
          <a href={`/fuldmagter/${f.id}/kvittering`} download>
            Hent kvitteringen for fuldmagten (fil)
          </a>
        </p>
        {egen && f.status === "anmodet" && giver && (
          <section aria-labelledby="svar-overskrift">
            <h2 id="svar-overskrift">Dit svar</h2>
            <p>Du bestemmer selv. Sig kun ja, hvis du selv ønsker det. Du kan tilbagekalde fuldmagten når som helst.</p>
            <GodkendForm fuldmagtId={f.id} navn={anden} anmodet={f.anmodetPrivilegier ?? f.privilegier} sidsteDag={f.anmodetSidsteDag ?? f.sidsteDag} minDato={formGraenser().minDato} />
            <AfvisKnap fuldmagtId={f.id} navn={anden} />
          </section>
        )}
        {egen && f.status === "aktiv" && !giver && <HandlForKnap fuldmagtId={f.id} tekst={`Handl for ${anden}`} />}
        {egen && f.udloeberSnart && (
          <p>
            Fuldmagten udløber {formatDato(f.sidsteDag)} og bliver ikke forlænget af sig selv.{" "}
            <Link href={giver ? `/fuldmagter/ny?forny=${f.id}` : `/fuldmagter/anmod?forny=${f.id}`}>{giver ? "Forny fuldmagten" : "Bed om at forny den"}</Link>
          </p>
        )}
        {egen && (f.status === "aktiv" || (f.status === "anmodet" && !giver)) && (
          <TilbagekaldKnap
            fuldmagtId={f.id}
            tekst={f.status === "anmodet" ? "Træk anmodningen tilbage" : giver ? "Tilbagekald fuldmagten" : "Opsig fuldmagten"}
            forklaring={
              giver
                ? `${anden} kan ikke længere se dine data eller handle for dig fra det øjeblik, du trykker. I får begge et brev.`
                : `Du kan ikke længere se ${anden}s data eller handle for ${anden}. I får begge et brev.`
            }
          />
        )}
        {log && (
          <section aria-labelledby="set-og-gjort-overskrift">
            <h2 id="set-og-gjort-overskrift">Hvad har {anden} set og gjort</h2>
            {log.ok ? <SetOgGjortListe poster={log.data} navn={anden} /> : <Utilgaengelig hvad="Loggen" />}
          </section>
        )}
      </div>
    </div>
  );
}
