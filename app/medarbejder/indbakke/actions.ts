"use server";

import { returnValidationErrors } from "next-safe-action";
import { redirect } from "next/navigation";
import { z } from "zod";
import { zfd } from "zod-form-data";
import { Besked, formFejl, staffAction } from "@/lib/data/safe-action";
import { anmodOmSamtykke, hentIgen } from "@/lib/hentesamtykke/store";
import { OPBEVARING } from "@/lib/hentesamtykke/kilder";
import { afgoer, forlaengFrist, skrivTilBorger } from "@/lib/rettelser/afgoerelse";
import { Afvist } from "@/lib/rettelser/borger";
import { adresseFelter, formNoegle, fritekst } from "@/lib/rettelser/input";
import { besvarSpoergsmaal } from "@/lib/rettelser/spoergsmaal";

/** The caseworker's side: decide, extend, write, ask for consent, answer. Every form carries its one-time key. */
const indbakkeAction = staffAction.metadata({ privilegium: "urn:dk:korsbaek:minedata:privilege:sagsbehandler", til: "/medarbejder/indbakke" });

async function udfoer(fn: () => Promise<unknown>) {
  try {
    await fn();
  } catch (error) {
    if (error instanceof Afvist) throw new Besked(error.message);
    throw error;
  }
}

const id = zfd.text(z.uuid());
const begrundelse = fritekst({ max: 2000, tom: "Skriv en begrundelse. Borgeren ser den.", hvad: "Begrundelsen" });

const afgoerSkema = zfd.formData({
  noegle: formNoegle,
  id,
  art: zfd.text(z.enum(["datum", "adresse"])),
  beslutning: zfd.text(z.enum(["rettet", "indsigelse-noteret", "afslag"], { error: "Vælg, hvad du vil gøre." })),
  begrundelse,
  nyVaerdi: zfd.text(z.string().optional()),
  vejnavn: zfd.text(z.string().optional()),
  husnr: zfd.text(z.string().optional()),
  etage: zfd.text(z.string().optional()),
  doer: zfd.text(z.string().optional()),
  postnr: zfd.text(z.string().optional()),
  postdistrikt: zfd.text(z.string().optional()),
});

const nyVaerdiSkema = fritekst({ max: 1000, tom: "Skriv den rigtige værdi.", hvad: "Den nye værdi" });
const adresseSkema = z.object(adresseFelter);

export const afgoerAction = indbakkeAction.inputSchema(afgoerSkema, { handleValidationErrorsShape: formFejl }).stateAction(async ({ parsedInput: p, ctx }) => {
  if (p.beslutning !== "rettet") {
    await udfoer(() => afgoer(ctx.medarbejder, p.id, { type: p.beslutning as "afslag" | "indsigelse-noteret", begrundelse: p.begrundelse }, p.noegle));
  } else if (p.art === "adresse") {
    const a = adresseSkema.safeParse(p);
    if (!a.success) returnValidationErrors(afgoerSkema, Object.fromEntries(a.error.issues.map((i) => [String(i.path[0]), { _errors: [i.message] }])));
    const adresse = { ...a.data, etage: a.data.etage ?? null, doer: a.data.doer ?? null };
    await udfoer(() => afgoer(ctx.medarbejder, p.id, { type: "rettet", begrundelse: p.begrundelse, nyVaerdi: null, adresse }, p.noegle));
  } else {
    const v = nyVaerdiSkema.safeParse(p.nyVaerdi ?? "");
    if (!v.success) returnValidationErrors(afgoerSkema, { nyVaerdi: { _errors: [v.error.issues[0]!.message] } });
    await udfoer(() => afgoer(ctx.medarbejder, p.id, { type: "rettet", begrundelse: p.begrundelse, nyVaerdi: v.data, adresse: null }, p.noegle));
  }
  redirect(`/medarbejder/indbakke/rettelse/${p.id}?gemt=afgoerelse`);
});

const TEKST = {
  forlaeng: { tom: "Skriv, hvorfor du har brug for mere tid. Borgeren ser det.", hvad: "Begrundelsen" },
  besked: { tom: "Skriv din besked.", hvad: "Beskeden" },
  svar: { tom: "Skriv dit svar.", hvad: "Svaret" },
} as const;

