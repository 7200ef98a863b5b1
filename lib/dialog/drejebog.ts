import { z } from "zod";

/**
 * The facilitator's script for the 45-minute dialogue "Adgang til borgeres data og hensyn til GDPR"
 * (seeds 000 and 001), retold in our own words. Data, not JSX: validated when the module loads.
 */
export const trinSchema = z.object({
  nr: z.number().int().min(1).max(5),
  titel: z.string().min(3),
  minutter: z.number().int().positive(),
  /** What the facilitator does, in order. */
  instruktioner: z.array(z.string().min(5)).min(2),
  /** Questions to put to the room (shown large on the screen). */
  spoergsmaal: z.array(z.string().min(5)),
  tip: z.string().optional(),
  /** What participants can do on their phones in this step. */
  deltagere: z.enum(["lyt", "pointer", "refleksion", "ideer", "stem"]),
});
export type Trin = z.infer<typeof trinSchema>;

const drejebogSchema = z.object({
  emne: z.string(),
  formaal: z.string(),
  rammespoergsmaal: z.array(z.string()).min(3),
  forberedelse: z.array(z.object({ id: z.string(), tekst: z.string() })).min(5),
  trin: z.array(trinSchema).length(5),
  kilde: z.string(),
});

export const STANDARD_EMNE = "Adgang til borgeres data og hensyn til GDPR";

