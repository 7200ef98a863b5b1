"use client";

import { useActionState } from "react";
import { Fejlopsummering } from "@/app/_components/form/fejlopsummering";
import { beskrevetAf, Felt } from "@/app/_components/form/felt";
import { Foedselsdato } from "@/app/_components/form/foedselsdato";
import { skema } from "@/app/_components/form/skema";
import { FuldmagtFakta } from "@/app/fuldmagter/_components/opsummering";
import { PrivilegierValg } from "@/app/fuldmagter/_components/privilegier-valg";
import { SkjulteSvar } from "@/app/fuldmagter/_components/skjulte-svar";
import { registrerPapirfuldmagt } from "./actions";

type Props = { noegle: string; idag: string; maksDato: string };

/** Registering a paper-signed fuldmagt: both persons, what was signed, the reference, then "Tjek". */
export function PapirForm({ noegle, idag, maksDato }: Props) {
  const [state, action, pending] = useActionState(registrerPapirfuldmagt, {});
  const s = skema(state, { gyldigFra: idag });
  const { fejl: f, v } = s;
  const tjek = state.data && "opsummering" in state.data ? state.data.opsummering : null;
  if (tjek) {
    return (
      <form action={action}>
        <h2>Tjek oplysningerne</h2>
        <p>Sammenlign med den underskrevne fuldmagt, før du registrerer den.</p>
        <FuldmagtFakta {...tjek} papirReference={state.data!.svar.papirReference?.[0]} />
        <SkjulteSvar svar={state.data!.svar} />
        <div className="knap-raekke">
          <button type="submit" name="trin" value="bekraeft" className="button button-primary" disabled={pending}>
            Registrer fuldmagten
          </button>
          <button type="submit" name="trin" value="ret" className="button button-secondary" disabled={pending}>
            Ret oplysningerne
          </button>
        </div>
      </form>
    );
  }
  return (
    <form action={action} noValidate>
      <Fejlopsummering
        titel="Fuldmagten er ikke registreret"
        fejl={f}
        serverFejl={s.serverFejl}
        raekkefoelge={["giverNavn", "giverDag", "giverMaaned", "giverAar", "navn", "dag", "maaned", "aar", "privilegier", "gyldigFra", "gyldigTil", "papirReference"]}
      />
      <input type="hidden" name="noegle" value={noegle} />
      <input type="hidden" name="trin" value="tjek" />
      <h2 className="h3">Giveren</h2>
      <Felt id="giverNavn" label="Giverens fulde navn" fejl={f.giverNavn}>
        <input className="form-input" type="text" id="giverNavn" name="giverNavn" autoComplete="off" maxLength={100} defaultValue={v.giverNavn ?? ""} aria-describedby={beskrevetAf("giverNavn", false, f.giverNavn)} />
      </Felt>
      <Foedselsdato prefix="giver" legend="Giverens fødselsdato" v={v} fejl={f} />
      <h2 className="h3">Fuldmægtigen</h2>
      <Felt id="navn" label="Fuldmægtigens fulde navn" fejl={f.navn}>
        <input className="form-input" type="text" id="navn" name="navn" autoComplete="off" maxLength={100} defaultValue={v.navn ?? ""} aria-describedby={beskrevetAf("navn", false, f.navn)} />
      </Felt>
      <Foedselsdato legend="Fuldmægtigens fødselsdato" v={v} fejl={f} />
      <PrivilegierValg legend="Hvad må fuldmægtigen ifølge papiret?" hint="Sæt kun hak ved det, der står på den underskrevne fuldmagt." valgte={s.valgte("privilegier")} fejl={f.privilegier} />
      <Felt id="gyldigFra" label="Gælder fra" fejl={f.gyldigFra}>
        <input className="form-input input-width-s" type="date" id="gyldigFra" name="gyldigFra" defaultValue={v.gyldigFra ?? idag} aria-describedby={beskrevetAf("gyldigFra", false, f.gyldigFra)} />
      </Felt>
      <Felt id="gyldigTil" label="Gælder til og med" hint="Højst 5 år. Står der ingen slutdato på papiret, så aftal en med giveren." fejl={f.gyldigTil}>
        <input className="form-input input-width-s" type="date" id="gyldigTil" name="gyldigTil" max={maksDato} defaultValue={v.gyldigTil ?? ""} aria-describedby={beskrevetAf("gyldigTil", true, f.gyldigTil)} />
      </Felt>
      <Felt id="papirReference" label="Hvor er den underskrevne fuldmagt?" hint="Fx journalnummer og dato for underskriften." fejl={f.papirReference}>
        <input className="form-input" type="text" id="papirReference" name="papirReference" autoComplete="off" maxLength={200} defaultValue={v.papirReference ?? ""} aria-describedby={beskrevetAf("papirReference", true, f.papirReference)} />
      </Felt>
      <button type="submit" className="button button-primary" disabled={pending}>
        Fortsæt
      </button>
    </form>
  );
}
