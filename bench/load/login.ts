import { formData, formular, saet } from "./formular";
import type { Klient } from "./klient";

/**
 * The real OIDC login over HTTP: the portal's "Log ind med MitID" form (a server action) →
 * the MitID simulator's authorize endpoint → its picker page → the persona posted by key →
 * back to the portal's callback, which sets the session cookie. Throws when any step is off.
 */
export async function logInd(klient: Klient, personaNoegle: string): Promise<void> {
  const side = await klient.hent("/log-ind", "login");
  const felter = side.status === 200 ? formular(side.html, "til") : null;
  if (!felter) throw new Error(`/log-ind viste ingen login-formular (${side.status})`);
  const sendt = await klient.hent("/log-ind", "login", { body: formData(felter) });
  const vaelger = await klient.foelg(sendt, () => "login");
  const action = /<form method="post" action="(\/interaction\/[\w-]+\/login)"/.exec(vaelger.html)?.[1];
  if (vaelger.status !== 200 || !action) throw new Error(`MitID-simulatoren viste ikke sin side (${vaelger.status} ${vaelger.url})`);
  const valg = new URLSearchParams(saet([], "sikringsniveau", "betydelig").concat([["persona", personaNoegle]]));
  const tilbage = await klient.hent(new URL(action, vaelger.url).href, "login", { body: valg });
  const slut = await klient.foelg(tilbage, () => "login");
  if (slut.status !== 200 || !klient.harSession() || !slut.url.startsWith(klient.portal)) {
    throw new Error(`login endte på ${slut.status} ${new URL(slut.url).pathname} uden session`);
  }
}
