import "server-only";
import { z } from "zod";
import { Afvist, gemKladde, sendKladde } from "@/lib/rettelser/borger";
import { BESKYTTET_ADRESSE } from "@/lib/data/redaction";
import { hentMaal, maalFra, type Maal, type MaalVisning } from "@/lib/rettelser/maal";
import { kladdeSvarFra, svarSkema } from "@/lib/rettelser/svar";
import { reference } from "@/lib/rettelser/tekster";
import type { Art } from "./art";

/**
 * A correction request (GDPR art. 16) prepared at the counter: the staff member sees the wrong
 * value on the citizen's own page, fills in the same three answers the citizen's form asks for,
 * and the citizen sends it with "Godkend" on their forside – as the citizen, through
 * lib/rettelser, with the citizen's receipt and deadline. Attachments are the citizen's to add.
 */
const adresse = z.object({ vejnavn: z.string(), husnr: z.string(), etage: z.string().nullable(), doer: z.string().nullable(), postnr: z.string(), postdistrikt: z.string() });

const payload = z.object({
  maal: z.object({ felt: z.string().optional(), datum: z.uuid().optional(), sag: z.uuid().optional() }),
  svar: z.object({ hvadErForkert: z.string(), rigtigVaerdi: z.string(), rigtigAdresse: adresse.nullable(), begrundelse: z.string() }),
  /** What the value was when it was prepared, and where: what the citizen is shown. */
  opsummering: z.object({ betegnelse: z.string(), vaerdi: z.string(), hvor: z.string() }),
});
type Payload = z.infer<typeof payload>;

const BESKYTTET = "Borgeren har beskyttet adresse. Derfor kan kun borgeren selv bede om at få adressen rettet – på sin egen side, uden at du ser den.";
const IKKE_FUNDET = "Vi kunne ikke finde den oplysning, der skal rettes. Gå tilbage til siden med oplysningen, og prøv igen.";

export { BESKYTTET };

/**
 * A protected address is the person's alone: staff must not learn the new one either – neither
 * as the CPR field nor as a decision's datum that carries it (shown to staff as "[beskyttet adresse]").
 */
export function erBeskyttet(maal: Maal, v: MaalVisning): boolean {
  return (maal.art === "felt" && !v.adresse) || v.vaerdi.includes(BESKYTTET_ADRESSE);
}

export const rettelseAnmodning: Art<Payload> = {
  art: "rettelse-anmodning",
  handling: "handle:rettelse",
  payload,

  async forbered(ctx, input) {
    const parsed = svarSkema.safeParse(input);
    if (!parsed.success) return { ok: false, fejl: Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0] ?? "_form"), i.message])) };
    const { felt, datum, sag } = parsed.data;
    const maal = maalFra({ felt, datum, sag });
    // Read as the staff member sees it now (within the areas the citizen chose, and logged).
    const visning = maal ? await hentMaal(ctx, maal) : null;
    if (!visning?.ok || !visning.data) return { ok: false, fejl: { _form: IKKE_FUNDET } };
    const v = visning.data;
    if (erBeskyttet(maal!, v)) return { ok: false, fejl: { _form: BESKYTTET } };
    return {
      ok: true,
      payload: {
        maal: { felt, datum, sag },
        svar: kladdeSvarFra(parsed.data),
        opsummering: { betegnelse: v.betegnelse, vaerdi: v.vaerdi, hvor: v.sagTitel ? `sagen »${v.sagTitel}«` : "Folkeregisteret (CPR)" },
      },
    };
  },

  beskriv(p) {
    const { betegnelse, vaerdi, hvor } = p.opsummering;
    return {
      titel: `Anmodning om at rette »${betegnelse}«`,
      fakta: [
        { navn: "Oplysningen", vaerdi: `${betegnelse} i ${hvor}` },
        { navn: "Der står nu", vaerdi },
        { navn: "Hvad er forkert", vaerdi: p.svar.hvadErForkert },
        { navn: "Det rigtige", vaerdi: p.svar.rigtigVaerdi },
        { navn: "Hvorfor", vaerdi: p.svar.begrundelse },
      ],
      efter: "Når du godkender, bliver anmodningen sendt til kommunen i dit navn. Du får en kvittering med et nummer og en frist for svar.",
    };
  },

  async udfoer(ctx, p, noegle) {
    const maal = maalFra(p.maal);
    const visning = maal ? await hentMaal(ctx, maal) : null;
    if (!visning?.ok || !visning.data) return { ok: false, fejl: IKKE_FUNDET };
    try {
      // The prepared action's id is the key: a second "Godkend" finds the same draft, and sending it again changes nothing.
      const kladde = await gemKladde(ctx, visning.data, p.svar, noegle);
      const sendt = await sendKladde(ctx, kladde);
      if (!sendt.ok) return { ok: false, fejl: "Anmodningen kunne ikke sendes lige nu. Prøv igen om lidt." };
      return { ok: true, resultat: reference(sendt.data.nr), link: `/rettelser/${sendt.data.id}?sendt=1` };
    } catch (error) {
      if (error instanceof Afvist) return { ok: false, fejl: error.message };
      throw error;
    }
  },
};
