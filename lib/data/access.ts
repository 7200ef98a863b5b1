import "server-only";
import { kategoriTekst, type Action } from "@/lib/access/actions";
import { appendLogEntry, pseudonym } from "@/lib/access/log";
import { authorize, type Basis, type Decision, type PolicyActor } from "@/lib/access/policy";
import { db } from "@/lib/db";
import { afvisninger } from "@/lib/db/schema";
import { env } from "@/lib/env";
import type { Result } from "@/lib/fagsystemer/http";
import { hentSagsAnsvar } from "@/lib/fagsystemer/sdi/client";
import { safeErrorInfo } from "./request-info";

/** Whose data a request reads, who reads it, and on what ground. */
export type DataContext = { actor: PolicyActor; subjectCpr: string; basis: Basis };

export type Adgang<T> = Result<T> | { ok: false; reason: "ikke-fundet" | "log-fejl" };

export function subjektNoegle(cpr: string): string {
  return pseudonym(env().LOG_PSEUDONYM_SECRET, cpr);
}

async function sagOpslag(sagId: string) {
  const result = await hentSagsAnsvar(sagId);
  return result.ok ? result.data : null;
}

function describeActor(actor: PolicyActor, basis: Basis) {
  switch (actor.art) {
    case "borger":
      return { aktoerNavn: actor.navn, aktoerOrganisation: "Privatperson", aktoerRolle: "Fuldmægtig" };
    case "medarbejder":
      return {
        aktoerNavn: actor.navn,
        aktoerOrganisation: `Korsbæk Kommune, ${actor.enhed}`,
        aktoerRolle: basis.type === "sagsbehandler" ? "Sagsbehandler" : "Medarbejder",
      };
    case "tredjepart":
      return { aktoerNavn: actor.navn, aktoerOrganisation: `${actor.navn} (CVR ${actor.cvr})`, aktoerRolle: "Modtager af dit samtykke" };
  }
}

const formaal = {
  fuldmagt: "Din fuldmægtig hjælper dig",
  assisteret: "Du fik hjælp af Borgerservice",
  sagsbehandler: "Behandling af din sag",
  samtykke: "Det formål, du gav samtykke til",
} as const;

export function selfContext(actor: Extract<PolicyActor, { art: "borger" }>): DataContext {
  return { actor, subjectCpr: actor.cpr, basis: { type: "self" } };
}

/** Every refusal is kept for follow-up, without the CPR number. */
async function recordDenial(ctx: DataContext, action: Action, reason: string) {
  const aktoer = ctx.actor.art === "tredjepart" ? `tredjepart ${ctx.actor.cvr}` : `${ctx.actor.art} ${ctx.actor.navn}`;
  await db()
    .insert(afvisninger)
    .values({ aktoer, subjektNoegle: subjektNoegle(ctx.subjectCpr), handling: action, grundlag: ctx.basis.type, aarsag: reason })
    .catch((error: unknown) => console.error("[adgang] afvisning kunne ikke gemmes:", safeErrorInfo(error)));
}

export function decide(ctx: DataContext, action: Action): Promise<Decision> {
  return authorize(db(), { ...ctx, action }, sagOpslag);
}

/**
 * The one way personal data leaves the data layer: authorise for this actor, subject and basis;
 * fetch; write the access log (unless the subject reads their own data); only then return it.
 * A refusal looks like "not found", and if the log cannot be written, nothing is returned.
 */
export async function laes<T>(
  ctx: DataContext,
  access: { action: Action; objekt: string },
  fetch: () => Promise<Result<T>>,
): Promise<Adgang<T>> {
  const decision = await decide(ctx, access.action);
  if (!decision.allow) {
    await recordDenial(ctx, access.action, decision.reason);
    return { ok: false, reason: "ikke-fundet" };
  }
  const result = await fetch();
  if (!result.ok || decision.self) return result;
  try {
    await appendLogEntry(db(), {
      subjektNoegle: subjektNoegle(ctx.subjectCpr),
      tidspunkt: new Date(),
      ...describeActor(ctx.actor, ctx.basis),
      grundlagType: decision.grundlag.type,
      grundlagId: decision.grundlag.id,
      kategori: access.action,
      objekt: access.objekt || kategoriTekst[access.action],
      formaal: formaal[decision.grundlag.type],
    });
  } catch (error) {
    console.error("[adgang] adgangsloggen kunne ikke skrives – data vises ikke:", safeErrorInfo(error));
    return { ok: false, reason: "log-fejl" };
  }
  return result;
}
