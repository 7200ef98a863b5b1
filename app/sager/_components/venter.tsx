import type { SagOversigt } from "@/lib/domain/sag";
import { formatDato } from "@/lib/format";

type Venter = NonNullable<SagOversigt["venter"]>;

/** One line for the list: who the sag waits for, and by when. */
export function VenterKort({ venter }: { venter: Venter }) {
  return (
    <p className="sag-venter">
      {venter.hvem === "dig" ? `Kommunen venter på dig – send det senest ${formatDato(venter.frist)}` : `Kommunen arbejder på sagen – forventet svar senest ${formatDato(venter.frist)}`}
    </p>
  );
}

/**
 * On the sag itself: who must act now, what, and by when – and plainly, when the date has passed.
 * `idag` comes from the clock the portal shares with the fagsystemer.
 */
export function VenterBoks({ venter, idag }: { venter: Venter; idag: string }) {
  const dato = formatDato(venter.frist);
  const overskredet = venter.frist < idag;
  const dig = venter.hvem === "dig";
  return (
    <div className={`alert ${dig ? "alert-warning" : "alert-info"}`} role="region" aria-labelledby="venter-overskrift">
      <div className="alert-body">
        <h2 id="venter-overskrift" className="alert-heading h4">
          {dig ? "Kommunen venter på dig" : "Kommunen arbejder på sagen"}
        </h2>
        <p className="alert-text">{venter.hvad}</p>
        <p className="alert-text">
          {dig && !overskredet && <>Send det senest den {dato}.</>}
          {dig && overskredet && <>Fristen var den {dato}. Har du ikke sendt det, så gør det hurtigst muligt, eller kontakt din sagsbehandler.</>}
          {!dig && !overskredet && <>Du kan forvente svar senest den {dato}. Du skal ikke gøre noget imens.</>}
          {!dig && overskredet && <>Kommunen regnede med at svare senest den {dato}. Svaret er forsinket – kontakt din sagsbehandler, hvis du vil vide, hvornår det kommer.</>}
        </p>
      </div>
    </div>
  );
}
