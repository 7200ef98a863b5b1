import { z } from "zod";
import { FORMAAL, KATEGORIER, type Formaal, type Kategori } from "./kategorier";

/**
 * The form for giving a third party a samtykke (client-safe): who, for what, which data, how
 * long. "Tjek dine svar" posts the same fields again with trin=bekraeft. The year and the end
 * date depend on today, so the rules in regler.ts check them.
 */
export const delingFelter = z.object({
  modtager: z
    .string({ error: "Vælg, hvem der skal have oplysningerne" })
    .min(1, { error: "Vælg, hvem der skal have oplysningerne" })
    .max(100, { error: "Vælg fra listen" }),
  formaal: z.enum(Object.keys(FORMAAL) as [Formaal, ...Formaal[]], { error: "Vælg, hvad oplysningerne skal bruges til" }),
  kategorier: z
    .array(z.enum(Object.keys(KATEGORIER) as [Kategori, ...Kategori[]], { error: "Vælg fra listen" }), { error: "Vælg mindst én slags oplysninger" })
    .min(1, { error: "Vælg mindst én slags oplysninger" }),
  aar: z.string().trim().max(4, { error: "Vælg et år fra listen" }).default(""),
  varighed: z.enum(["engangs", "loebende"], { error: "Vælg, om samtykket gælder én gang eller i en periode" }),
  gyldigTil: z.string().trim().max(10, { error: "Skriv datoen som dag-måned-år" }).default(""),
  noegle: z.uuid({ error: "Siden er for gammel. Genindlæs den, og prøv igen." }),
  trin: z.enum(["tjek", "bekraeft", "ret"]).default("tjek"),
});
export type DelingInput = z.infer<typeof delingFelter>;

export const samtykkeIdInput = z.object({ samtykkeId: z.uuid({ error: "Vi kunne ikke finde samtykket." }) });
