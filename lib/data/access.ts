import "server-only";
import { kategoriTekst, type Action } from "@/lib/access/actions";
import { pseudonym } from "@/lib/access/log";
import { writeLogEntry } from "@/lib/access/log-batch";
import { authorize, type Allow, type Decision, type DenyReason, type PolicyActor } from "@/lib/access/policy";
import { db } from "@/lib/db";
import { afvisninger } from "@/lib/db/schema";
import { env } from "@/lib/env";
import type { Result } from "@/lib/fagsystemer/http";
import { nu } from "@/lib/klokke";
import { currentBasis, type DataContext } from "./context";
import { redact, subjectStatus } from "./redaction";
import { safeErrorInfo } from "./request-info";

export type { DataContext } from "./context";

/** The portal's own database did not answer: the block says it cannot show, like a fagsystem that is down. */
export type DatabaseFejl = { ok: false; reason: "database" };

export type Adgang<T> = Result<T> | DatabaseFejl | { ok: false; reason: "ikke-fundet" | "log-fejl" };

/** A read from the portal's own database as a result, so one failing query degrades one block. */
export async function fraDatabasen<T>(hvad: string, fn: () => Promise<T>): Promise<{ ok: true; data: T } | DatabaseFejl> {
  try {
    return { ok: true, data: await fn() };
  } catch (error) {
    console.error(`[data] ${hvad} kunne ikke hentes:`, safeErrorInfo(error));
    return { ok: false, reason: "database" };
  }
}

/**
 * What a fetch answers when it found the object but this reader may not have it: someone else's
 * sag, a sag hidden from citizens, a document not for representatives. The caller sees "not
 * found"; the refusal is recorded with its reason.
 */
export class Refused {
  constructor(readonly reason: DenyReason) {}
}

/** Passed to a fetch: what the policy allowed, and where it notes what it held back from a representative. */
export type Grant = Allow & { hidden: number };

export function subjektNoegle(cpr: string): string {
  return pseudonym(env().LOG_PSEUDONYM_SECRET, cpr);
}

function describeActor(actor: PolicyActor, basis: DataContext["basis"]) {
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

/** Every refusal is kept for follow-up, with its reason and without the CPR number. */
export async function recordDenial(ctx: Pick<DataContext, "actor" | "subject" | "basis">, action: Action, reason: DenyReason): Promise<void> {
  const aktoer = ctx.actor.art === "tredjepart" ? `tredjepart ${ctx.actor.cvr}` : `${ctx.actor.art} ${ctx.actor.navn}`;
  await db()
    .insert(afvisninger)
    .values({ aktoer, subjektNoegle: subjektNoegle(ctx.subject.cpr), handling: action, grundlag: ctx.basis.type, aarsag: reason })
    .catch((error: unknown) => console.error("[adgang] afvisning kunne ikke gemmes:", safeErrorInfo(error)));
}

/** The policy's answer for this context, without the subject's CPR status (for menus and guards). */
export function decideNow(ctx: DataContext, action: Action, sagId?: string): Decision {
  return authorize({ actor: ctx.actor, subjectCpr: ctx.subject.cpr, basis: ctx.basis, action, sagId }, nu());
}

/** Whether the basis covers an action at all: a page leaves out what is outside the scope instead of asking. */
export function inScope(ctx: DataContext, action: Action): boolean {
  return decideNow(ctx, action).allow;
}

type Access = { action: Action; objekt: string; sagId?: string };

/** The basis asked again after the fetch: ended meanwhile means refused (and recorded), as if it had ended before. */
async function stillAllowed(ctx: DataContext, access: Access, subjektDoed: boolean): Promise<true | Adgang<never>> {
  try {
    const basis = await currentBasis(db(), ctx.basis);
    const again = authorize({ actor: ctx.actor, subjectCpr: ctx.subject.cpr, basis, action: access.action, sagId: access.sagId, subjektDoed }, nu());
    if (again.allow) return true;
    await recordDenial(ctx, access.action, again.reason);
    return { ok: false, reason: "ikke-fundet" };
  } catch (error) {
    console.error("[adgang] grundlaget kunne ikke tjekkes igen – data vises ikke:", safeErrorInfo(error));
    return { ok: false, reason: "database" };
  }
}

/**
 * The one way personal data leaves the data layer: authorise for this actor, subject, basis and
 * object; fetch; hide what the decision says to hide; write the access log (unless the subject
 * reads their own data); only then return it. A refusal looks like "not found" and is recorded,
 * and if the log cannot be written, nothing is returned.
 */
export async function laes<T>(
  ctx: DataContext,
  access: Access,
  fetch: (grant: Grant) => Promise<Result<T | Refused> | DatabaseFejl>,
): Promise<Adgang<T>> {
  let decision = decideNow(ctx, access.action, access.sagId);
  // Someone else reads: what CPR says about the person (died? protected address?) goes into the decision.
  const status = decision.allow && !decision.self ? await subjectStatus(ctx.subject.cpr) : null;
  if (status && !status.ok) return status;
  if (decision.allow && status?.ok && status.data.doed) {
    decision = authorize(
      { actor: ctx.actor, subjectCpr: ctx.subject.cpr, basis: ctx.basis, action: access.action, sagId: access.sagId, subjektDoed: true },
      nu(),
    );
  }
  if (!decision.allow) {
    await recordDenial(ctx, access.action, decision.reason);
    return { ok: false, reason: "ikke-fundet" };
  }
  const grant: Grant = { ...decision, hidden: 0 };
  const result = await fetch(grant);
  if (!result.ok) return result;
  if (result.data instanceof Refused) {
    await recordDenial(ctx, access.action, result.data.reason);
    return { ok: false, reason: "ikke-fundet" };
  }
  if (decision.self) return { ok: true, data: result.data };
  const stadig = await stillAllowed(ctx, access, status?.ok ? status.data.doed : false);
  if (stadig !== true) return stadig;
  const data = status?.ok && decision.skjulBeskyttet ? redact(result.data, status.data.beskyttedeTekster) : result.data;
  const objekt = access.objekt || kategoriTekst[access.action];
  try {
    await writeLogEntry(db(), {
      subjektNoegle: subjektNoegle(ctx.subject.cpr),
      tidspunkt: nu(),
      ...describeActor(ctx.actor, ctx.basis),
      grundlagType: decision.grundlag!.type,
      grundlagId: decision.grundlag!.id,
      kategori: access.action,
      // The hiding is logged too: the giver can see that something was held back, and how much.
      objekt: grant.hidden > 0 ? `${objekt} (${grant.hidden} skjult, fordi det ikke er til fuldmægtige)` : objekt,
      formaal: formaal[decision.grundlag!.type],
    });
  } catch (error) {
    console.error("[adgang] adgangsloggen kunne ikke skrives – data vises ikke:", safeErrorInfo(error));
    return { ok: false, reason: "log-fejl" };
  }
  return { ok: true, data };
}
