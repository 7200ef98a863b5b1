import { z } from "zod";

/** Income fetched from eIndkomst with the citizen's samtykke, in the app's own words (client-safe). */
export const indkomstFelt = z.enum(["loenindkomst", "aSkat", "amBidrag", "atpBidrag"]);
export type IndkomstFelt = z.infer<typeof indkomstFelt>;

export const indkomstFeltTekst: Record<IndkomstFelt, string> = {
  loenindkomst: "Lønindkomst",
  aSkat: "A-skat",
  amBidrag: "AM-bidrag",
  atpBidrag: "ATP-bidrag",
};

/** Amounts stay decimal strings ("33850.00") until they are formatted for display. */
export const indkomstMaaned = z.object({
  maaned: z.string(),
  beloeb: z.partialRecord(indkomstFelt, z.string()),
});
export type IndkomstMaaned = z.infer<typeof indkomstMaaned>;

/** Everything one indberetter (usually an employer) reported, newest month first. */
export const indberetterIndkomst = z.object({
  cvr: z.string(),
  navn: z.string(),
  maaneder: z.array(indkomstMaaned),
});
export type IndberetterIndkomst = z.infer<typeof indberetterIndkomst>;

export const indkomstoversigt = z.object({
  fra: z.string(),
  til: z.string(),
  felter: z.array(indkomstFelt),
  indberettere: z.array(indberetterIndkomst),
});
export type Indkomstoversigt = z.infer<typeof indkomstoversigt>;

/** The part of the citizen's samtykke that eIndkomst must see before it answers. */
export type IndkomstSamtykke = { id: string; felter: readonly IndkomstFelt[]; gyldigTil: Date };
