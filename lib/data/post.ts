import "server-only";
import type { BrevSide } from "@/lib/domain/post";
import { hentBreve } from "@/lib/fagsystemer/digitalpost/client";
import { laes, type Adgang, type DataContext } from "./access";

export const BREVE_PR_SIDE = 20;

/** The letters the kommune sent the person through Digital Post, newest first. Only the person reads them. */
export function mineBreve(ctx: DataContext, side: number): Promise<Adgang<BrevSide>> {
  return laes(ctx, { action: "se:post", objekt: "Dine breve" }, () => hentBreve(ctx.subject.cpr, { side, antal: BREVE_PR_SIDE }));
}
