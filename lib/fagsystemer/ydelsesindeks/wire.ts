import { z } from "zod";

/**
 * Wire contract of the Ydelsesindeks (bevillinger and økonomiske effektueringer), as JSON.
 * Field names follow the OIO BevillingIndeks and OekonomiskEffektueringIndeks models. The mock
 * handlers build their responses from these schemas, so the mock and the client cannot drift apart.
 */

const isoDate = z.iso.date();

/** OIO Beloeb: DKK as a decimal string, e.g. "1234.50"; never a float, so no øre are lost in transit. */
export const beloeb = z.string().regex(/^-?[0-9]+(\.[0-9]+)?$/);

/** Exact: splits the decimal string instead of going through a float. Rounds half away from zero at the øre. */
export function beloebTilOere(value: string): number {
  const [, sign, kroner, decimaler = ""] = /^(-?)(\d+)(?:\.(\d+))?$/.exec(value) ?? [];
  if (kroner === undefined) throw new Error(`not an OIO Beloeb: ${value}`);
  const oere = Number(kroner) * 100 + Number(decimaler.slice(0, 2).padEnd(2, "0")) + (Number(decimaler[2] ?? 0) >= 5 ? 1 : 0);
  return sign && oere !== 0 ? -oere : oere;
}

export function oereTilBeloeb(oere: number): string {
  const abs = Math.abs(oere);
  return `${oere < 0 ? "-" : ""}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, "0")}`;
}

const partRef = z.string().regex(/^urn:oio:cpr-nr:\d{10}$/);
const side = z.number().int().min(1).default(1);
const antal = z.number().int().min(1).max(100).default(20);

export const bevillingStatus = z.enum(["Aktiv", "Inaktiv", "Passiv"]);

export const effektueringsplanWire = z.object({
  id: z.string().min(1).max(36),
  start: isoDate,
  slut: isoDate.optional(),
  /** Free text in OIO (≤ 50), e.g. "Månedlig". */
  beregningsfrekvens: z.string().min(1).max(50),
  forudBagud: z.enum(["Forud", "Bagud"]),
  ydelsesbeloeb: beloeb,
});

export const bevilgetYdelseWire = z.object({
  id: z.string().min(1).max(36),
  navn: z.string().min(1).max(255),
  start: isoDate,
  slut: isoDate.optional(),
  ydelse: z.object({ ydelsesnavn: z.string().min(1).max(255) }),
  effektueringsplaner: z.array(effektueringsplanWire),
});

export const bevillingWire = z.object({
  uuid: z.uuid(),
  brugervendtNoegle: z.string().min(1).max(50),
  startdato: isoDate,
  slutdato: isoDate.optional(),
  status: bevillingStatus,
  /** The SDI sag the bevilling was decided on; absent when another authority keeps the sag. */
  sagRef: z.uuid().optional(),
  bevilgedeYdelser: z.array(bevilgetYdelseWire),
  udbetalendeMyndighed: z.object({ navn: z.string().min(1).max(255), cvr: z.string().regex(/^\d{8}$/).optional() }),
});
export type BevillingWire = z.infer<typeof bevillingWire>;

export const effektueringslinjeWire = z.object({
  ydelsesperiodeStart: isoDate,
  ydelsesperiodeSlut: isoDate,
  ydelsesbeloeb: beloeb,
  klassifikationsbeskrivelse: z.string().min(1).max(255),
  bevilgetYdelseRef: z.object({ bevillingUuid: z.uuid(), id: z.string().min(1).max(36) }),
});

const effektueringFaelles = {
  uuid: z.uuid(),
  startdato: isoDate,
  slutdato: isoDate,
  dispositionsdato: isoDate,
  samletBruttobeloeb: beloeb,
  beloebEfterSkatATP: beloeb,
  udbetalingsafdeling: z.string().min(1).max(255),
  bevillingUuid: z.uuid(),
  linjer: z.array(effektueringslinjeWire).min(1),
};

/**
 * A payment run. One with a dispositionsdato still ahead is planned: its amount after tax is the
 * expected one, and nothing has been paid, so only a paid effektuering carries beloebUdbetalt.
 */
export const effektueringWire = z.discriminatedUnion("status", [
  z.object({ ...effektueringFaelles, status: z.literal("planlagt") }),
  z.object({ ...effektueringFaelles, status: z.literal("udbetalt"), beloebUdbetalt: beloeb }),
]);
export type EffektueringWire = z.infer<typeof effektueringWire>;

/** Searches go in the body: the part reference holds a CPR number, which must never sit in a URL. */
export const bevillingSoegningWire = z.object({ partRef, side, antal });

export const bevillingSoegeresultatWire = z.object({
  bevillinger: z.array(bevillingWire),
  side: z.number().int().min(1),
  antal: z.number().int().min(1),
  total: z.number().int().min(0),
});

/** `fra` and `til` bound the dispositionsdato, both inclusive. */
export const effektueringSoegningWire = z.object({
  partRef,
  side,
  antal,
  bevillingUuid: z.uuid().optional(),
  fra: isoDate.optional(),
  til: isoDate.optional(),
});

export const effektueringSoegeresultatWire = z.object({
  effektueringer: z.array(effektueringWire),
  side: z.number().int().min(1),
  antal: z.number().int().min(1),
  total: z.number().int().min(0),
});

export const aarstotalSoegningWire = z.object({ partRef });

/** Per calendar year of the dispositionsdato, over paid effektueringer only; newest year first. */
export const aarstotalerWire = z.array(
  z.object({
    aar: z.number().int(),
    brutto: beloeb,
    efterSkatATP: beloeb,
    udbetalt: beloeb,
    antal: z.number().int().min(1),
  }),
);
export type AarstotalWire = z.infer<typeof aarstotalerWire>[number];
