import type { Metadata } from "next";
import { inScope } from "@/lib/data/access";
import { forAnden, kanForberede, requireAccess } from "@/lib/data/guard";
import { CPR_FORKLARING, GRUNDLAG_SAGER, mineOplysninger, oekonomiFelter, personFelter } from "@/lib/data/oplysninger";
import type { Oplysning } from "@/lib/domain/oplysning";
import { formatAntal, genitiv } from "@/lib/format";
import { Utilgaengelig } from "../_components/utilgaengelig";
import { RegisterFelt, SagsFelt } from "./_components/felt";

export const metadata: Metadata = { title: "Mine oplysninger" };

/** The figures grouped by what they are, each group's values newest first. */
function grupper(felter: Oplysning[]): Oplysning[][] {
  const grupper = new Map<string, Oplysning[]>();
  for (const f of felter) grupper.set(f.felt, [...(grupper.get(f.felt) ?? []), f]);
  return [...grupper.values()].map((g) => g.toSorted((a, b) => (b.dato ?? "").localeCompare(a.dato ?? "")));
}

export default async function Oplysninger() {
  const ctx = await requireAccess("se:oplysninger", "/oplysninger");
  const anden = forAnden(ctx);
  const ret = { kanRette: inScope(ctx, "handle:rettelse"), forbered: kanForberede(ctx) };
  const { person, afgjorte, anfaegtede } = await mineOplysninger(ctx);
  const sager = afgjorte?.ok ? afgjorte.data.sager : [];
  const oekonomi = grupper(oekonomiFelter(sager));
  return (
    <>
      <h1>{anden ? `${genitiv(anden)} oplysninger` : "Mine oplysninger"}</h1>
      <p className="font-lead">
        Her kan du se, hvilke oplysninger kommunen har registreret om {anden ?? "dig"}, hvor de kommer fra, og hvilke sager der bruger dem.
      </p>

      <section aria-labelledby="cpr-overskrift">
        <h2 id="cpr-overskrift">{anden ? `${anden} i Folkeregisteret` : "Dig i Folkeregisteret"}</h2>
        {person.ok ? (
          <>
            <p>{CPR_FORKLARING}</p>
            <ul className="bordered-list oplysning-liste">
              {personFelter(person.data, sager, anfaegtede).map((f) => (
                <RegisterFelt key={f.felt} felt={f} visBrug={afgjorte?.ok ?? false} ret={ret} />
              ))}
            </ul>
          </>
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
                  {oekonomi.map((g) => (
                    <SagsFelt key={g[0]!.felt} vaerdier={g} ret={ret} />
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