/** Extend a deadline with a reason, write to the citizen, or answer a question: one text each. */
const tekstSkema = zfd.formData({
  noegle: formNoegle,
  id,
  art: zfd.text(z.enum(["forlaeng", "besked", "svar"])),
  tekst: zfd.text(z.string().optional()),
});

export const tekstAction = indbakkeAction.inputSchema(tekstSkema, { handleValidationErrorsShape: formFejl }).stateAction(async ({ parsedInput: p, ctx }) => {
  const tekst = fritekst({ max: 2000, ...TEKST[p.art] }).safeParse(p.tekst ?? "");
  if (!tekst.success) returnValidationErrors(tekstSkema, { tekst: { _errors: [tekst.error.issues[0]!.message] } });
  if (p.art === "svar") {
    await udfoer(() => besvarSpoergsmaal(ctx.medarbejder, p.id, tekst.data));
    redirect(`/medarbejder/indbakke/spoergsmaal/${p.id}?gemt=svar`);
  }
  await udfoer(() => (p.art === "forlaeng" ? forlaengFrist : skrivTilBorger)(ctx.medarbejder, p.id, tekst.data, p.noegle));
  redirect(`/medarbejder/indbakke/rettelse/${p.id}?gemt=${p.art}`);
});

const maaned = (fejl: string) => zfd.text(z.string({ error: fejl }).regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: fejl }).optional());
const samtykkeSkema = zfd.formData({
  noegle: formNoegle,
  id,
  kilde: zfd.text(z.enum(["eindkomst", "pension"], { error: "Vælg, hvor oplysningerne skal hentes fra." })),
  indkomstFelter: zfd.repeatableOfType(zfd.text(z.string().max(40))),
  pensionFelter: zfd.repeatableOfType(zfd.text(z.string().max(40))),
  periodeFra: maaned("Skriv måneden som ÅÅÅÅ-MM, for eksempel 2025-01."),
  periodeTil: maaned("Skriv måneden som ÅÅÅÅ-MM, for eksempel 2025-12."),
  formaal: fritekst({ max: 500, tom: "Skriv, hvorfor du vil hente oplysningerne. Borgeren ser det.", hvad: "Formålet" }),
  opbevaring: zfd.text(z.enum(Object.keys(OPBEVARING) as [keyof typeof OPBEVARING], { error: "Vælg, hvor længe oplysningerne gemmes." })),
});

export const samtykkeAction = indbakkeAction.inputSchema(samtykkeSkema, { handleValidationErrorsShape: formFejl }).stateAction(async ({ parsedInput: p, ctx }) => {
  const felter = p.kilde === "eindkomst" ? p.indkomstFelter : p.pensionFelter;
  const feltNavn = p.kilde === "eindkomst" ? "indkomstFelter" : "pensionFelter";
  if (felter.length === 0) returnValidationErrors(samtykkeSkema, { [feltNavn]: { _errors: ["Vælg mindst én oplysning."] } });
  if (p.kilde === "eindkomst" && (!p.periodeFra || !p.periodeTil || p.periodeFra > p.periodeTil)) {
    returnValidationErrors(samtykkeSkema, { periodeFra: { _errors: ["Skriv en periode, hvor første måned ikke ligger efter sidste måned."] } });
  }
  const periode = p.kilde === "eindkomst" ? { periodeFra: p.periodeFra!, periodeTil: p.periodeTil! } : { periodeFra: null, periodeTil: null };
  await udfoer(() => anmodOmSamtykke(ctx.medarbejder, p.id, { kilde: p.kilde, felter, ...periode, formaal: p.formaal, opbevaring: p.opbevaring }, p.noegle));
  redirect(`/medarbejder/indbakke/rettelse/${p.id}?gemt=samtykke`);
});

export const hentIgenAction = indbakkeAction
  .inputSchema(zfd.formData({ noegle: formNoegle, id }), { handleValidationErrorsShape: formFejl })
  .stateAction(async ({ parsedInput: p, ctx }) => {
    await udfoer(() => hentIgen(ctx.medarbejder, p.id, p.noegle));
    redirect(`/medarbejder/indbakke/samtykke/${p.id}?gemt=hentet`);
  });
