import { z } from "zod";

/**
 * Seed 002: the dilemma "På konens vegne" and seven quotes from staff focus groups. The quotes are
 * quoted word for word with their role and source; everything around them is our own wording.
 */
export const KILDE =
  "Fokusgruppeinterview med medarbejdere og ledere i Fremfærd-projektet »Awareness om informationssikkerhed i borgerbetjening«.";

const caseSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  titel: z.string(),
  tekst: z.array(z.string().min(10)).min(1),
  spoergsmaal: z.array(z.string().min(5)).min(2).max(4),
});

export const dilemmakortSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  nr: z.number().int().min(1).max(7),
  tema: z.string().min(3),
  citat: z.string().min(20),
  rolle: z.string().min(3),
  kilde: z.string(),
  spoergsmaal: z.array(z.string().min(5)).min(2).max(3),
});
export type Dilemmakort = z.infer<typeof dilemmakortSchema>;

export const PAA_KONENS_VEGNE = caseSchema.parse({
  id: "paa-konens-vegne",
  titel: "På konens vegne",
  tekst: [
    "En ældre mand kommer ind i Borgerservice. Han vil have hjælp til at logge ind med sin kones NemID, for hun er blevet så syg, at hun ikke selv kan logge ind.",
    "Medarbejderen vil gerne hjælpe ham. Men der er grænser for, hvad hun må gøre: Et NemID eller MitID er personligt, og det er konen – ikke manden – der skal give lov til, at nogen handler på hendes vegne.",
    "Kender I situationen fra jeres egen borgerservice? Hvad gør I, når det sker?",
  ],
  spoergsmaal: [
    "Kender I dilemmaet fra jeres egen hverdag?",
    "Hvad gør I selv i lignende situationer?",
    "Hvilke lovlige veje kan I vise manden – fx fuldmagt eller værgemål?",
  ],
});

