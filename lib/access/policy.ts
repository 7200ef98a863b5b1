import { erDelegerbar, KUN_SELV, type Action, type GrundlagType } from "./actions";

/**
 * The one decision for every read and action on personal data, as a pure function of what the
 * request context has already loaded: actor × subject × basis × action (× object) → allow with
 * redactions, or deny with a reason. No I/O happens here, so the rules can be read and tested as
 * a table, and the menu can ask the same function which areas to show.
 */

/** Who is asking. Third parties arrive with a samtykke token, resolved to its id before this. */
export type PolicyActor =
  | { art: "borger"; navn: string; cpr: string }
  | { art: "medarbejder"; navn: string; medarbejderId: string; enhed: string; privilegier: string[] }
  | { art: "tredjepart"; navn: string; cvr: string };

export type FuldmagtGrundlag = {
  id: string;
  giverCpr: string;
  fuldmaegtigCpr: string;
  status: "anmodet" | "aktiv" | "tilbagekaldt" | "afvist" | "ophoert";
  /** Why an ended ("ophoert") fuldmagt ended: the holder is told that, not "not approved". */
  ophoerAarsag: "udloebet" | "doed" | null;
  gyldigFra: Date;
  gyldigTil: Date;
  privilegier: string[];
};

export type AssisteretGrundlag = {
  id: string;
  borgerCpr: string;
  medarbejderId: string | null;
  omraader: string[];
  startet: Date | null;
  udloeber: Date;
  afsluttet: Date | null;
  /** Whether the citizen let the staff member prepare actions for them to confirm (not a read permission). */
  maaForberede?: boolean;
};

export type SamtykkeGrundlag = {
  id: string;
  borgerCpr: string;
  modtagerCvr: string;
  data: string[];
  gyldigFra: Date;
  gyldigTil: Date;
  tilbagekaldt: Date | null;
  /** A one-time samtykke used up by the access token with this id (only that token may go on). */
  forbrugtAf: string | null;
};

/** Who the source system names as primary caseworker on a sag, and the sag's parts. */
export type SagsAnsvar = { behandlerId: string | null; parterCpr: string[] };

/** The ground the actor stands on, with the rows it rests on as the resolver loaded them (null: not found). */
export type Basis =
  | { type: "self" }
  | { type: "fuldmagt"; id: string; fuldmagt: FuldmagtGrundlag | null }
  | { type: "assisteret"; id: string; session: AssisteretGrundlag | null }
  | { type: "sagsbehandler"; sagId: string; ansvar: SagsAnsvar | null }
  | { type: "samtykke"; id: string; samtykke: SamtykkeGrundlag | null; adgangId?: string };

export type DenyReason =
  | "intet-grundlag"
  | "forkert-person"
  | "ikke-aktiv"
  | "udloebet"
  | "tilbagekaldt"
  | "giver-doed"
  | "kun-selv"
  | "uden-for-omfang"
  | "anden-sag"
  | "mangler-rettighed"
  | "ikke-part"
  | "skjult-for-borger"
  | "ikke-til-fuldmaegtig"
  | "brugt";

/** Reasons that mean the basis itself no longer holds (not just this one action). */
export const BASIS_OPHOERT: readonly DenyReason[] = ["ikke-aktiv", "udloebet", "tilbagekaldt", "giver-doed", "brugt"];

export type Allow = {
  allow: true;
  self: boolean;
  grundlag: { type: GrundlagType; id: string } | null;
  /** Navne- og adressebeskyttelse: hidden from everyone but the person. */
  skjulBeskyttet: boolean;
  /** Items the fagsystem marks as not for representatives are hidden from fuldmagt holders. */
  skjulForRepraesentant: boolean;
};
export type Decision = Allow | { allow: false; reason: DenyReason };

export type PolicyRequest = {
  actor: PolicyActor;
  subjectCpr: string;
  basis: Basis;
  action: Action;
  /** The sag a read concerns, where there is one: caseworker duty reaches that sag only. */
  sagId?: string;
  /** From CPR, when known: a fuldmagt ends when the giver dies. */
  subjektDoed?: boolean;
};

