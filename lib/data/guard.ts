import "server-only";
import { notFound, redirect } from "next/navigation";
import { ACTIONS, type Action } from "@/lib/access/actions";
import { BASIS_OPHOERT, type DenyReason } from "@/lib/access/policy";
import { PRIVILEGIER } from "@/lib/domain/medarbejder";
import { decideNow, recordDenial } from "./access";
import { subjectStatus } from "./redaction";
import { requestContext, type DataContext, type Medarbejder, type RequestContext } from "./context";

/**
 * What pages and route handlers ask the request context for: "may this request do <action>, and
 * on whose data?". Nobody builds a context by hand; a refusal is recorded before it is answered.
 */

export type Privilegium = keyof typeof PRIVILEGIER;

/** The actions the context's basis allows now: what the menu and the forside show. */
export function scope(ctx: DataContext): Action[] {
  return ACTIONS.filter((a) => decideNow(ctx, a).allow);
}

/**
 * Why the basis the request acts under no longer holds (revoked, expired, not approved, the giver
 * died), or null. Death comes from CPR, asked once per request (the same lookup the reads use).
 */
export async function basisEnded(ctx: DataContext): Promise<DenyReason | null> {
  if (ctx.basis.type === "self") return null;
  const d = decideNow(ctx, "se:sager");
  if (!d.allow && d.reason !== "uden-for-omfang") return BASIS_OPHOERT.includes(d.reason) || d.reason === "forkert-person" ? d.reason : null;
  if (ctx.basis.type !== "fuldmagt") return null;
  const status = await subjectStatus(ctx.subject.cpr);
  return status.ok && status.data.doed ? "giver-doed" : null;
}

const loginPath = (returnTo: string) => `/log-ind?til=${encodeURIComponent(returnTo)}`;

/** The context for a citizen page (own data or acting for someone); off to login, or the staff side, otherwise. */
export async function requireCitizenContext(returnTo: string): Promise<{ request: RequestContext; data: DataContext }> {
  const request = await requestContext();
  if (!request) redirect(loginPath(returnTo));
  if (!request.data) redirect("/medarbejder");
  const ended = await basisEnded(request.data);
  if (ended) {
    await recordDenial(request.data, "se:sager", ended);
    // Staff whose assisted session has ended go back to the console, which says why.
    redirect(request.actor.art === "medarbejder" ? "/medarbejder/hjaelp" : "/handl-for");
  }
  return { request, data: request.data };
}

/**
 * For a page that shows one kind of data: the context if its basis allows the action. Outside
 * the scope the page does not exist for this reader (404), and the refusal is recorded.
 */
export async function requireAccess(action: Action, returnTo: string): Promise<DataContext> {
  const { data } = await requireCitizenContext(returnTo);
  const decision = decideNow(data, action);
  if (!decision.allow) {
    await recordDenial(data, action, decision.reason);
    notFound();
  }
  return data;
}

function apiError(status: number, fejl: string): Response {
  return Response.json({ fejl }, { status, headers: { "cache-control": "no-store", "content-language": "da" } });
}

/** The same for /api/v1: a Danish JSON error instead of a redirect, never another person's data by mistake. */
export async function apiAccess(action: Action): Promise<DataContext | Response> {
  const request = await requestContext();
  if (!request?.data) return apiError(401, "Du skal være logget ind som borger for at hente data.");
  const ended = await basisEnded(request.data);
  if (ended) {
    await recordDenial(request.data, action, ended);
    return apiError(
      403,
      request.data.basis.type === "assisteret"
        ? "Hjælpen er afsluttet, så du kan ikke længere se borgerens data."
        : "Du kan ikke længere handle for den person, du valgte. Fuldmagten gælder ikke mere.",
    );
  }
  const decision = decideNow(request.data, action);
  if (!decision.allow) {
    await recordDenial(request.data, action, decision.reason);
    return apiError(404, "Det, du spurgte efter, findes ikke.");
  }
  return request.data;
}

/** For staff pages: the staff member, optionally with one privilege; citizens go to their own forside. */
export async function requireStaff(privilegium?: Privilegium, returnTo = "/medarbejder"): Promise<{ request: RequestContext; medarbejder: Medarbejder }> {
  const request = await requestContext();
  if (!request) redirect(loginPath(returnTo));
  if (request.actor.art !== "medarbejder") redirect("/");
  if (privilegium && !request.actor.privilegier.includes(privilegium)) notFound();
  return { request, medarbejder: request.actor };
}

/** Null when the reader reads their own data; otherwise the name of the person they act for (for headings). */
export function forAnden(ctx: DataContext): string | null {
  return ctx.basis.type === "self" ? null : ctx.subject.navn;
}

/** A staff member in an assisted session the citizen let them prepare actions in (a correction request, a fuldmagt). */
export function kanForberede(ctx: DataContext): boolean {
  return ctx.basis.type === "assisteret" && ctx.basis.session?.maaForberede === true;
}