export const DILEMMAKORT = z
  .array(dilemmakortSchema)
  .length(7)
  .parse([
    {
      id: "lytter-med",
      nr: 1,
      tema: "Andre borgere kan lytte med",
      citat:
        "Overholdelse af diskretion er den største udfordring ved, at vi har lagt opgaver ud på bibliotekerne. Borgerne overholder dem ikke. Vi kan ekspedere en borger, og så kommer der en anden borger og afbryder og siger: ’Jeg skal bare aflevere dette stykke papir’. Vi har også eksempler på, at borgerne står for tæt på hinanden, men den borger, der betjenes, siger ikke fra.",
      rolle: "Fagchef i Borgerservice",
      kilde: KILDE,
      spoergsmaal: [
        "Hvordan sikrer vi diskretion ved skranken, når andre står tæt på?",
        "Hvad siger vi til en borger, der afbryder midt i en anden borgers sag?",
        "Hvordan ser det ud på bibliotekerne og andre steder, hvor vi betjener borgere?",
      ],
    },
    {
      id: "glemte-papirer",
      nr: 2,
      tema: "Borgernes manglende opmærksomhed",
      citat:
        "Vi oplever tit, at borgerne glemmer papirer med personfølsomme oplysninger i printeren, ved PC’erne osv. Vi bruger mange ressourcer på at rydde op.",
      rolle: "Borgerservicemedarbejder",
      kilde: KILDE,
      spoergsmaal: [
        "Hvad gør vi med papirer, som borgere har glemt ved printer eller pc?",
        "Hvordan kan vi hjælpe borgerne til selv at huske det – uden at gøre dem flove?",
      ],
    },
    {
      id: "andens-nemid",
      nr: 3,
      tema: "Brug af en andens NemID",
      citat:
        "Vi har en klar politik om, at vi ikke må hjælpe, hvis der er en borger, der bruger en andens f.eks. sin kones NemID. Vi oplyser, at det er dokumentfalsk. Det er en opdragelsesproces at få borgerne til at forstå det.",
      rolle: "Borgerservicemedarbejder",
      kilde: KILDE,
      spoergsmaal: [
        "Har vi en klar og fælles linje, når en borger vil bruge en andens MitID?",
        "Hvordan siger vi nej på en venlig måde – og viser den lovlige vej, fx fuldmagt?",
        "Hvad gør vi, hvis borgeren bliver vred eller ked af det?",
      ],
    },
    {
      id: "tillidsfuld-kultur",
      nr: 4,
      tema: "En kultur med tillid og åbenhed",
      citat:
        "Vi arbejder i Borgerservice løbende med opfølgning, og vi har en kultur med åbenhed, hvor det er helt legalt at sige, at der er noget, som man er usikker på. Det er vigtigt, at jeg som leder er opmærksom på, at medarbejderne til tider kan have frustrationer. Dem skal jeg tage alvorligt.",
      rolle: "Borgerservicechef",
      kilde: KILDE,
      spoergsmaal: [
        "Er det legalt hos os at sige: »Det her er jeg usikker på«?",
        "Hvor tager vi de svære sager op, så vi lærer af dem sammen?",
      ],
    },
    {
      id: "altid-opmaerksom",
      nr: 5,
      tema: "Opmærksomhed på persondata hver dag",
      citat:
        "Vi har et stort fokus på at få skabt en awareness omkring personfølsomme data. Vi har en særlig forpligtigelse. Vi må dog samtidig erkende, at det er svært at kontrollere, hvad den enkelte lægger på sit drev.",
      rolle: "Informationssikkerhedskoordinator",
      kilde: KILDE,
      spoergsmaal: [
        "Hvad gemmer vi selv på drev, i mails og på skrivebordet, som ikke burde ligge der?",
        "Hvordan holder vi opmærksomheden oppe, også når der er travlt?",
      ],
    },
    {
      id: "kommunikere-sikkerhed",
      nr: 6,
      tema: "At tale om it-sikkerhed, så det bliver hørt",
      citat:
        "Vi skal finde en måde at kommunikere om informationssikkerhed, der ikke drukner i alt den anden information, der udsendes via kommunens forskellige kommunikationskanaler og kommunikationsplatforme mv. Det er samtidigt vigtigt at være opmærksom på, at forskellige målgrupper taler forskellige sprog. Man kan derfor ikke bruge den samme vejledning til alle. Den skal tilpasses den enkelte målgruppe.",
      rolle: "IT-medarbejder",
      kilde: KILDE,
      spoergsmaal: [
        "Hvilke råd om sikkerhed når faktisk frem til os – og til borgerne?",
        "Hvordan forklarer vi det samme til en ældre borger, en ung og en kollega?",
      ],
    },
    {
      id: "fuldt-cpr",
      nr: 7,
      tema: "Samarbejde med parter uden for kommunen",
      citat:
        "Hvad gør vi i de situationer, hvor vores samarbejdspartnere ikke er på samme digitaliseringsniveau som os, og hvor der ikke er den samme bevidsthed? Nogle boligselskaber beder f.eks. om borgerens fulde CPR-nr., men det udleverer vi ikke. De må kun få borgerens fødselsdato. Vi bruger en del tid på støtte og vejledning, men jeg har flere gange oplevet, at de tænker, at det ’bare er data’.",
      rolle: "Sagsbehandler",
      kilde: KILDE,
      spoergsmaal: [
        "Hvad svarer vi en samarbejdspartner, der beder om mere end det, de må få?",
        "Hvordan hjælper vi boligselskaber og andre til at se, at det ikke »bare er data«?",
      ],
    },
  ]);

export function findDilemmakort(id: string): Dilemmakort | undefined {
  return DILEMMAKORT.find((k) => k.id === id);
}

/** The case a session reads aloud: the standard dilemma, a card, or the facilitator's own text. */
export function sessionCase(caseValg: string, egenCase: string | null): { titel: string; tekst: string[]; spoergsmaal: string[]; citat?: { tekst: string; rolle: string; kilde: string } } {
  if (caseValg === "egen" && egenCase) {
    return { titel: "Jeres egen case", tekst: egenCase.split(/\n\s*\n/).map((s) => s.trim()).filter(Boolean), spoergsmaal: PAA_KONENS_VEGNE.spoergsmaal.slice(0, 2) };
  }
  const kort = findDilemmakort(caseValg);
  if (kort) {
    return { titel: `Dilemmakort ${kort.nr}: ${kort.tema}`, tekst: [], spoergsmaal: kort.spoergsmaal, citat: { tekst: kort.citat, rolle: kort.rolle, kilde: kort.kilde } };
  }
  return { titel: PAA_KONENS_VEGNE.titel, tekst: PAA_KONENS_VEGNE.tekst, spoergsmaal: PAA_KONENS_VEGNE.spoergsmaal };
}