const deny = (reason: DenyReason): Decision => ({ allow: false, reason });
const within = (now: Date, fra: Date | null, til: Date) => (!fra || fra <= now) && now < til;
const kunSelv = (a: Action) => (KUN_SELV as readonly string[]).includes(a);
const SAGSBEHANDLER_HANDLINGER: readonly Action[] = ["se:sager", "se:dokumenter"];
const PRIVILEGIUM = {
  borgerservice: "urn:dk:korsbaek:minedata:privilege:borgerservice",
  sagsbehandler: "urn:dk:korsbaek:minedata:privilege:sagsbehandler",
} as const;
const has = (actor: PolicyActor, privilege: string) => actor.art === "medarbejder" && actor.privilegier.includes(privilege);
const allow = (grundlag: Allow["grundlag"], skjulForRepraesentant = false): Decision => ({
  allow: true,
  self: false,
  grundlag,
  skjulBeskyttet: true,
  skjulForRepraesentant,
});

export function authorize(req: PolicyRequest, now = new Date()): Decision {
  const { actor, subjectCpr, basis, action } = req;
  switch (basis.type) {
    case "self":
      return actor.art === "borger" && actor.cpr === subjectCpr
        ? { allow: true, self: true, grundlag: null, skjulBeskyttet: false, skjulForRepraesentant: false }
        : deny("intet-grundlag");

    case "fuldmagt": {
      const f = basis.fuldmagt;
      if (actor.art !== "borger") return deny("intet-grundlag");
      if (!f || f.fuldmaegtigCpr !== actor.cpr || f.giverCpr !== subjectCpr) return deny("forkert-person");
      if (f.status === "tilbagekaldt") return deny("tilbagekaldt");
      if (f.status === "ophoert" && f.ophoerAarsag) return deny(f.ophoerAarsag === "doed" ? "giver-doed" : "udloebet");
      if (f.status !== "aktiv") return deny("ikke-aktiv");
      if (!within(now, f.gyldigFra, f.gyldigTil)) return deny("udloebet");
      if (req.subjektDoed) return deny("giver-doed");
      // No re-delegation, no assisted session and no samtykke in the giver's name (anchors item 8).
      if (kunSelv(action)) return deny("kun-selv");
      if (!erDelegerbar(action) || !f.privilegier.includes(action)) return deny("uden-for-omfang");
      return allow({ type: "fuldmagt", id: f.id }, true);
    }

    case "assisteret": {
      const s = basis.session;
      if (actor.art !== "medarbejder" || !has(actor, PRIVILEGIUM.borgerservice)) return deny("mangler-rettighed");
      if (!s || s.borgerCpr !== subjectCpr || s.medarbejderId !== actor.medarbejderId) return deny("forkert-person");
      if (s.afsluttet) return deny("tilbagekaldt");
      if (!s.startet || !within(now, s.startet, s.udloeber)) return deny("udloebet");
      if (!s.omraader.includes(action)) return deny("uden-for-omfang");
      return allow({ type: "assisteret", id: s.id });
    }

    case "sagsbehandler": {
      if (actor.art !== "medarbejder" || !has(actor, PRIVILEGIUM.sagsbehandler)) return deny("mangler-rettighed");
      if (!SAGSBEHANDLER_HANDLINGER.includes(action)) return deny("uden-for-omfang");
      const sag = basis.ansvar;
      if (!sag || sag.behandlerId !== actor.medarbejderId || !sag.parterCpr.includes(subjectCpr)) return deny("forkert-person");
      // The duty is for one sag: never the citizen's other sager, and never their whole list.
      if (req.sagId !== basis.sagId) return deny("anden-sag");
      return allow({ type: "sagsbehandler", id: basis.sagId });
    }

    case "samtykke": {
      const s = basis.samtykke;
      if (actor.art !== "tredjepart") return deny("intet-grundlag");
      if (!s || s.borgerCpr !== subjectCpr || s.modtagerCvr !== actor.cvr) return deny("forkert-person");
      if (s.tilbagekaldt) return deny("tilbagekaldt");
      if (!within(now, s.gyldigFra, s.gyldigTil)) return deny("udloebet");
      // A one-time samtykke serves the one access token it was used up by, and no later one.
      if (s.forbrugtAf !== null && s.forbrugtAf !== basis.adgangId) return deny("brugt");
      if (!s.data.includes(action)) return deny("uden-for-omfang");
      return allow({ type: "samtykke", id: s.id });
    }
  }
}