export const DREJEBOG = drejebogSchema.parse({
  emne: STANDARD_EMNE,
  formaal:
    "I taler fagligt om, hvordan I hjælper borgere, der har svært ved det digitale – fx ældre, syge eller borgere med handicap – med at give det offentlige de rigtige oplysninger, uden at I går over grænsen for, hvad I må se og gøre med deres personlige data. Målet er en bedre og tryggere oplevelse for borgerne.",
  rammespoergsmaal: [
    "Hvordan giver vi tryg og god hjælp, når en borger gerne vil have hjælp til det digitale og derfor viser os sine personlige data?",
    "Hvilke dilemmaer opstår, når borgere beder om hjælp i fx skat.dk, e-Boks, sundhed.dk, netbank eller en boligansøgning?",
    "Hvordan vejleder vi borgerne, så vi samtidig overholder reglerne om persondata og GDPR?",
    "Sat på spidsen: Hvor meget vil vi se af en borgers data, når borgeren beder om hjælp?",
  ],
  forberedelse: [
    { id: "materialer", tekst: "Materialer: noget at skrive med til alle, papir eller kort og en tavle eller et flipover." },
    { id: "rum", tekst: "Rummet: materialerne ligger klar på bordene, før deltagerne kommer." },
    { id: "case", tekst: "Casen er klar til at blive læst højt – og er printet eller sendt ud på forhånd, så deltagerne kan læse med." },
    { id: "roller", tekst: "I har aftalt, hvem der faciliterer (rammer samtalerne ind og runder af), og hvem der holder øje med tiden." },
    { id: "jura", tekst: "Facilitatoren har læst den juridiske baggrund om adgang til borgeres data og GDPR." },
    { id: "deltagere", tekst: "I er mellem 4 og 20 deltagere og har afsat cirka 45 minutter. Tiderne for hvert trin er vejledende." },
  ],
  trin: [
    {
      nr: 1,
      titel: "Sæt emnet og dilemmaerne i gang",
      minutter: 5,
      instruktioner: [
        "Præsentér emnet: adgang til borgeres data og hensyn til GDPR.",
        "Fortæl, hvorfor emnet er vigtigt hos jer, og hvilke dilemmaer der er i at hjælpe digitalt udsatte borgere med deres personlige data.",
        "Sig, at I nu læser en kort case højt. Den skal inspirere samtalen – den er ikke en facitliste.",
        "Bed alle skrive ned, hvad de især lægger mærke til i situationen med borgeren.",
        "Læs casen højt. Det tager 2–3 minutter.",
      ],
      spoergsmaal: [
        "Hvordan tror I, det opleves for borgeren at bede om hjælp med sine personlige oplysninger?",
        "Hvad tror I, medarbejderen overvejer i situationen?",
      ],
      tip: "Bed gerne deltagerne læse casen, før I mødes.",
      deltagere: "lyt",
    },
    {
      nr: 2,
      titel: "Saml pointer",
      minutter: 8,
      instruktioner: [
        "Bed deltagerne tale sammen to og to om 1–2 ting i casen, der virker vigtige eller undrer dem.",
        "Tag en kort runde, hvor hvert makkerpar siger sine pointer.",
        "Skriv pointerne op med få ord, og sig dem højt, mens du skriver, så alle følger med.",
        "Opsummér kort: Hvilke mønstre eller temaer går igen?",
        "Sig højt, at I nu sammen har fundet de fælles pointer fra casen.",
      ],
      spoergsmaal: ["Hvad i casen virker vigtigst for jer – eller undrer jer?"],
      tip: "Er I flere end 12, så vælg 2–3 makkerpar, der siger deres pointer. Spørg derefter resten, om der mangler pointer, som også skal med.",
      deltagere: "pointer",
    },
    {
      nr: 3,
      titel: "Reflektér over jeres egen praksis",
      minutter: 12,
      instruktioner: [
        "Bed hvert makkerpar gå sammen med et andet makkerpar. Er I for få, så find en ny makker i stedet.",
        "Vis spørgsmålene, så alle kan se dem, og lad grupperne tale om dem.",
      ],
      spoergsmaal: [
        "Hvilke erfaringer – gode og mindre gode – har vi med at hjælpe borgere, der giver os adgang til deres personlige data på fx deres mobil eller tablet?",
        "Hvilke retningslinjer har vi i kommunen for, hvad vi må og ikke må se af personlige data?",
        "Hvilke dilemmaer møder vi, når hjælpen med det digitale støder mod grænserne for, hvad vi må se – fx adgangskoder til MitID og netbank eller følsomme oplysninger?",
      ],
      deltagere: "refleksion",
    },
    {
      nr: 4,
      titel: "Find jeres handlemuligheder",
      minutter: 10,
      instruktioner: [
        "Start et stille minut: Alle skriver hver for sig idéer til konkrete handlinger, der kan gøre praksis bedre og tryggere. Ingen taler – så alle kommer til orde.",
        "Grupperne tager en hurtig runde og deler deres idéer med hinanden.",
        "Hver gruppe vælger 1–2 idéer og markerer dem som gruppens valg.",
      ],
      spoergsmaal: ["Hvad kan vi konkret gøre, så hjælpen bliver bedre og tryggere – for borgeren og for os?"],
      tip: "Idéerne vises først på skærmen, når det stille minut er slut. Indtil da ser I kun, hvor mange der er kommet.",
      deltagere: "ideer",
    },
    {
      nr: 5,
      titel: "Saml op og beslut",
      minutter: 10,
      instruktioner: [
        "Hver gruppe fremlægger kort sine forslag til en bedre praksis.",
        "Giv plads til opklarende spørgsmål – men ingen vurderinger eller bedømmelser i runden.",
        "Spørg, om I er enige om ét konkret forslag, I vil prøve af – og hvorfor.",
        "Aftal, hvordan forslaget afprøves, hvem der er ansvarlig og deltager, og hvornår afprøvningen er færdig.",
        "Aftal, hvornår I følger op og taler om, hvad I har lært.",
      ],
      spoergsmaal: ["Hvilket forslag vil vi prøve af i praksis – og hvorfor?", "Hvem gør hvad, og hvornår følger vi op?"],
      tip: "Har I travlt eller kan I ikke blive enige, så lav prik-afstemning: Hver deltager sætter én prik ved det forslag, der giver mest værdi. Forslaget med flest prikker afprøver I. De andre gemmer I til næste gang.",
      deltagere: "stem",
    },
  ],
  kilde: "Bygger på dialogmaterialet »Adgang til borgeres data og hensyn til GDPR« (drejebog og praktiske råd).",
});

/** Trin 1–5 in minutes, as in the script (checked against it below). */
export const STANDARD_MINUTTER = [5, 8, 12, 10, 10] as const;
if (DREJEBOG.trin.some((t, i) => t.minutter !== STANDARD_MINUTTER[i])) throw new Error("Drejebogens tider passer ikke");

export function trinNr(nr: number): Trin | undefined {
  return DREJEBOG.trin.find((t) => t.nr === nr);
}
