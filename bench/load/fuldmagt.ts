import { fejlboks, formData, formular, saet } from "./formular";
import type { Klient } from "./klient";

/**
 * A giver gives a holder a fuldmagt through the real forms (the form, "Tjek dine svar", confirm),
 * and the holder chooses to act for the giver on /handl-for: the holder's session then reads the
 * giver's pages. Throws when a step does not answer as a browser would be shown.
 */
export type Person = { navn: string; cpr: string };

const PRIVILEGIER = ["se:sager", "se:ydelser", "se:oplysninger"];

export async function givFuldmagt(giver: Klient, holder: Person): Promise<void> {
  const side = await giver.hent("/fuldmagter/ny", "opsætning");
  const felter = formular(side.html, "navn");
  if (side.status !== 200 || !felter) throw new Error(`/fuldmagter/ny viste ingen formular (${side.status})`);
  const [dd, mm, yy] = [holder.cpr.slice(0, 2), holder.cpr.slice(2, 4), holder.cpr.slice(4, 6)];
  const gyldigTil = new Date(Date.now() + 90 * 86_400_000).toISOString().slice(0, 10);
  let udfyldt = saet(felter, "navn", holder.navn);
  udfyldt = saet(udfyldt, "dag", String(Number(dd)));
  udfyldt = saet(udfyldt, "maaned", String(Number(mm)));
  udfyldt = saet(udfyldt, "aar", `19${yy}`);
  udfyldt = saet(udfyldt, "privilegier", ...PRIVILEGIER);
  udfyldt = saet(udfyldt, "gyldigTil", gyldigTil);
  const tjek = await giver.hent("/fuldmagter/ny", "opsætning", { body: formData(udfyldt) });
  const bekraeft = tjek.status === 200 && tjek.html.includes("<h2>Tjek dine svar</h2>") ? formular(tjek.html, "noegle") : null;
  if (!bekraeft) throw new Error(`fuldmagten nåede ikke »Tjek dine svar« (${tjek.status} ${tjek.location} ${fejlboks(tjek.html)})`);
  const givet = await giver.hent("/fuldmagter/ny", "opsætning", { body: formData(saet(bekraeft, "trin", "bekraeft")) });
  if (givet.status !== 303 || !/\/fuldmagter\/[\w-]+\?kvittering=1$/.test(givet.location)) {
    throw new Error(`fuldmagten blev ikke givet (${givet.status} ${givet.location} ${fejlboks(givet.html)})`);
  }
}

export async function handlFor(holder: Klient, giverNavn: string): Promise<void> {
  const side = await holder.hent("/handl-for", "opsætning");
  const felter = formular(side.html, "fuldmagtId");
  if (side.status !== 200 || !felter || !side.html.includes(giverNavn)) throw new Error(`/handl-for tilbød ikke at handle for giveren (${side.status})`);
  const valgt = await holder.hent("/handl-for", "opsætning", { body: formData(felter) });
  const forside = await holder.foelg(valgt, () => "opsætning");
  if (forside.status !== 200 || !forside.html.includes("Du handler for en anden")) throw new Error(`holderen kom ikke til at handle for giveren (${forside.status})`);
}
