import type { Metadata } from "next";
import Link from "next/link";
import { Fragment } from "react";
import { inScope } from "@/lib/data/access";
import { forAnden, requireAccess } from "@/lib/data/guard";
import { GRUNDLAG_SAGER, mineOplysninger, oekonomiFelter, personFelter } from "@/lib/data/oplysninger";
import type { Oplysning } from "@/lib/domain/oplysning";
import { formatAntal, genitiv } from "@/lib/format";
import { RetOplysning } from "../_components/ret-oplysning";
import { Utilgaengelig } from "../_components/utilgaengelig";

export const metadata: Metadata = { title: "Mine oplysninger" };

function BrugesI({ felt }: { felt: Oplysning }) {
  if (felt.brugForklaring) return <dd>{felt.brugForklaring}</dd>;
  if (felt.brugesI.length === 0) return <dd>Ingen af dine afgjorte sager bygger på oplysningen.</dd>;
  return (
    <dd>
      {felt.brugesI.map((s, i) => (
        <Fragment key={s.id}>
          {i > 0 && ", "}
          <Link href={`/sager/${s.id}`}>{s.titel}</Link>
        </Fragment>
      ))}
    </dd>
  );
}

function Felt({ felt, visBrug, kanRette }: { felt: Oplysning; visBrug: boolean; kanRette: boolean }) {
  return (
    <li>
      <h3 className="h5">{felt.felt}</h3>
      <p className="oplysning-vaerdi">{felt.vaerdi}</p>
      <dl className="data-liste">
        <dt>Hvor kommer det fra?</dt>
        <dd>
          {felt.kilde}. <span className="sag-meta">{felt.kildeForklaring}</span>
        </dd>
        {(visBrug || felt.brugForklaring) && (
          <>
            <dt>Hvem bruger det?</dt>
            <BrugesI felt={felt} />
          </>
        )}
      </dl>
      {felt.datumId ? (
        <RetOplysning datumId={felt.datumId} sagId={felt.sagId} hvad={felt.felt} anfaegtet={felt.anfaegtet} kanRette={kanRette} />
      ) : felt.noegle && felt.noegle !== "cpr.navn" ? (
        <RetOplysning felt={felt.noegle} hvad={felt.felt} anfaegtet={felt.anfaegtet} kanRette={kanRette} />
      ) : null}
    </li>
  );
}

export default async function Oplysninger() {
  const ctx = await requireAccess("se:oplysninger", "/oplysninger");
  const anden = forAnden(ctx);
  const kanRette = inScope(ctx, "handle:rettelse");
  const { person, afgjorte, anfaegtede } = await mineOplysninger(ctx);
  const sager = afgjorte?.ok ? afgjorte.data.sager : [];
  const oekonomi = oekonomiFelter(sager);
  return (
    <>
      <h1>{anden ? `${genitiv(anden)} oplysninger` : "Mine oplysninger"}</h1>
      <p className="font-lead">
        Her kan du se, hvilke oplysninger kommunen har registreret om {anden ?? "dig"}, hvor de kommer fra, og hvilke sager der bruger dem.
      </p>

      <section aria-labelledby="cpr-overskrift">
        <h2 id="cpr-overskrift">{anden ? `${anden} i Folkeregisteret` : "Dig i Folkeregisteret"}</h2>
        {person.ok ? (
          <ul className="bordered-list oplysning-liste">
            {personFelter(person.data, sager, anfaegtede).map((f) => (
              <Felt key={f.felt} felt={f} visBrug={afgjorte?.ok ?? false} kanRette={kanRette} />
            ))}
          </ul>
        ) : (
          <Utilgaengelig hvad="Dine oplysninger fra CPR" />
        )}
      </section>

      {afgjorte && (
      <section aria-labelledby="oekonomi-overskrift">
        <h2 id="oekonomi-overskrift">Indtægter, formue og udgifter i dine sager</h2>
        {!afgjorte.ok ? (
          <Utilgaengelig hvad="Oplysningerne fra dine sager" />
        ) : (
          <>
            <p>
              Beløb, som kommunen har registreret og brugt, da den traf afgørelse i dine sager.
              {afgjorte.data.total > GRUNDLAG_SAGER &&
                ` Vi viser oplysningerne fra dine ${formatAntal(GRUNDLAG_SAGER)} første afgjorte sager ud af ${formatAntal(afgjorte.data.total)}. Du finder resten under hver sag.`}
            </p>
            {oekonomi.length === 0 ? (
              <p>Kommunen har ikke registreret beløb om dig i dine afgjorte sager.</p>
            ) : (
              <ul className="bordered-list oplysning-liste">
                {oekonomi.map((f) => (
                  <Felt key={f.datumId} felt={f} visBrug kanRette={kanRette} />
                ))}
              </ul>
            )}
          </>
        )}
      </section>
      )}
    </>
  );
}
