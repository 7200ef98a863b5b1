import "server-only";
import { z } from "zod";
import { laes, Refused, type Adgang, type DataContext } from "@/lib/data/access";
import { opslagPerson } from "@/lib/fagsystemer/cpr/client";
import { formatAdresse } from "@/lib/fagsystemer/cpr/map";
import { erUdelukket, hentBorgersSag } from "@/lib/fagsystemer/sdi/client";
import type { RettelseAdresse } from "@/lib/db/schema";
import { RETBARE_FELTER, type RetbartFelt } from "./maal-felter";

/**
 * What a correction request is about: a registered field (only the CPR address can be corrected
 * through the portal; the folkeregister's other fields go through Borgerservice) or a datum a
 * decision rests on. Read through the policy, so a holder sees only what their scope shows.
 */
export { RETBARE_FELTER };

export type Maal = { art: "felt"; felt: RetbartFelt } | { art: "datum"; datumId: string; sagId: string };

const uuid = z.uuid();

/** From the query (`?felt=cpr.adresse`, `?datum=…&sag=…`) or the hidden fields of the form; null when neither is valid. */
export function maalFra(q: { felt?: unknown; datum?: unknown; sag?: unknown }): Maal | null {
  if (typeof q.felt === "string" && q.felt in RETBARE_FELTER) return { art: "felt", felt: q.felt as RetbartFelt };
  const datum = uuid.safeParse(q.datum);
  const sag = uuid.safeParse(q.sag);
  return datum.success && sag.success ? { art: "datum", datumId: datum.data, sagId: sag.data } : null;
}

/** The fields that name a target, in a query or as the form's hidden fields: the inverse of maalFra. */
export function maalFelter(maal: Maal): Record<string, string> {
  return maal.art === "felt" ? { felt: maal.felt } : { datum: maal.datumId, sag: maal.sagId };
}

export type MaalVisning = {
  maal: Maal;
  betegnelse: string;
  vaerdi: string;
  /** The registered address, to start the form from; null when it is not a CPR address or is protected from this reader. */
  adresse: RettelseAdresse | null;
  /** The sag the datum belongs to. */
  sagTitel: string | null;
};

/** The current value, to prefill "what is wrong". Null: the datum does not exist or is not this reader's to see. */
export async function hentMaal(ctx: DataContext, maal: Maal): Promise<Adgang<MaalVisning | null>> {
  if (maal.art === "felt") {
    return laes(ctx, { action: "se:oplysninger", objekt: "Din adresse i CPR, til en anmodning om rettelse" }, async (grant) => {
      const person = await opslagPerson(ctx.subject.cpr);
      if (!person.ok) return person;
      const p = person.data;
      // A protected address is never shown to anyone but the person, not even split into fields.
      const skjult = p.navneOgAdressebeskyttelse && grant.skjulBeskyttet;
      const { vejnavn, husnr, etage, doer, postnr, postdistrikt } = p.adresse;
      return {
        ok: true,
        data: {
          maal,
          betegnelse: RETBARE_FELTER[maal.felt],
          vaerdi: skjult ? "Beskyttet adresse" : formatAdresse(p.adresse),
          adresse: skjult ? null : { vejnavn, husnr, etage, doer, postnr, postdistrikt },
          sagTitel: null,
        },
      };
    });
  }
  const result = await laes(ctx, { action: "se:sager", objekt: "En oplysning i din afgørelse, til en anmodning om rettelse", sagId: maal.sagId }, async (grant) => {
    const sag = await hentBorgersSag(ctx.subject.cpr, maal.sagId);
    if (!sag.ok) return sag;
    if (!sag.data) return { ok: true, data: null };
    if (erUdelukket(sag.data)) return { ok: true, data: new Refused(sag.data.udelukket) };
    const datum = sag.data.afgoerelse?.grundlag.find((g) => g.id === maal.datumId);
    if (!datum) return { ok: true, data: null };
    if (grant.skjulForRepraesentant && datum.skjultForFuldmaegtige) return { ok: true, data: new Refused("ikke-til-fuldmaegtig") };
    return { ok: true, data: { maal, betegnelse: datum.betegnelse, vaerdi: datum.vaerdi, adresse: null, sagTitel: sag.data.titel } };
  });
  return !result.ok && result.reason === "ikke-fundet" ? { ok: true, data: null } : result;
}

/** Step 1's starting values: what stands now in "what is wrong", and the registered address split into its fields. */
export function svarStart(v: MaalVisning): Record<string, string> {
  return { hvadErForkert: `Der står: ${v.vaerdi}`, ...(v.adresse ? { ...v.adresse, etage: v.adresse.etage ?? "", doer: v.adresse.doer ?? "" } : {}) };
}
