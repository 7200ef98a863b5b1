import "server-only";
import { addDays } from "date-fns";
import type { Db } from "@/lib/db/client";
import { opslagPerson } from "@/lib/fagsystemer/cpr/client";
import { sendUdbakke } from "@/lib/post/udbakke";
import { VARSEL_DAGE } from "./schema";
import { aktive, skift, tilVarsel, udloebne, varsl } from "./store";

/**
 * The fuldmagt lifecycle, as one idempotent sweep: end what has expired, warn 30 days before the
 * end (never renew silently), end what CPR says has lost its giver, and send the letters that
 * wait. Access never depends on the sweep (the policy checks dates and death itself); the sweep
 * makes the state and the letters follow. Safe to run from several instances at once: each change
 * is conditional on the state it changes from, and each letter has its own key.
 */
export async function efterse(db: Db, now: Date, cpr?: string): Promise<void> {
  for (const f of await udloebne(db, now, cpr)) {
    await skift(db, f.id, ["aktiv"], { status: "ophoert", ophoert: f.gyldigTil, ophoerAarsag: "udloebet" }, "udloebet");
  }
  for (const f of await tilVarsel(db, now, addDays(now, VARSEL_DAGE), cpr)) await varsl(db, f.id, now);
  for (const f of await aktive(db, 50, cpr)) {
    const giver = await opslagPerson(f.giverCpr);
    if (giver.ok && giver.data.status === "doed") {
      await skift(db, f.id, ["aktiv"], { status: "ophoert", ophoert: now, ophoerAarsag: "doed" }, "doed");
    }
  }
  await sendUdbakke(db);
}
