import type { BrevWire } from "@/lib/fagsystemer/digitalpost/wire";
import { citizens, KOMMUNE } from "../../personas";
import { enhedKontakt, enheder } from "../organisation/fixtures";
import { deterministicUuid } from "../../random";

/** `noegle` (afsender CVR and idempotensnøgle) is set on letters sent through the API, never on seeded ones. */
export type StoredBrev = { modtagerCpr: string; noegle?: string; brev: BrevWire };

type BrevSeed = Pick<BrevWire, "titel" | "tekst" | "modtaget" | "laest" | "kategori"> & { cpr: string };

const hilsen = (enhed: { navn: string }) => `\n\nVenlig hilsen\n${enhed.navn}\n${KOMMUNE.navn}`;

const seeds: BrevSeed[] = [
  {
    cpr: citizens.karen.cpr,
    titel: "Afgørelse om personligt tillæg",
    tekst:
      "Kære Karen Jensen\n\nDu får personligt tillæg til medicin. Tillægget dækker den del af din egenbetaling, som du ikke selv har råd til. Du kan se afgørelsen og de oplysninger, den bygger på, under sagen »Personligt tillæg til medicin« i Mine Data.\n\nHvis du er uenig, kan du klage inden 4 uger. Send klagen til os; vi ser på sagen igen, før den går videre til Ankestyrelsen." +
      hilsen(enheder.ydelsesservice),
    modtaget: "2025-02-11T09:12:00+01:00",
    laest: true,
    kategori: "Afgørelse",
  },
  {
    cpr: citizens.karen.cpr,
    titel: "Vi har modtaget din ansøgning om plejebolig",
    tekst:
      "Kære Karen Jensen\n\nVi har modtaget din ansøgning om plejebolig. Visitationen kontakter dig for at aftale et besøg, hvor vi taler om, hvordan du klarer dig i hverdagen." +
      hilsen(enheder.visitation),
    modtaget: "2025-09-02T14:03:00+02:00",
    laest: true,
    kategori: "Kvittering",
  },
  {
    cpr: citizens.karen.cpr,
    titel: "Visitationen kommer på besøg",
    tekst:
      `Kære Karen Jensen\n\nVi kommer på besøg torsdag den 23. oktober 2025 kl. 10.00 for at tale om din ansøgning om plejebolig. Du er velkommen til at have en pårørende med. Passer tidspunktet ikke, så ring til os på ${enhedKontakt[enheder.visitation.uuid].telefon}.` +
      hilsen(enheder.visitation),
    modtaget: "2025-10-14T11:30:00+02:00",
    laest: false,
  },
  {
    cpr: citizens.amir.cpr,
    titel: "Afgørelse om sygedagpenge",
    tekst:
      "Kære Amir Hassan\n\nDu har ret til sygedagpenge fra den 17. februar 2025. Du kan se beregningen og de indkomstoplysninger, den bygger på, under sagen »Sygedagpenge« i Mine Data. Er en oplysning forkert, kan du bede om at få den rettet.\n\nHvis du er uenig, kan du klage inden 4 uger." +
      hilsen(enheder.ydelsesservice),
    modtaget: "2025-03-03T10:20:00+01:00",
    laest: true,
    kategori: "Afgørelse",
  },
  {
    cpr: citizens.amir.cpr,
    titel: "Du overgår til jobafklaringsforløb",
    tekst:
      "Kære Amir Hassan\n\nDine sygedagpenge stopper den 18. august 2025, fordi du har nået grænsen for, hvor længe du kan få sygedagpenge. Fra samme dag overgår du til et jobafklaringsforløb og får ressourceforløbsydelse. Din rådgiver i jobcentret kontakter dig om det videre forløb." +
      hilsen(enheder.jobcenter),
    modtaget: "2025-08-18T09:00:00+02:00",
    laest: true,
    kategori: "Afgørelse",
  },
  {
    cpr: citizens.sofie.cpr,
    titel: "Din kontanthjælp stopper",
    tekst:
      "Kære Sofie Nielsen\n\nDin kontanthjælp stopper den 31. august 2024, fordi du er begyndt i job. Tillykke med jobbet." +
      hilsen(enheder.ydelsesservice),
    modtaget: "2024-08-30T13:15:00+02:00",
    laest: true,
    kategori: "Afgørelse",
  },
  {
    cpr: citizens.bent.cpr,
    titel: "Vi mangler oplysninger om dine varmeudgifter",
    tekst:
      "Kære Bent Holm\n\nFor at behandle din ansøgning om personligt tillæg til varme skal vi have din seneste årsopgørelse fra dit forsyningsselskab. Send den til os senest fredag den 27. februar 2026. Du kan sende den som et dokument på sagen i Mine Data." +
      hilsen(enheder.ydelsesservice),
    modtaget: "2026-01-30T11:45:00+01:00",
    laest: false,
  },
];

export function seedBreve(): StoredBrev[] {
  return seeds.map(({ cpr, ...brev }, i) => ({
    modtagerCpr: cpr,
    brev: { id: deterministicUuid(`brev:seed:${i}`), afsender: { navn: KOMMUNE.navn, cvr: KOMMUNE.cvr }, ...brev },
  }));
}
