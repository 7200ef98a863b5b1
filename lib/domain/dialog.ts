import { z } from "zod";
import { STANDARD_EMNE, STANDARD_MINUTTER } from "@/lib/dialog/drejebog";

/** The httpOnly cookie that holds a participant's random token (never a name or an id). */
export const DELTAGER_COOKIE = "dialog-deltager";

/** Form input for planning a dialogue; shared by the form, the server action and the data layer. */
const dato = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "Skriv datoen som åååå-mm-dd");

const minutter = (nr: number) =>
  z.coerce
    .number({ error: `Skriv antal minutter for trin ${nr}` })
    .int(`Skriv et helt antal minutter for trin ${nr}`)
    .min(1, `Trin ${nr} skal vare mindst 1 minut`)
    .max(60, `Trin ${nr} kan højst vare 60 minutter`);

export const opretSessionSchema = z
  .object({
    emne: z.string().trim().min(3, "Skriv et emne på mindst 3 tegn").max(200, "Emnet må højst være 200 tegn").default(STANDARD_EMNE),
    dato,
    forventedeDeltagere: z.coerce
      .number({ error: "Skriv det forventede antal deltagere" })
      .int("Skriv et helt antal deltagere")
      .min(4, "Dialogen er lavet til mindst 4 deltagere")
      .max(20, "Dialogen er lavet til højst 20 deltagere"),
    caseValg: z.string().regex(/^[a-z0-9-]+$/, "Vælg en case").default("paa-konens-vegne"),
    egenCase: z.string().trim().max(5000, "Casen må højst være 5.000 tegn").optional(),
    minutter1: minutter(1).default(STANDARD_MINUTTER[0]),
    minutter2: minutter(2).default(STANDARD_MINUTTER[1]),
    minutter3: minutter(3).default(STANDARD_MINUTTER[2]),
    minutter4: minutter(4).default(STANDARD_MINUTTER[3]),
    minutter5: minutter(5).default(STANDARD_MINUTTER[4]),
    stilleSekunder: z.coerce
      .number({ error: "Skriv længden af det stille minut i sekunder" })
      .int("Skriv et helt antal sekunder")
      .min(5, "Det stille minut skal vare mindst 5 sekunder")
      .max(600, "Det stille minut kan højst vare 10 minutter")
      .default(60),
  })
  .refine((v) => v.caseValg !== "egen" || (v.egenCase?.length ?? 0) >= 20, {
    path: ["egenCase"],
    message: "Skriv jeres egen case (mindst 20 tegn) eller vælg en af de færdige",
  });
export type OpretSession = z.infer<typeof opretSessionSchema>;

export const caseSchema = z
  .object({
    caseValg: z.string().regex(/^[a-z0-9-]+$/, "Vælg en case"),
    egenCase: z.string().trim().max(5000, "Casen må højst være 5.000 tegn").optional(),
  })
  .refine((v) => v.caseValg !== "egen" || (v.egenCase?.length ?? 0) >= 20, {
    path: ["egenCase"],
    message: "Skriv jeres egen case (mindst 20 tegn) eller vælg en af de færdige",
  });

export const deltagSchema = z.object({
  kode: z
    .string()
    .transform((s) => s.toUpperCase().replace(/[\s-]/g, ""))
    .pipe(z.string().regex(/^[A-Z0-9]{6}$/, "Koden består af 6 tegn – tjek, at du har skrevet den rigtigt")),
  navn: z.string().trim().min(1, "Skriv det navn, de andre skal se").max(40, "Navnet må højst være 40 tegn"),
});

export const bidragSchema = z.object({
  art: z.enum(["pointe", "ide"], { error: "Vælg om det er en pointe eller en idé" }),
  tekst: z.string().trim().min(2, "Skriv mindst et par ord").max(280, "Skriv højst 280 tegn"),
});

const isoDato = (besked: string) => z.string().regex(/^\d{4}-\d{2}-\d{2}$/, besked);

export const beslutningSchema = z
  .object({
    forslag: z.string().trim().min(3, "Skriv det forslag, I vil afprøve").max(500, "Forslaget må højst være 500 tegn"),
    hvorfor: z.string().trim().min(3, "Skriv hvorfor I valgte forslaget").max(1000, "Højst 1.000 tegn"),
    ansvarlig: z.string().trim().min(2, "Skriv hvem der er ansvarlig").max(200, "Højst 200 tegn"),
    afproevning: z.string().trim().min(3, "Skriv hvordan forslaget afprøves").max(1000, "Højst 1.000 tegn"),
    afproevningSlut: isoDato("Vælg datoen, hvor afprøvningen er færdig"),
    opfoelgning: isoDato("Vælg datoen for opfølgningen"),
  })
  .refine((v) => v.opfoelgning >= v.afproevningSlut, {
    path: ["opfoelgning"],
    message: "Opfølgningen skal ligge samme dag som eller efter afprøvningen",
  });
export type Beslutning = z.infer<typeof beslutningSchema>;

/**
 * Why a participant's action was not done. The code travels in the URL (/deltag?fejl=…) and the
 * page shows only the fixed text chosen here: nothing from the URL reaches the screen.
 */
export const DELTAGER_FEJL = {
  slut: "Dialogen er slut.",
  "pointe-trin": "Pointer skrives i trin 2.",
  "ide-trin": "Idéer skrives i trin 4.",
  "vaelg-trin": "Idéer vælges i trin 4.",
  "stem-trin": "Der stemmes i trin 5.",
  "ide-findes-ikke": "Idéen findes ikke.",
  "allerede-valgt": "En anden har allerede valgt idéen.",
  "ikke-dit-valg": "Kun den, der valgte idéen, kan fjerne valget.",
  "for-mange-valg": "Du kan vælge 1–2 idéer. Fjern et af dine valg først.",
  tekst: "Skriv mellem 2 og 280 tegn.",
} as const;
export type DeltagerFejl = keyof typeof DELTAGER_FEJL;

export function deltagerFejlTekst(kode: unknown): string | null {
  return typeof kode === "string" && Object.hasOwn(DELTAGER_FEJL, kode) ? DELTAGER_FEJL[kode as DeltagerFejl] : null;
}

/** Danish field errors keyed by field, first message each – what a form shows next to its fields. */
export function feltfejl(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? "form");
    out[key] ??= issue.message;
  }
  return out;
}
