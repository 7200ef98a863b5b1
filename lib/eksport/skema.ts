import "server-only";
import { z } from "zod";
import { SEKTIONER } from "./sektioner";

/**
 * The export file's contract: generated from the sections' zod schemas, versioned, and published
 * as JSON Schema (2020-12) at a stable address. A change that breaks readers of version 1 gets a
 * new version and a new address; version 1 stays where it is.
 */
export const EKSPORT_VERSION = "1.0.0";
export const SKEMA_STI = "/eksport/skema/v1.json";

const sektion = (element: z.ZodType) =>
  z.object({
    titel: z.string(),
    beskrivelse: z.string(),
    elementer: z.array(element),
    fuldstaendig: z.boolean().meta({ description: "false hvis delen mangler noget: se fejl eller udeladt" }),
    fejl: z.string().nullable().meta({ description: "Hvorfor delen ikke er hentet helt (fx et system, der ikke svarede)" }),
    udeladt: z.string().nullable().meta({ description: "Hvorfor delen ikke er med i denne kopi (fx kun personen selv kan hente den)" }),
  });

export function eksportSkema() {
  return z.object({
    format: z.literal("minedata-eksport"),
    version: z.literal(EKSPORT_VERSION),
    skema: z.url().meta({ description: "Adressen på dette JSON Schema" }),
    oprettet: z.iso.datetime({ offset: true }),
    udsteder: z.object({ navn: z.string(), cvr: z.string().regex(/^\d{8}$/) }),
    person: z.object({ navn: z.string(), foedselsdato: z.iso.date() }),
    hentetAf: z
      .object({ navn: z.string(), grundlag: z.string() })
      .nullable()
      .meta({ description: "Hvem der hentede kopien, hvis det ikke var personen selv (fx en fuldmægtig)" }),
    sektioner: z.object(Object.fromEntries(SEKTIONER.map((s) => [s.noegle, sektion(s.element)]))),
    faerdig: z.literal(true).meta({ description: "Står sidst i filen: er den med, er hele kopien skrevet" }),
  });
}

export function jsonSkema(base: string): Record<string, unknown> {
  const skema = z.toJSONSchema(eksportSkema(), { io: "output", unrepresentable: "any", target: "draft-2020-12" }) as Record<string, unknown>;
  return {
    ...skema,
    $id: `${base}${SKEMA_STI}`,
    title: "Mine Data – kopi af dine data (GDPR art. 15, stk. 3)",
    description: `Version ${EKSPORT_VERSION} af eksportformatet fra Mine Data, Korsbæk Kommune.`,
  };
}
