import { z } from "zod";
import { zfd } from "zod-form-data";
import type { KladdeSvar } from "./borger";
import { adresseFelter, formNoegle, fritekst } from "./input";
import { adresseTekst } from "./tekster";

/**
 * Step 1 of a correction request – what is wrong, what is right, why – as the form sends it. The
 * citizen's own form and a staff member preparing one in an assisted session use the same schema.
 */
const valgfriUuid = zfd.text(z.uuid().optional());

const faelles = z.object({
  noegle: formNoegle,
  kladde: valgfriUuid,
  felt: zfd.text(z.string().max(40).optional()),
  datum: valgfriUuid,
  sag: valgfriUuid,
  hvadErForkert: fritekst({ max: 1000, tom: "Skriv, hvad der er forkert.", hvad: "Teksten om, hvad der er forkert," }),
  begrundelse: fritekst({ max: 2000, tom: "Skriv, hvorfor oplysningen er forkert.", hvad: "Begrundelsen" }),
});

export const svarSkema = zfd.formData(
  z.discriminatedUnion("art", [
    faelles.extend({ art: z.literal("datum"), rigtigVaerdi: fritekst({ max: 1000, tom: "Skriv, hvad der er det rigtige.", hvad: "Det rigtige" }) }),
    faelles.extend({ art: z.literal("adresse"), ...adresseFelter }),
  ]),
);
export type SvarInput = z.infer<typeof svarSkema>;

/** The answers as a draft stores them; a corrected address is also written out as text. */
export function kladdeSvarFra(p: SvarInput): KladdeSvar {
  if (p.art === "datum") return { hvadErForkert: p.hvadErForkert, rigtigVaerdi: p.rigtigVaerdi, rigtigAdresse: null, begrundelse: p.begrundelse };
  const adresse = { vejnavn: p.vejnavn, husnr: p.husnr, etage: p.etage ?? null, doer: p.doer ?? null, postnr: p.postnr, postdistrikt: p.postdistrikt };
  return { hvadErForkert: p.hvadErForkert, rigtigVaerdi: adresseTekst(adresse), rigtigAdresse: adresse, begrundelse: p.begrundelse };
}
