import "server-only";
import { db } from "@/lib/db";
import type { DataContext } from "./access";
import { countAttempt, type Attempt } from "./rate-limit";

/** Calls a logged-in session may make to /api/v1 per minute: far above a person, well below a scraper. */
export const API_PR_MINUT = 240;

export function apiGraense(ctx: DataContext): Promise<Attempt> {
  return countAttempt(db(), `api-borger:${ctx.sessionId ?? ctx.actor.navn}`, API_PR_MINUT, 60);
}
