import "server-only";
import { and, eq } from "drizzle-orm";
import { PRIVILEGIER } from "@/lib/domain/medarbejder";
import type { Db } from "@/lib/db/client";
import { assisteredeSessioner, fuldmagter, samtykker } from "@/lib/db/schema";
import type { Action, GrundlagType } from "./actions";

/** Who is asking. Third parties arrive with a samtykke token, resolved to its id before this. */
export type PolicyActor =
  | { art: "borger"; navn: string; cpr: string }
  | { art: "medarbejder"; navn: string; medarbejderId: string; enhed: string; privilegier: string[] }
  | { art: "tredjepart"; navn: string; cvr: string };

/** The ground the actor claims for reading this subject's data. */
export type Basis =
  | { type: "self" }
  | { type: "fuldmagt"; id: string }
  | { type: "assisteret"; id: string }
  | { type: "sagsbehandler"; sagId: string }
  | { type: "samtykke"; id: string };

export type DenyReason =
  | "intet-grundlag"
  | "forkert-person"
  | "udloebet"
  | "tilbagekaldt"
  | "uden-for-omfang"
  | "mangler-rettighed";

export type Decision =
  | { allow: true; self: true }
  | { allow: true; self: false; grundlag: { type: GrundlagType; id: string } }
  | { allow: false; reason: DenyReason };

/** For caseworker duty: who the source system names as primary caseworker, and the sag's parts. */
export type SagOpslag = (sagId: string) => Promise<{ behandlerId: string | null; parterCpr: string[] } | null>;

const deny = (reason: DenyReason): Decision => ({ allow: false, reason });
const within = (now: Date, fra: Date | null, til: Date) => (!fra || fra <= now) && now < til;
const SAGSBEHANDLER_HANDLINGER: readonly Action[] = ["se:sager", "se:dokumenter"];
type Privilege = keyof typeof PRIVILEGIER;
const has = (actor: PolicyActor, privilege: Privilege) => actor.art === "medarbejder" && actor.privilegier.includes(privilege);

/**
 * The one decision for every read and action on personal data:
 * actor × subject × basis × action → allow, or deny with a reason.
 */
export async function authorize(
  db: Db,
  req: { actor: PolicyActor; subjectCpr: string; basis: Basis; action: Action },
  opslag: SagOpslag,
  now = new Date(),
): Promise<Decision> {
  const { actor, subjectCpr, basis, action } = req;
  switch (basis.type) {
    case "self":
      return actor.art === "borger" && actor.cpr === subjectCpr ? { allow: true, self: true } : deny("intet-grundlag");

    case "fuldmagt": {
      if (actor.art !== "borger") return deny("intet-grundlag");
      const [f] = await db.select().from(fuldmagter).where(eq(fuldmagter.id, basis.id));
      if (!f || f.fuldmaegtigCpr !== actor.cpr || f.giverCpr !== subjectCpr) return deny("forkert-person");
      if (f.status === "tilbagekaldt" || f.tilbagekaldt) return deny("tilbagekaldt");
      if (f.status !== "aktiv") return deny("intet-grundlag");
      if (!within(now, f.gyldigFra, f.gyldigTil)) return deny("udloebet");
      if (!f.privilegier.includes(action)) return deny("uden-for-omfang");
      return { allow: true, self: false, grundlag: { type: "fuldmagt", id: f.id } };
    }

    case "assisteret": {
      if (!has(actor, "urn:dk:korsbaek:minedata:privilege:borgerservice") || actor.art !== "medarbejder") {
        return deny("mangler-rettighed");
      }
      const [s] = await db
        .select()
        .from(assisteredeSessioner)
        .where(and(eq(assisteredeSessioner.id, basis.id), eq(assisteredeSessioner.borgerCpr, subjectCpr)));
      if (!s || s.medarbejderId !== actor.medarbejderId) return deny("forkert-person");
      if (s.afsluttet) return deny("tilbagekaldt");
      if (!s.startet || !within(now, s.startet, s.udloeber)) return deny("udloebet");
      if (!s.omraader.includes(action)) return deny("uden-for-omfang");
      return { allow: true, self: false, grundlag: { type: "assisteret", id: s.id } };
    }

    case "sagsbehandler": {
      if (!has(actor, "urn:dk:korsbaek:minedata:privilege:sagsbehandler") || actor.art !== "medarbejder") {
        return deny("mangler-rettighed");
      }
      if (!SAGSBEHANDLER_HANDLINGER.includes(action)) return deny("uden-for-omfang");
      const sag = await opslag(basis.sagId);
      if (!sag || sag.behandlerId !== actor.medarbejderId || !sag.parterCpr.includes(subjectCpr)) {
        return deny("forkert-person");
      }
      return { allow: true, self: false, grundlag: { type: "sagsbehandler", id: basis.sagId } };
    }

    case "samtykke": {
      if (actor.art !== "tredjepart") return deny("intet-grundlag");
      const [s] = await db.select().from(samtykker).where(eq(samtykker.id, basis.id));
      if (!s || s.borgerCpr !== subjectCpr || s.modtagerCvr !== actor.cvr) return deny("forkert-person");
      if (s.tilbagekaldt) return deny("tilbagekaldt");
      if (!within(now, s.gyldigFra, s.gyldigTil)) return deny("udloebet");
      if (!s.data.includes(action)) return deny("uden-for-omfang");
      return { allow: true, self: false, grundlag: { type: "samtykke", id: s.id } };
    }
  }
}
