import { z } from "zod";

/** A person as the portal shows them (client-safe). The CPR number never enters this type. */
export const person = z.object({
  navn: z.string(),
  foedselsdato: z.string(),
  maskeretCpr: z.string(),
  adresse: z.string().nullable(),
  adressebeskyttet: z.boolean(),
  doed: z.boolean(),
  civilstand: z.string(),
  aegtefaelle: z.string().nullable(),
});
export type Person = z.infer<typeof person>;

/** "120344-••••": the birth date part only, as DESIGN.md §1 asks. */
export function maskCpr(cpr: string): string {
  return `${cpr.slice(0, 6)}-••••`;
}

/** Century from the 7th digit (CPR-kontoret's table); modulus 11 is deliberately not checked. */
export function foedselsdatoFraCpr(cpr: string): string {
  const dd = cpr.slice(0, 2);
  const mm = cpr.slice(2, 4);
  const yy = Number(cpr.slice(4, 6));
  const d7 = Number(cpr[6]);
  let century = 1900;
  if ((d7 === 4 || d7 === 9) && yy <= 36) century = 2000;
  else if (d7 >= 5 && d7 <= 8) century = yy <= 57 ? 2000 : 1800;
  return `${century + yy}-${mm}-${dd}`;
}
