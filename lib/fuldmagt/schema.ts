import { z } from "zod";
import { DELEGERBARE, delegerbar } from "@/lib/access/actions";

/**
 * The fuldmagt forms' input, shared by the forms, the server actions and the rules (client-safe).
 * A person is named by full name and birth date, never by CPR number (DESIGN.md §1).
 */

export const MAKS_AAR = 5;
export const VARSEL_DAGE = 30;
export const TIDLIGERE_MAANEDER = 15;

const datoDel = z.string().trim().max(4, { error: "Skriv et tal" }).default("");

/** Birth date as three fields (day, month, year), as Danish public forms ask for a date one knows. */
export const foedselsdatoFelter = { dag: datoDel, maaned: datoDel, aar: datoDel };

const DELE = [
  ["dag", "Skriv dagen som et tal fra 1 til 31", 1, 31],
  ["maaned", "Skriv måneden som et tal fra 1 til 12", 1, 12],
  ["aar", "Skriv året med fire cifre, fx 1942", 1900, 2100],
] as const;

/**
 * One message for an empty birth date ("Skriv fødselsdatoen"), else one per wrong part, on the
 * fields named `dag`/`maaned`/`aar` or, with a prefix, `giverDag`/`giverMaaned`/`giverAar`.
 */
export function tjekFoedselsdato(prefix = "") {
  const key = (del: string) => (prefix ? `${prefix}${del[0]!.toUpperCase()}${del.slice(1)}` : del);
  return (v: Record<string, unknown>, ctx: z.RefinementCtx) => {
    const dele = DELE.map(([del]) => String(v[key(del)] ?? ""));
    if (dele.every((d) => d === "")) {
      ctx.addIssue({ code: "custom", path: [key("dag")], message: "Skriv fødselsdatoen" });
      return;
    }
    DELE.forEach(([del, besked, min, max], i) => {
      const n = Number(dele[i]);
      if (!/^\d+$/.test(dele[i]!) || n < min || n > max) ctx.addIssue({ code: "custom", path: [key(del)], message: besked });
    });
  };
}

export function isoDato(aar: number, maaned: number, dag: number): string | null {
  const d = new Date(Date.UTC(aar, maaned - 1, dag));
  if (d.getUTCFullYear() !== aar || d.getUTCMonth() !== maaned - 1 || d.getUTCDate() !== dag) return null;
  return d.toISOString().slice(0, 10);
}

const navn = z
  .string({ error: "Skriv personens fulde navn" })
  .trim()
  .min(2, { error: "Skriv personens fulde navn" })
  .max(100, { error: "Skriv højst 100 tegn" })
  .refine((v) => !/[\u0000-\u001f<>]/.test(v), { error: "Skriv navnet med bogstaver" });

const privilegier = z.array(delegerbar, { error: "Vælg fra listen" }).min(1, { error: "Vælg mindst én ting fra listen" });

const slutdato = z.iso.date({ error: "Vælg en slutdato" });

/** The other person of a fuldmagt, named by name and birth date. */
export const personFelter = z.object({ navn, ...foedselsdatoFelter });

/** Give (afgiv) and request (anmod) share their fields: the other person, privileges, end date. */
export const fuldmagtFelter = personFelter.extend({
  privilegier,
  gyldigTil: slutdato,
  noegle: z.uuid({ error: "Siden er for gammel. Genindlæs den, og prøv igen." }),
  /** "tjek" shows "Tjek dine svar"; "bekraeft" creates it; "ret" goes back to the form. */
  trin: z.enum(["tjek", "bekraeft", "ret"]).default("tjek"),
});
export const fuldmagtInput = fuldmagtFelter.superRefine(tjekFoedselsdato());
export type FuldmagtInput = z.infer<typeof fuldmagtInput>;

/** Approving a request: possibly fewer privileges or an earlier end than asked. */
export const godkendInput = z.object({
  fuldmagtId: z.uuid({ error: "Vi kunne ikke finde anmodningen." }),
  privilegier,
  gyldigTil: slutdato,
});

export const fuldmagtIdInput = z.object({ fuldmagtId: z.uuid({ error: "Vi kunne ikke finde fuldmagten." }) });

/** A paper fuldmagt: both persons, privileges, period, and where the signed paper is kept. */
export const papirFelter = z.object({
  giverNavn: navn,
  giverDag: datoDel,
  giverMaaned: datoDel,
  giverAar: datoDel,
  navn,
  ...foedselsdatoFelter,
  privilegier,
  gyldigFra: z.iso.date({ error: "Vælg den dato, fuldmagten gælder fra" }),
  gyldigTil: slutdato,
  papirReference: z
    .string({ error: "Skriv hvor den underskrevne fuldmagt er journaliseret" })
    .trim()
    .min(3, { error: "Skriv hvor den underskrevne fuldmagt er journaliseret, fx sagsnummer og dato" })
    .max(200, { error: "Skriv højst 200 tegn" }),
  noegle: z.uuid({ error: "Siden er for gammel. Genindlæs den, og prøv igen." }),
  trin: z.enum(["tjek", "bekraeft", "ret"]).default("tjek"),
});
export const papirInput = papirFelter.superRefine(tjekFoedselsdato("giver")).superRefine(tjekFoedselsdato());

export const fuldmagtStatusTekst = {
  anmodet: "Venter på svar",
  aktiv: "Gælder",
  tilbagekaldt: "Tilbagekaldt",
  afvist: "Afvist",
  ophoert: "Ophørt",
} as const;

export { DELEGERBARE };
