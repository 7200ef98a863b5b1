import { z } from "zod";
import { zfd } from "zod-form-data";

/**
 * Text from the citizen's forms: trimmed, within a length, and without NUL or other control
 * characters (PostgreSQL cannot store NUL, and nothing a person types needs them). Line breaks
 * and tabs stay. Markup is kept as typed and always shown as text.
 */
const STYRETEGN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

export function fritekst(opts: { max: number; tom: string; hvad: string }) {
  return zfd.text(
    z
      .string({ error: opts.tom })
      .trim()
      .min(1, { error: opts.tom })
      .max(opts.max, { error: `${opts.hvad} må højst være ${opts.max.toLocaleString("da-DK")} tegn.` })
      .refine((v) => !STYRETEGN.test(v), { error: `${opts.hvad} indeholder et tegn, vi ikke kan gemme. Skriv teksten igen uden at indsætte den.` }),
  );
}

export function valgfriTekst(opts: { max: number; hvad: string }) {
  return zfd.text(
    z
      .string()
      .trim()
      .max(opts.max, { error: `${opts.hvad} må højst være ${opts.max.toLocaleString("da-DK")} tegn.` })
      .refine((v) => !STYRETEGN.test(v), { error: `${opts.hvad} indeholder et tegn, vi ikke kan gemme. Skriv teksten igen uden at indsætte den.` })
      .optional(),
  );
}

/** The hidden one-time key of a form render. */
export const formNoegle = zfd.text(z.uuid({ error: "Formularen er for gammel. Genindlæs siden og prøv igen." }));

/** A Danish address as a person writes it, for a correction in CPR. */
export const adresseFelter = {
  vejnavn: fritekst({ max: 60, tom: "Skriv vejnavnet.", hvad: "Vejnavnet" }),
  husnr: zfd.text(
    z
      .string({ error: "Skriv husnummeret, for eksempel 7B." })
      .trim()
      .toUpperCase()
      .regex(/^\d{1,3}[A-HK-NPR-Z]?$/, { error: "Skriv husnummeret som tal og evt. et bogstav, for eksempel 7B." }),
  ),
  etage: zfd.text(
    z
      .string()
      .trim()
      .toLowerCase()
      .regex(/^(st|kl|[1-9]\d?)$/, { error: "Skriv etagen som st, kl eller et tal, for eksempel 2." })
      .optional(),
  ),
  doer: zfd.text(
    z
      .string()
      .trim()
      .toLowerCase()
      .regex(/^(th|tv|mf|\d{1,4}|[a-z]\d{0,3})$/, { error: "Skriv døren som th, tv, mf eller et nummer." })
      .optional(),
  ),
  postnr: zfd.text(z.string({ error: "Skriv postnummeret." }).trim().regex(/^\d{4}$/, { error: "Postnummeret skal være 4 cifre." })),
  postdistrikt: fritekst({ max: 40, tom: "Skriv byen.", hvad: "Byen" }),
};
