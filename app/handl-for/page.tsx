import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { requestContext } from "@/lib/data/context";
import { basisEnded } from "@/lib/data/guard";
import { kanHandleFor } from "@/lib/data/handler-for";
import { formatDato } from "@/lib/format";
import { Utilgaengelig } from "../_components/utilgaengelig";
import { HandlForKnap } from "./handl-for-knap";

export const metadata: Metadata = { title: "Hvem vil du handle for?" };

const ophoertTekst: Record<string, string> = {
  tilbagekaldt: "Fuldmagten er tilbagekaldt.",
  udloebet: "Fuldmagten er udløbet.",
  "giver-doed": "Fuldmagten er ophørt.",
  "ikke-aktiv": "Fuldmagten er ikke godkendt.",
};

export default async function HandlForSide() {
  const ctx = await requestContext();
  if (!ctx) redirect("/log-ind?til=%2Fhandl-for");
  if (ctx.actor.art !== "borger" || !ctx.data) redirect("/medarbejder");
  const ended = await basisEnded(ctx.data);
  const valg = await kanHandleFor(ctx.actor);
  return (
    <>
      {ended && (
        <div className="alert alert-warning" role="status">
          <div className="alert-body">
            <h2 className="alert-heading h4">Du kan ikke længere handle for {ctx.data.subject.navn}</h2>
            <p className="alert-text">
              {ophoertTekst[ended] ?? "Fuldmagten gælder ikke længere."} Du ser ikke flere af {ctx.data.subject.navn}s data. Vælg, hvem du vil
              handle for nu.
            </p>
          </div>
        </div>
      )}
      <h1>Hvem vil du handle for?</h1>
      <p className="font-lead">Du kan se dine egne data, eller handle for en person, der har givet dig fuldmagt.</p>
      <ul className="bordered-list handl-for-liste">
        <li>
          <h2 className="h4">Dig selv</h2>
          <p>Se dine egne sager, ydelser og oplysninger.</p>
          <HandlForKnap tekst={`Se dine egne data, ${ctx.actor.navn}`} />
        </li>
        {valg.ok &&
          valg.data.map((f) => (
            <li key={f.id}>
              <h2 className="h4">{f.navn}</h2>
              <p>Fuldmagt til og med {formatDato(f.gyldigTil)}.</p>
              <HandlForKnap fuldmagtId={f.id} tekst={`Handl for ${f.navn}`} />
            </li>
          ))}
      </ul>
      {!valg.ok && <Utilgaengelig hvad="Dine fuldmagter" niveau={2} />}
    </>
  );
}
