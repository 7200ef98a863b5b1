import "server-only";
import { addDays } from "date-fns";
import type { Db } from "@/lib/db/client";
import { opslagPerson } from "@/lib/fagsystemer/cpr/client";
import { sendUdbakke } from "@/lib/post/udbakke";
import { VARSEL_DAGE } from "./schema";
import { aktive, skift, tilVarsel, udloebne, varsl, type FuldmagtRaekke } from "./store";

/**
 * The fuldmagt lifecycle, as one idempotent sweep: end what has expired, warn 30 days before the
 * end (never renew silently), end what CPR says has lost its giver, and send the letters that
 * wait. Access never depends on the sweep (the policy checks dates and death itself); the sweep
 * makes the state and the letters follow. Safe to run from several instances at once: each change
 * is conditional on the state it changes from, and each letter has its own key.
 */
export async function efterse(db: Db, now: Date): Promise<void> {
  for (const f of await udloebne(db, now)) await udloeb(db, f);
  for (const f of await tilVarsel(db, now, addDays(now, VARSEL_DAGE))) await varsl(db, f.id, now);
  for (const f of await aktive(db, 50)) await tjekGiver(db, f, now);
  await sendUdbakke(db);
}

/**
 * The same for one person, on the rows their page has just read, so a look at one's fuldmagter
 * costs no query of its own unless something is due. Returns whether anything changed (the
 * caller then reads again); only then are letters sent.
 */
export async function efterseRaekker(db: Db, now: Date, raekker: FuldmagtRaekke[]): Promise<boolean> {
  const graense = addDays(now, VARSEL_DAGE);
  let aendret = false;
  for (const f of raekker.filter((r) => r.status === "aktiv")) {
    if (f.gyldigTil <= now) {
      aendret = (await udloeb(db, f)) || aendret;
      continue;
    }
    if (f.varslet === null && f.gyldigTil <= graense) aendret = (await varsl(db, f.id, now)) || aendret;
    aendret = (await tjekGiver(db, f, now)) || aendret;
  }
  if (aendret) await sendUdbakke(db);
  return aendret;
}

async function udloeb(db: Db, f: FuldmagtRaekke): Promise<boolean> {
  return (await skift(db, f.id, ["aktiv"], { status: "ophoert", ophoert: f.gyldigTil, ophoerAarsag: "udloebet" }, "udloebet")) !== null;
}

/** Ends the fuldmagt if CPR says its giver has died. */
async function tjekGiver(db: Db, f: FuldmagtRaekke, now: Date): Promise<boolean> {
  const giver = await opslagPerson(f.giverCpr);
  if (!giver.ok || giver.data.status !== "doed") return false;
  return (await skift(db, f.id, ["aktiv"], { status: "ophoert", ophoert: now, ophoerAarsag: "doed" }, "doed")) !== null;
}
