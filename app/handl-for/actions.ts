"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { zfd } from "zod-form-data";
import { handlFor, handlForSigSelv } from "@/lib/data/handler-for";
import { Besked, citizenAction } from "@/lib/data/safe-action";

// POST: the session starts acting for the giver of one fuldmagt the citizen holds.
export const vaelgHandlerFor = citizenAction
  .metadata({ til: "/handl-for" })
  .inputSchema(zfd.formData({ fuldmagtId: zfd.text(z.string().max(100)) }))
  .stateAction(async ({ parsedInput, ctx }) => {
    const result = await handlFor(ctx.request, ctx.borger, parsedInput.fuldmagtId);
    if (!result.ok) throw new Besked(result.fejl);
    // The layout (banner, menu, name) shows whom the session acts for: render it anew, not just the page.
    revalidatePath("/", "layout");
    redirect("/");
  });

const skiftTilbageAction = citizenAction.metadata({ til: "/" }).action(async ({ ctx }) => {
  await handlForSigSelv(ctx.request);
});

// POST: back to the citizen's own data (also when the fuldmagt they acted under has ended).
export async function skiftTilbage(): Promise<void> {
  await skiftTilbageAction();
  revalidatePath("/", "layout");
  redirect("/");
}
