import type { APIRequestContext } from "@playwright/test";
import type fc from "fast-check";
import { citizens, staff, type Persona } from "@/mocks/personas";
import { ugyldigFritekst } from "./inputs";

/**
 * Every form the fuzz posts to, as whom, and what counts as the form having accepted the input.
 * The citizen is Test Storforbruger, whom no other browser test counts on; staff forms are Mette's.
 */

export type Maal = {
  navn: string;
  /** Who posts; null for the participants' form, which needs no login. */
  persona: Persona | null;
  side: string;
  /** A field that tells the form apart from the others on the page (the header's log-out form, say). */
  kendetegn: string;
  /** Values that are always wrong for a field, so a run reaches the action's own rules and not only zod's. */
  ugyldige?: Record<string, fc.Arbitrary<string>>;
  /** The answer means the input was accepted (a redirect to the result, or the next step shown). */
  modtaget: (status: number, location: string, html: string) => boolean;
  /** A store the persona can see, counted before and after: it may grow only by what was accepted. */
  lager?: (request: APIRequestContext) => Promise<number>;
  /** Share of the run's inputs (the spec scales these to its total). */
  vaegt: number;
};

const UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
const viderestilling = (status: number, location: string, sti: RegExp) => status === 303 && sti.test(new URL(location, "http://x").pathname + new URL(location, "http://x").search);
const tjekSide = (status: number, html: string, overskrift: string) => status === 200 && html.includes(`<h2>${overskrift}</h2>`);

/** How many distinct links of one kind a page shows (the list of fuldmagter, of samtykker, …). */
async function links(request: APIRequestContext, side: string, moenster: RegExp): Promise<number> {
  const html = await (await request.get(side)).text();
  return new Set(html.match(moenster) ?? []).size;
}

/** The notes under "Det har du tilføjet" on a sag: only the rendered section, not the RSC payload that repeats it. */
async function tilfoejelser(request: APIRequestContext, sag: string): Promise<number> {
  const html = await (await request.get(`/sager/${sag}`)).text();
  const sektion = html.match(/<section[^>]*aria-labelledby="tilfoejelser"[^>]*>[\s\S]*?<\/section>/)?.[0] ?? "";
  return (sektion.match(/<p class="bevar-linjer">/g) ?? []).length;
}

export function formularMaal(egenSag: string): Maal[] {
  const borger = citizens.storforbruger;
  return [
    {
      navn: "tilføj til en sag",
      persona: borger,
      side: `/sager/${egenSag}/tilfoej`,
      kendetegn: "tekst",
      ugyldige: { tekst: ugyldigFritekst },
      modtaget: (s, l) => viderestilling(s, l, new RegExp(`^/sager/${egenSag}\\?tilfoejet=1$`)),
      lager: (r) => tilfoejelser(r, egenSag),
      vaegt: 3,
    },
    {
      navn: "giv en fuldmagt",
      persona: borger,
      side: "/fuldmagter/ny",
      kendetegn: "navn",
      modtaget: (s, l, h) => tjekSide(s, h, "Tjek dine svar") || viderestilling(s, l, new RegExp(`^/fuldmagter/${UUID}\\?kvittering=1$`)),
      lager: (r) => links(r, "/fuldmagter", new RegExp(`href="/fuldmagter/${UUID}"`, "g")),
      vaegt: 2,
    },
    {
      navn: "bed om en fuldmagt",
      persona: borger,
      side: "/fuldmagter/anmod",
      kendetegn: "navn",
      modtaget: (s, l, h) => tjekSide(s, h, "Tjek dine svar") || viderestilling(s, l, new RegExp(`^/fuldmagter/${UUID}\\?kvittering=1$`)),
      lager: (r) => links(r, "/fuldmagter", new RegExp(`href="/fuldmagter/${UUID}"`, "g")),
      vaegt: 2,
    },
    {
      navn: "giv samtykke til deling",
      persona: borger,
      side: "/samtykker/deling/ny",
      kendetegn: "modtager",
      modtaget: (s, l, h) => tjekSide(s, h, "Tjek dine svar") || viderestilling(s, l, new RegExp(`^/samtykker/deling/${UUID}\\?kvittering=1$`)),
      lager: (r) => links(r, "/samtykker", new RegExp(`href="/samtykker/deling/${UUID}"`, "g")),
      vaegt: 2,
    },
    {
      navn: "bed om rettelse af adressen",
      persona: borger,
      side: "/rettelser/ny?felt=cpr.adresse",
      kendetegn: "begrundelse",
      ugyldige: { hvadErForkert: ugyldigFritekst, begrundelse: ugyldigFritekst },
      modtaget: (s, l) => viderestilling(s, l, new RegExp(`^/rettelser/ny/bilag\\?kladde=${UUID}$`)),
      vaegt: 2,
    },
    {
      navn: "få hjælp af en medarbejder",
      persona: borger,
      side: "/hjaelp",
      kendetegn: "varighed",
      // Once a code is made, the page shows it waiting (one help at a time) instead of the form.
      modtaget: (s, _l, h) => s === 200 && (h.includes('id="kode-overskrift"') || h.includes("Din kode venter på en medarbejder")),
      vaegt: 1,
    },
    {
      navn: "deltag i en dialog",
      persona: null,
      side: "/deltag",
      kendetegn: "kode",
      modtaget: (s, l) => viderestilling(s, l, /^\/deltag$/),
      vaegt: 1,
    },
    {
      navn: "registrér en papirfuldmagt",
      persona: staff.mette,
      side: "/medarbejder/fuldmagt",
      kendetegn: "giverNavn",
      modtaget: (s, l, h) => tjekSide(s, h, "Tjek oplysningerne") || viderestilling(s, l, /^\/medarbejder\/fuldmagt\?registreret=/),
      vaegt: 2,
    },
    {
      navn: "opret en dialog",
      persona: staff.mette,
      side: "/medarbejder/dialog",
      kendetegn: "emne",
      ugyldige: { emne: ugyldigFritekst },
      modtaget: (s, l) => viderestilling(s, l, new RegExp(`^/medarbejder/dialog/${UUID}$`)),
      vaegt: 1,
    },
    {
      navn: "indtast en hjælpekode",
      persona: staff.mette,
      side: "/medarbejder/hjaelp",
      kendetegn: "kode",
      modtaget: (s, l) => viderestilling(s, l, /^\/$/),
      vaegt: 1,
    },
  ];
}
