import "server-only";
import { randomUUID } from "node:crypto";
import { z } from "zod";
import { delegerbar, privilegieTekst } from "@/lib/access/actions";
import { opretFuldmagt } from "@/lib/data/fuldmagt-handlinger";
import { formatDato } from "@/lib/format";
import { fuldmagtFelter, tjekFoedselsdato } from "@/lib/fuldmagt/schema";
import type { Art } from "./art";

/**
 * A fuldmagt prepared at the counter: the citizen gives one (Karen to Ole), or asks someone for
 * one (Ole asks Karen, who answers on her own forside). The staff member fills in the lead's
 * fuldmagt form fields; CPR and the rule table check them at once; the citizen confirms, and only
 * then is the fuldmagt (or the request) created – by the citizen, through lib/data/fuldmagt-handlinger.
 */
const person = z.object({ navn: z.string(), foedselsdato: z.iso.date() });

export const fuldmagtInput = fuldmagtFelter
  .omit({ noegle: true, trin: true })
  .extend({ rolle: z.enum(["giver", "anmoder"], { error: "Vælg, om borgeren giver eller beder om en fuldmagt" }) })
  .superRefine(tjekFoedselsdato());

const payload = z.object({
  rolle: z.enum(["giver", "anmoder"]),
  navn: z.string(),
  dag: z.string(),
  maaned: z.string(),
  aar: z.string(),
  privilegier: z.array(delegerbar).min(1),
  gyldigTil: z.iso.date(),
  /** What CPR and the rules made of it when it was prepared: what the citizen is shown. */
  opsummering: z.object({ giver: person, fuldmaegtig: person, privilegier: z.array(z.string()), sidsteDag: z.iso.date() }),
});
type Payload = z.infer<typeof payload>;

const IKKE_FUNDET = "Vi kunne ikke finde en person med det navn og den fødselsdato i CPR. Tjek stavemåden og datoen.";

export const fuldmagtAnmodning: Art<Payload> = {
  art: "fuldmagt-anmodning",
  handling: "handle:fuldmagt",
  payload,

  async forbered(ctx, input) {
    const parsed = fuldmagtInput.safeParse(input);
    if (!parsed.success) return { ok: false, fejl: Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0] ?? "_form"), i.message])) };
    const { rolle, ...felter } = parsed.data;
    // "tjek" only: CPR and the rule table, nothing is created in the citizen's name.
    const tjek = await opretFuldmagt(ctx, { ...felter, noegle: randomUUID(), trin: "tjek" }, rolle);
    if (!tjek.ok) return { ok: false, fejl: Object.keys(tjek.fejl).length > 0 ? tjek.fejl : { navn: IKKE_FUNDET } };
    if (tjek.data.trin !== "tjek") return { ok: false, fejl: { _form: "Fuldmagten kunne ikke gøres klar." } };
    return { ok: true, payload: { ...parsed.data, opsummering: tjek.data.opsummering } };
  },

  beskriv(p) {
    const { giver, fuldmaegtig, privilegier, sidsteDag } = p.opsummering;
    const fakta = [
      { navn: "Giver", vaerdi: `${giver.navn}, født ${formatDato(giver.foedselsdato)}` },
      { navn: "Fuldmægtig", vaerdi: `${fuldmaegtig.navn}, født ${formatDato(fuldmaegtig.foedselsdato)}` },
      { navn: "Fuldmægtigen må", vaerdi: privilegier.map((x) => privilegieTekst[x as z.infer<typeof delegerbar>]?.titel ?? x).join(", ") },
      { navn: "Gælder til og med", vaerdi: formatDato(sidsteDag) },
    ];
    return p.rolle === "giver"
      ? {
          titel: `Fuldmagt til ${fuldmaegtig.navn}`,
          fakta,
          efter: `Når du godkender, gælder fuldmagten med det samme. ${fuldmaegtig.navn} og du får et brev i Digital Post. Du kan tilbagekalde den når som helst.`,
        }
      : {
          titel: `Anmodning til ${giver.navn} om fuldmagt`,
          fakta,
          efter: `Når du godkender, bliver anmodningen sendt. ${giver.navn} skal selv sige ja.`,
        };
  },

  async udfoer(ctx, p, noegle) {
    const { rolle, navn, dag, maaned, aar, privilegier, gyldigTil } = p;
    const svar = await opretFuldmagt(ctx, { navn, dag, maaned, aar, privilegier, gyldigTil, noegle, trin: "bekraeft" }, rolle);
    if (!svar.ok) return { ok: false, fejl: Object.values(svar.fejl)[0] ?? IKKE_FUNDET };
    if (svar.data.trin !== "oprettet") return { ok: false, fejl: "Fuldmagten kunne ikke oprettes." };
    return { ok: true, resultat: svar.data.id, link: `/fuldmagter/${svar.data.id}?kvittering=1` };
  },
};
