import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { aktiveForHolder, findFuldmagt } from "@/lib/fuldmagt/store";
import { nu } from "@/lib/klokke";
import { fraDatabasen, recordDenial } from "./access";
import { setActingAs, type Borger, type DataContext, type RequestContext } from "./context";
import { basisEnded } from "./guard";

/** Whom a citizen can choose to act for: the fuldmagter they hold that are in force now. */
export function kanHandleFor(borger: Borger) {
  return fraDatabasen("fuldmagter", async () =>
    (await aktiveForHolder(db(), borger.cpr, nu())).map((f) => ({ id: f.id, navn: f.giverNavn, gyldigTil: f.gyldigTil.toISOString() })),
  );
}

/**
 * "Handl for Karen Jensen": the session starts acting under one fuldmagt, after the policy has
 * checked it for this holder now. The choice is stored on the server-side session row only.
 */
export async function handlFor(request: RequestContext, borger: Borger, fuldmagtId: string): Promise<{ ok: true; navn: string } | { ok: false; fejl: string }> {
  const id = z.uuid().safeParse(fuldmagtId);
  const f = id.success ? await findFuldmagt(db(), id.data) : null;
  const candidate: DataContext = {
    sessionId: request.sessionId,
    actor: borger,
    subject: { cpr: f?.giverCpr ?? borger.cpr, navn: f?.giverNavn ?? "" },
    basis: {
      type: "fuldmagt",
      id: f?.id ?? "",
      fuldmagt: f && { ...f, privilegier: f.privilegier },
    },
    until: f?.gyldigTil ?? null,
  };
  const ended = await basisEnded(candidate);
  if (!f || ended) {
    if (f) await recordDenial(candidate, "se:sager", ended ?? "forkert-person");
    return { ok: false, fejl: "Du kan ikke handle for den person. Fuldmagten findes ikke, eller den gælder ikke længere." };
  }
  await setActingAs(db(), request.sessionId, f.id);
  return { ok: true, navn: f.giverNavn };
}

/** Back to one's own data. */
export async function handlForSigSelv(request: RequestContext): Promise<void> {
  await setActingAs(db(), request.sessionId, null);
}
