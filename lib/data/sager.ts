import "server-only";
import type { SagSoegning } from "@/lib/domain/sag";
import { soegBorgersSager } from "@/lib/fagsystemer/sdi/client";
import { laes, type DataContext } from "./access";

export const SAGER_PR_SIDE = 20;

export function soegSager(ctx: DataContext, side: number, soegning: SagSoegning = {}) {
  return laes(ctx, { action: "se:sager", objekt: "Oversigten over sager" }, () =>
    soegBorgersSager(ctx.subjectCpr, { side, antal: SAGER_PR_SIDE, ...soegning }),
  );
}
