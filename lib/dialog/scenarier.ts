import { z } from "zod";

/**
 * Practice scenarios for assisted service (DESIGN.md §6), played alone. Each step describes a
 * situation and offers choices; each choice gets feedback, the rule behind it, and the portal
 * feature that solves the situation. State lives in the URL (?trin=…&valg=…), so no JavaScript is needed.
 */
const link = z.object({ href: z.string().startsWith("/"), tekst: z.string().min(3) });

export const valgSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  tekst: z.string().min(5),
  vurdering: z.enum(["god", "delvis", "forkert"]),
  feedback: z.string().min(10),
  regel: z.string().min(10),
  link: link.optional(),
  /** The next step, or null when this choice ends the scenario. */
  naeste: z.string().nullable(),
});

export const scenarieTrinSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  situation: z.array(z.string().min(10)).min(1),
  spoergsmaal: z.string().min(5),
  valg: z.array(valgSchema).min(2).max(4),
});

export const scenarieSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    titel: z.string().min(3),
    resume: z.string().min(10),
    start: z.string(),
    trin: z.array(scenarieTrinSchema).min(1),
    afslutning: z.string().min(10),
  })
  .superRefine((s, ctx) => {
    const ids = new Set(s.trin.map((t) => t.id));
    if (ids.size !== s.trin.length) ctx.addIssue({ code: "custom", message: `${s.id}: to trin har samme id` });
    if (!ids.has(s.start)) ctx.addIssue({ code: "custom", message: `${s.id}: starttrinnet ${s.start} findes ikke` });
    for (const t of s.trin) {
      for (const v of t.valg) {
        if (v.naeste !== null && !ids.has(v.naeste)) ctx.addIssue({ code: "custom", message: `${s.id}/${t.id}/${v.id}: trinnet ${v.naeste} findes ikke` });
      }
      if (!t.valg.some((v) => v.vurdering === "god")) ctx.addIssue({ code: "custom", message: `${s.id}/${t.id}: mindst ét valg skal være godt` });
    }
    // Every scenario can be played to its end: some choice ends it.
    if (!s.trin.some((t) => t.valg.some((v) => v.naeste === null))) ctx.addIssue({ code: "custom", message: `${s.id}: kan ikke afsluttes` });
  });
export type Scenarie = z.infer<typeof scenarieSchema>;
export type ScenarieTrin = z.infer<typeof scenarieTrinSchema>;

const FULDMAGT = { href: "/fuldmagter", tekst: "Fuldmagter i Mine Data – digitalt eller på papir via en betroet medarbejder" };
const ASSISTERET_BORGER = { href: "/hjaelp", tekst: "Få hjælp af en medarbejder – borgeren giver selv adgang med sin kode" };
const ASSISTERET_MEDARBEJDER = { href: "/medarbejder/hjaelp", tekst: "Hjælp en borger – indtast borgerens kode" };
const LOVLIGE_VEJE = { href: "/medarbejder/hjaelp#lovlige-veje", tekst: "Lovlige veje, når nogen vil bruge en andens MitID – i hjælp-konsollen" };
const VAERGEMAAL = { href: "/medarbejder/hjaelp#vaergemaal", tekst: "Når personen ikke selv kan sige ja: værgemål og fremtidsfuldmagt" };
const MASKERET_CPR = { href: "/oplysninger", tekst: "Mine Data viser CPR-nummeret maskeret (fx 120344-••••) og deler kun fødselsdato" };

const MITID_PERSONLIGT =
  "MitID er personligt. Ingen må bruge en andens MitID, og borgeren må ikke overlade sine oplysninger til andre. At logge ind som en anden kan være dokumentfalsk.";
const DATAMINIMERING = "GDPR artikel 5: Der må kun behandles de oplysninger, der er nødvendige til formålet (dataminimering).";
const TAVSHEDSPLIGT =
  "Du har tavshedspligt (forvaltningsloven § 27), og kommunen skal beskytte personoplysninger mod uvedkommende (GDPR artikel 32).";
const SAMTYKKE = "Et samtykke skal være frivilligt, specifikt og informeret (GDPR artikel 4 og 7). Den, der ikke kan forstå, hvad der spørges om, kan ikke give det.";

