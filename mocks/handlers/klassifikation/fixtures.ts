import type { KlasseWire } from "@/lib/fagsystemer/klassifikation/wire";
import { deterministicUuid } from "../../random";

/**
 * The KLE emner used in the seed. KLE itself is licensed by KL, so only numbers found in public
 * sources are used; `kilde` says where, so nobody mistakes a mock for the real emneplan. Where the
 * source gives a case description rather than KL's emnetitel, the titel is that description's
 * subject and `kilde` says so. `borgerforklaring` is our own klarsprog, not KL's text.
 */
type KildeangivetEmne = { kle: string; titel: string; borgerforklaring: string; kilde: string };

const KLE_BLANKETLISTE = "KLE-online, blanketliste (kle-online.dk/concept+scheme/cs_Blanket/32)";
const OS2BOS = "OS2bos/os2bos backend/core/data/sections.py";

export const kle = {
  plejebolig: {
    kle: "27.45.04",
    titel: "Indflytning i plejebolig",
    borgerforklaring:
      "Sagen handler om at flytte i en plejebolig. Kommunen vurderer, om du har brug for den pleje og hjælp, " +
      "som en plejebolig giver, og finder en bolig til dig.",
    kilde: `${OS2BOS} (almenboligloven § 54 → 27.45.04 "Indflytning i plejebolig")`,
  },
  omsorgstandpleje: {
    kle: "29.15.12",
    titel: "Omsorgstandpleje",
    borgerforklaring:
      "Sagen handler om tandpleje til dig, der ikke selv kan komme til en almindelig tandlæge, fx fordi du " +
      "har svært ved at komme ud af hjemmet. Kommunen sørger for, at du får undersøgt og behandlet dine tænder.",
    kilde: `${KLE_BLANKETLISTE}: "Afgørelse vedr. omsorgstandpleje 29.15.12 G01"`,
  },
  personligtTillaeg: {
    kle: "32.03.12",
    titel: "Personligt tillæg",
    borgerforklaring:
      "Sagen handler om et personligt tillæg til din pension. Det er ekstra penge til en bestemt udgift, fx " +
      "medicin, briller eller varme, hvis du ikke selv har råd til den.",
    kilde: `${KLE_BLANKETLISTE}: "Afgørelse/erklæring om tilbagebetaling af personligt tillæg 32.03.12 G01"`,
  },
  sygedagpenge: {
    kle: "15.17.06",
    titel: "Sygedagpenge",
    borgerforklaring:
      "Sagen handler om sygedagpenge, som er penge til dig, mens du er syg og ikke kan arbejde. Kommunen " +
      "følger op på, hvordan det går, og hvornår du kan vende tilbage til arbejdet.",
    kilde: `${KLE_BLANKETLISTE}: "Afgørelse om ophør af sygedagpenge 15.17.06 G01"`,
  },
  revalidering: {
    kle: "15.17.12",
    titel: "Revalidering",
    borgerforklaring:
      "Sagen handler om revalidering: hjælp til at komme tilbage i arbejde, fx med uddannelse eller " +
      "oplæring, når dit helbred gør, at du ikke kan fortsætte i dit gamle job.",
    kilde: `${KLE_BLANKETLISTE}: "Afgørelse om revalidering … 15.17.12 G01"; ${OS2BOS} (aktivloven § 46 → 15.17.12)`,
  },
  forsoergelse: {
    kle: "32.24.04",
    titel: "Hjælp til forsørgelse (kontanthjælp mv.)",
    borgerforklaring:
      "Sagen handler om kontanthjælp eller en lignende ydelse: penge at leve for, når du ikke kan forsørge " +
      "dig selv på anden måde, fx med arbejde eller dagpenge.",
    kilde:
      "KL, KLE-online nyheder, abonnementsbrev august 2021 (kle-online.dk/nyheder): " +
      '"32.24.04 Hjælp til forsørgelse (kontanthjælp mv.)"',
  },
  hjemmehjaelp: {
    kle: "27.36.04",
    titel: "Personlig hjælp og pleje",
    borgerforklaring:
      "Sagen handler om hjemmehjælp: hjælp i dit eget hjem til fx at komme i bad, få tøj på eller gøre rent, " +
      "når du ikke længere kan klare det selv.",
    kilde: `${OS2BOS} (serviceloven § 83 → 27.36.04 "Personlig hjælp og pleje til voksne")`,
  },
  hjaelpemidler: {
    kle: "27.60.04",
    titel: "Økonomisk støtte til hjælpemidler",
    borgerforklaring:
      "Sagen handler om et hjælpemiddel, fx en rollator eller en kørestol, som gør din hverdag lettere, " +
      "når du har en varig funktionsnedsættelse. Kommunen vurderer, om du kan få det betalt eller udlånt.",
    kilde: `${OS2BOS} (serviceloven § 112 → 27.60.04 "Økonomisk støtte til hjælpemidler")`,
  },
} as const satisfies Record<string, KildeangivetEmne>;

export type KleEmne = (typeof kle)[keyof typeof kle];

/** Handlingsfacetter: what the kommune does in the emne. G01 is the one every seeded sag uses. */
export const handlingsfacetter = {
  generelleSager: {
    facet: "G01",
    titel: "Generelle sager",
    borgerforklaring: "Det er en almindelig sag, hvor kommunen behandler din ansøgning eller henvendelse.",
    kilde: "KL, KLE-online hjælp (kle-online.dk/hjælp?page_id=2): facet G01 \"Generelle sager\"",
  },
} as const;

export function seedKlasser(): KlasseWire[] {
  const emner = Object.values(kle).map(
    (e): KlasseWire => ({
      uuid: deterministicUuid(`klasse:${e.kle}`),
      brugervendtNoegle: e.kle,
      titel: e.titel,
      beskrivelse: e.borgerforklaring,
      facet: "KLE-Emneplan",
    }),
  );
  const facetter = Object.values(handlingsfacetter).map(
    (f): KlasseWire => ({
      uuid: deterministicUuid(`klasse:${f.facet}`),
      brugervendtNoegle: f.facet,
      titel: f.titel,
      beskrivelse: f.borgerforklaring,
      facet: "KLE-Handlingsfacetter",
    }),
  );
  return [...emner, ...facetter];
}
