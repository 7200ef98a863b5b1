import "server-only";
import type { SagSide } from "@/lib/domain/sag";
import type { Result } from "@/lib/fagsystemer/http";
import { soegBorgersSager } from "@/lib/fagsystemer/sdi/client";
import type { Actor } from "./actor";

export const SAGER_PR_SIDE = 20;

export function sagerForBorger(actor: Extract<Actor, { art: "borger" }>, side: number): Promise<Result<SagSide>> {
  return soegBorgersSager(actor.cpr, { side, antal: SAGER_PR_SIDE });
}