export const SCENARIER = z
  .array(scenarieSchema)
  .min(6)
  .parse([
    {
      id: "paa-konens-vegne",
      titel: "På konens vegne",
      resume: "En ældre mand vil bruge sin syge kones login for at ordne noget for hende.",
      start: "skranken",
      afslutning: "Manden fik hjælp, uden at nogen brugte konens MitID: Hun giver ham fuldmagt, eller I finder en anden lovlig vej.",
      trin: [
        {
          id: "skranken",
          situation: [
            "Ole på 84 står ved skranken med sin kones MitID-app åben på hendes telefon. »Hun er for syg til at komme selv. Kan du ikke lige hjælpe mig med at logge ind som hende? Det er bare hendes boligstøtte.«",
          ],
          spoergsmaal: "Hvad gør du?",
          valg: [
            {
              id: "log-ind",
              tekst: "Jeg hjælper ham med at logge ind som konen – han mener det jo godt.",
              vurdering: "forkert",
              feedback: "Det er forståeligt, at du vil hjælpe, men så handler både Ole og du i konens navn uden hendes tilladelse. Det må I ikke.",
              regel: MITID_PERSONLIGT,
              link: LOVLIGE_VEJE,
              naeste: "forklar",
            },
            {
              id: "nej-og-vej",
              tekst: "Jeg siger venligt nej til at bruge hendes login og fortæller, at hun kan give ham fuldmagt.",
              vurdering: "god",
              feedback: "Godt. Du siger klart nej til det ulovlige og viser samtidig en vej, så Ole ikke går tomhændet hjem.",
              regel: MITID_PERSONLIGT,
              link: FULDMAGT,
              naeste: "fuldmagt",
            },
            {
              id: "bare-nej",
              tekst: "Jeg siger nej og beder ham komme igen med konen.",
              vurdering: "delvis",
              feedback: "Rigtigt at sige nej – men konen kan ikke komme. Vis ham en vej, han faktisk kan bruge.",
              regel: MITID_PERSONLIGT,
              link: FULDMAGT,
              naeste: "fuldmagt",
            },
          ],
        },
        {
          id: "forklar",
          situation: ["Ole bliver irriteret: »Vi har været gift i 60 år. Hvorfor må jeg ikke?«"],
          spoergsmaal: "Hvordan svarer du?",
          valg: [
            {
              id: "forklar-og-vis",
              tekst: "Jeg forklarer, at et login er personligt, og viser, hvordan konen kan give ham fuldmagt.",
              vurdering: "god",
              feedback: "Godt. En rolig forklaring og en konkret vej videre gør nejet til hjælp.",
              regel: MITID_PERSONLIGT,
              link: FULDMAGT,
              naeste: "fuldmagt",
            },
            {
              id: "trussel",
              tekst: "Jeg siger, at han risikerer fængsel.",
              vurdering: "forkert",
              feedback: "Det er at overdrive og skræmme. Sig det, som det er: Det er ikke tilladt, og det kan være dokumentfalsk – og vis så den lovlige vej.",
              regel: MITID_PERSONLIGT,
              link: LOVLIGE_VEJE,
              naeste: "fuldmagt",
            },
          ],
        },
        {
          id: "fuldmagt",
          situation: ["Ole spørger, hvordan konen kan give ham fuldmagt, når hun ikke selv kan bruge MitID."],
          spoergsmaal: "Hvad foreslår du?",
          valg: [
            {
              id: "papir",
              tekst: "Hun kan skrive under på en fuldmagt på papir, som en betroet medarbejder registrerer.",
              vurdering: "god",
              feedback: "Godt. Fuldmagten giver Ole adgang til netop det, konen vælger – med hans eget MitID, og alt bliver logget, så hun kan se det.",
              regel: "En fuldmagt giver adgang til bestemte områder i en bestemt periode. Fuldmægtigen bruger sit eget login.",
              link: FULDMAGT,
              naeste: null,
            },
            {
              id: "vaergemaal",
              tekst: "Kan hun slet ikke forstå, hvad en fuldmagt er, vejleder jeg om værgemål eller fremtidsfuldmagt.",
              vurdering: "god",
              feedback: "Godt. Kan konen ikke selv give fuldmagt, er værgemål eller en fremtidsfuldmagt den lovlige vej.",
              regel: SAMTYKKE,
              link: VAERGEMAAL,
              naeste: null,
            },
          ],
        },
      ],
    },
    {
      id: "skriv-mit-mitid",
      titel: "»Kan du ikke bare skrive min kode?«",
      resume: "En borger rækker dig sin telefon og beder dig logge ind med hendes MitID.",
      start: "telefonen",
      afslutning: "Borgeren fik hjælp, men loggede selv ind – og du så kun det, hun gav dig lov til.",
      trin: [
        {
          id: "telefonen",
          situation: ["Amira rækker dig sin telefon: »Jeg kan aldrig finde ud af det. Her er min kode – kan du ikke bare logge ind for mig og se på min sag?«"],
          spoergsmaal: "Hvad gør du?",
          valg: [
            {
              id: "skriv",
              tekst: "Jeg taster koden – hun har jo selv bedt om det.",
              vurdering: "forkert",
              feedback: "Du må ikke kende eller bruge en borgers MitID-oplysninger, heller ikke når borgeren tilbyder det. Så kan ingen se, hvem der har gjort hvad.",
              regel: MITID_PERSONLIGT,
              link: LOVLIGE_VEJE,
              naeste: "assisteret",
            },
            {
              id: "hun-selv",
              tekst: "Jeg beder hende selv logge ind, og jeg kigger væk, mens hun taster.",
              vurdering: "god",
              feedback: "Godt. Borgeren bruger selv sit MitID, og du hjælper med resten.",
              regel: MITID_PERSONLIGT,
              naeste: "assisteret",
            },
          ],
        },
        {
          id: "assisteret",
          situation: ["Amira er logget ind. Nu vil hun gerne have, at du kigger med på hendes sager i Mine Data."],
          spoergsmaal: "Hvordan gør du det bedst?",
          valg: [
            {
              id: "kode",
              tekst: "Hun vælger »Få hjælp af en medarbejder«, vælger hvad jeg må se, og giver mig koden.",
              vurdering: "god",
              feedback: "Godt. I en assisteret session ser du kun de områder, hun har valgt, i den tid, hun har valgt – og hun kan se i sin log, hvad du så.",
              regel: DATAMINIMERING,
              link: ASSISTERET_MEDARBEJDER,
              naeste: null,
            },
            {
              id: "hendes-skaerm",
              tekst: "Jeg tager hendes telefon og klikker selv rundt i alt.",
              vurdering: "delvis",
              feedback: "Hun har sagt ja, men du ser mere, end opgaven kræver, og intet bliver logget. Brug en assisteret session i stedet.",
              regel: DATAMINIMERING,
              link: ASSISTERET_BORGER,
              naeste: null,
            },
          ],
        },
      ],
    },
    {
      id: "boligselskab-cpr",
      titel: "Boligselskabet vil have hele CPR-nummeret",
      resume: "Et boligselskab ringer og beder om en borgers fulde CPR-nummer til en ansøgning.",
      start: "opkaldet",
      afslutning: "Boligselskabet fik det, de har brug for – fødselsdatoen – og ikke mere.",
      trin: [
        {
          id: "opkaldet",
          situation: ["En medarbejder fra et boligselskab ringer: »Vi mangler lige Bent Holms fulde CPR-nummer til hans ansøgning. Det er bare data, kan du ikke lige sende det?«"],
          spoergsmaal: "Hvad svarer du?",
          valg: [
            {
              id: "send",
              tekst: "Jeg sender det – det er jo til hans egen ansøgning.",
              vurdering: "forkert",
              feedback: "Boligselskabet skal kun have fødselsdatoen. Det fulde CPR-nummer giver du ikke ud.",
              regel: DATAMINIMERING,
              link: MASKERET_CPR,
              naeste: null,
            },
            {
              id: "foedselsdato",
              tekst: "Jeg forklarer, at de kun kan få fødselsdatoen, og hvorfor.",
              vurdering: "god",
              feedback: "Godt. Du giver kun det nødvendige – og bruger et øjeblik på at forklare, at det ikke »bare er data«.",
              regel: DATAMINIMERING,
              link: MASKERET_CPR,
              naeste: null,
            },
            {
              id: "samtykke",
              tekst: "Jeg siger, at Bent selv kan give samtykke i Mine Data til præcis det, de skal bruge.",
              vurdering: "god",
              feedback: "Godt. Med et samtykke bestemmer Bent selv, hvad boligselskabet får, og han kan trække det tilbage.",
              regel: SAMTYKKE,
              link: { href: "/samtykker", tekst: "Samtykker i Mine Data" },
              naeste: null,
            },
          ],
        },
      ],
    },
    {
      id: "lytter-ved-skranken",
      titel: "En anden borger lytter med",
      resume: "Mens du hjælper en borger med en følsom sag, står den næste i køen helt tæt på.",
      start: "koeen",
      afslutning: "Borgeren kunne tale om sin sag, uden at andre hørte med.",
      trin: [
        {
          id: "koeen",
          situation: ["Du taler med Sofie om hendes sygedagpenge. Den næste borger i køen står en halv meter bag hende og afbryder: »Jeg skal bare lige aflevere det her papir.«"],
          spoergsmaal: "Hvad gør du?",
          valg: [
            {
              id: "tag-papiret",
              tekst: "Jeg tager hurtigt papiret og fortsætter samtalen med Sofie.",
              vurdering: "delvis",
              feedback: "Det går hurtigt, men den anden borger har stadig hørt med, og Sofie har ikke sagt fra – det betyder ikke, at det er i orden.",
              regel: TAVSHEDSPLIGT,
              naeste: "afstand",
            },
            {
              id: "bed-vente",
              tekst: "Jeg beder venligt borgeren om at vente bag linjen, til det er hans tur.",
              vurdering: "god",
              feedback: "Godt. Du passer på Sofies oplysninger – også når hun ikke selv siger fra.",
              regel: TAVSHEDSPLIGT,
              naeste: "afstand",
            },
          ],
        },
        {
          id: "afstand",
          situation: ["Det sker hver dag. Sofies sag kræver, at I taler om helbred."],
          spoergsmaal: "Hvad kan du gøre fremover?",
          valg: [
            {
              id: "rum",
              tekst: "Tilbyde et skærmet rum eller en tid, når samtalen handler om følsomme oplysninger.",
              vurdering: "god",
              feedback: "Godt. Følsomme samtaler hører til et sted, hvor andre ikke kan høre med.",
              regel: TAVSHEDSPLIGT,
              link: ASSISTERET_BORGER,
              naeste: null,
            },
            {
              id: "tale-lavt",
              tekst: "Tale lavere.",
              vurdering: "delvis",
              feedback: "Det hjælper lidt, men løser det ikke. Afstand, skilte og et skærmet rum virker bedre.",
              regel: TAVSHEDSPLIGT,
              naeste: null,
            },
          ],
        },
      ],
    },
    {
      id: "printer-papirer",
      titel: "Papirer i printeren",
      resume: "Ved borgerpc'en ligger en udskrift med en andens personlige oplysninger.",
      start: "printeren",
      afslutning: "Udskriften endte det rigtige sted, og næste borger fik en påmindelse.",
      trin: [
        {
          id: "printeren",
          situation: ["Ved borger-pc'en i biblioteket ligger en udskrift med navn, CPR-nummer og en afgørelse om boligstøtte. Borgeren er gået."],
          spoergsmaal: "Hvad gør du?",
          valg: [
            {
              id: "lad-ligge",
              tekst: "Jeg lader den ligge – borgeren kommer nok tilbage.",
              vurdering: "forkert",
              feedback: "Så kan den næste borger læse den. Papiret skal væk fra printeren med det samme.",
              regel: TAVSHEDSPLIGT,
              naeste: "bagefter",
            },
            {
              id: "sikkert",
              tekst: "Jeg tager den, lægger den i en lukket kuvert og følger kommunens procedure (kontakt borgeren eller makulér).",
              vurdering: "god",
              feedback: "Godt. Oplysningerne er beskyttet, og borgeren kan få dem igen.",
              regel: TAVSHEDSPLIGT,
              naeste: "bagefter",
            },
            {
              id: "skraldespand",
              tekst: "Jeg smider den i papirkurven.",
              vurdering: "forkert",
              feedback: "En almindelig papirkurv er ikke sikker. Brug kommunens makulering eller en lukket kuvert.",
              regel: TAVSHEDSPLIGT,
              naeste: "bagefter",
            },
          ],
        },
        {
          id: "bagefter",
          situation: ["Det er tredje gang i denne uge."],
          spoergsmaal: "Hvad kan I gøre, så det sker sjældnere?",
          valg: [
            {
              id: "digitalt",
              tekst: "Vise borgerne, at de kan se og gemme deres dokumenter i Mine Data i stedet for at printe.",
              vurdering: "god",
              feedback: "Godt. Et dokument, der ikke bliver printet, kan ikke blive glemt.",
              regel: DATAMINIMERING,
              link: { href: "/sager", tekst: "Mine sager – dokumenter kan ses og hentes digitalt" },
              naeste: null,
            },
            {
              id: "skilt",
              tekst: "Sætte et venligt skilt op ved printeren: »Husk dine papirer«.",
              vurdering: "god",
              feedback: "Godt. En lille påmindelse hjælper – særligt sammen med at printe mindre.",
              regel: TAVSHEDSPLIGT,
              naeste: null,
            },
          ],
        },
      ],
    },
    {
      id: "kan-ikke-samtykke",
      titel: "En borger, der ikke kan give samtykke",
      resume: "En datter vil have hjælp til sin mors sager. Moren har demens og kan ikke forstå, hvad hun siger ja til.",
      start: "datteren",
      afslutning: "Datteren fik en lovlig vej til at hjælpe sin mor – uden at nogen gav et samtykke, der ikke var ægte.",
      trin: [
        {
          id: "datteren",
          situation: [
            "Lene kommer med sin mor Karen, som har svær demens. »Mor siger ja til, at jeg må se alt. Kan hun ikke bare give samtykke her ved skranken?« Karen smiler og nikker, men kan ikke sige, hvad det handler om.",
          ],
          spoergsmaal: "Hvad gør du?",
          valg: [
            {
              id: "nik-er-ja",
              tekst: "Jeg accepterer nikket som samtykke og giver Lene adgang.",
              vurdering: "forkert",
              feedback: "Et nik fra en person, der ikke forstår spørgsmålet, er ikke et samtykke. Det beskytter hverken Karen eller Lene.",
              regel: SAMTYKKE,
              link: VAERGEMAAL,
              naeste: "vejen",
            },
            {
              id: "stop-og-vejled",
              tekst: "Jeg forklarer roligt, at Karen skal kunne forstå, hvad hun giver lov til, og at der findes andre veje.",
              vurdering: "god",
              feedback: "Godt. Du tager Karen alvorligt og hjælper Lene videre.",
              regel: SAMTYKKE,
              naeste: "vejen",
            },
          ],
        },
        {
          id: "vejen",
          situation: ["Lene spørger: »Hvad skal vi så gøre?«"],
          spoergsmaal: "Hvad vejleder du om?",
          valg: [
            {
              id: "vaerge",
              tekst: "Værgemål via Familieretshuset – eller en fremtidsfuldmagt, hvis Karen har lavet en, mens hun kunne.",
              vurdering: "god",
              feedback: "Godt. Det er de lovlige veje, når en person ikke længere selv kan give fuldmagt.",
              regel: SAMTYKKE,
              link: VAERGEMAAL,
              naeste: null,
            },
            {
              id: "fuldmagt-nu",
              tekst: "Karen giver Lene en almindelig fuldmagt her og nu.",
              vurdering: "delvis",
              feedback: "En fuldmagt kræver også, at Karen forstår, hvad hun giver. Kan hun det, er fuldmagt vejen – ellers værgemål.",
              regel: SAMTYKKE,
              link: FULDMAGT,
              naeste: null,
            },
          ],
        },
      ],
    },
  ]);

export function findScenarie(id: string): Scenarie | undefined {
  return SCENARIER.find((s) => s.id === id);
}
