"use client";

import { useActionState } from "react";
import { Fejlopsummering } from "@/app/_components/form/fejlopsummering";
import { beskrevetAf, Felt } from "@/app/_components/form/felt";
import { Foedselsdato } from "@/app/_components/form/foedselsdato";
import { skema } from "@/app/_components/form/skema";
import { anmodOmFuldmagt, givFuldmagt } from "../actions";
import { FuldmagtFakta } from "./opsummering";
import { SkjulteSvar } from "./skjulte-svar";
import { PrivilegierValg } from "./privilegier-valg";

type Props = {
  rolle: "giver" | "anmoder";
  noegle: string;
  /** Starting values (e.g. "Forny": the fuldmagt being renewed). */
  start: Record<string, string>;
  startPrivilegier: string[];
  maksDato: string;
  minDato: string;
};

/**
 * Give (the giver names the holder) or request (the holder names the giver) a fuldmagt: the form,
 * then "Tjek dine svar", then a receipt. Every step is a plain form post, so it works without
 * JavaScript; the key makes a double submit create one fuldmagt.
 */
export function FuldmagtForm({ rolle, noegle, start, startPrivilegier, maksDato, minDato }: Props) {
  const [state, action, pending] = useActionState(rolle === "giver" ? givFuldmagt : anmodOmFuldmagt, {});
  const s = skema(state, start);
  const { fejl: f, v } = s;
  const tjek = state.data && "opsummering" in state.data ? state.data.opsummering : null;

  if (tjek) {
    return (
      <form action={action}>
        <h2>Tjek dine svar</h2>
        <FuldmagtFakta {...tjek} />
        <p>
          {rolle === "giver"
            ? `${tjek.fuldmaegtig.navn} og du får et brev i Digital Post om fuldmagten. Du kan tilbagekalde den når som helst.`
            : `${tjek.giver.navn} får et brev i Digital Post og skal selv sige ja. Du får besked, når ${tjek.giver.navn} har svaret.`}
        </p>
        <SkjulteSvar svar={state.data!.svar} />
        <div className="knap-raekke">
          <button type="submit" name="trin" value="bekraeft" className="button button-primary" disabled={pending}>
            {rolle === "giver" ? "Giv fuldmagten" : "Send anmodningen"}
          </button>
          <button type="submit" name="trin" value="ret" className="button button-secondary" disabled={pending}>
            Ret svarene
          </button>
        </div>
      </form>
    );
  }

  return (
    <form action={action} noValidate>
      <Fejlopsummering titel="Ret det, der er markeret" fejl={f} serverFejl={s.serverFejl} raekkefoelge={["navn", "dag", "maaned", "aar", "privilegier", "gyldigTil"]} />
      <input type="hidden" name="noegle" value={noegle} />
      <input type="hidden" name="trin" value="tjek" />
      <h2 className="h3">{rolle === "giver" ? "Hvem skal have fuldmagten?" : "Hvem skal give dig fuldmagt?"}</h2>
      <Felt id="navn" label="Fulde navn" hint="Skriv navnet, som det står i Folkeregisteret, fx Ole Jensen." fejl={f.navn}>
        <input className="form-input" type="text" id="navn" name="navn" autoComplete="off" maxLength={100} defaultValue={v.navn ?? ""} aria-describedby={beskrevetAf("navn", true, f.navn)} />
      </Felt>
      <Foedselsdato legend="Fødselsdato" v={v} fejl={f} />
      <PrivilegierValg
        legend={rolle === "giver" ? "Hvad må personen gøre for dig?" : "Hvad vil du gerne kunne gøre?"}
        hint="Vælg kun det, der er brug for. Det kan altid ændres ved at give en ny fuldmagt."
        valgte={s.valgte("privilegier", startPrivilegier)}
        fejl={f.privilegier}
      />
      <Felt
        id="gyldigTil"
        label="Hvornår skal fuldmagten slutte?"
        hint="Vælg en dato højst 5 år frem. Fuldmagten gælder til og med den dag. Den kan tilbagekaldes før."
        fejl={f.gyldigTil}
      >
        <input className="form-input input-width-s" type="date" id="gyldigTil" name="gyldigTil" min={minDato} max={maksDato} defaultValue={v.gyldigTil ?? ""} aria-describedby={beskrevetAf("gyldigTil", true, f.gyldigTil)} />
      </Felt>
      <button type="submit" className="button button-primary" disabled={pending}>
        Fortsæt
      </button>
    </form>
  );
}
