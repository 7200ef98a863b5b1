import "server-only";
import { db } from "@/lib/db";
import { safeErrorInfo } from "@/lib/data/request-info";
import { sendUdbakke, type Udvalg } from "./udbakke";

/**
 * Posts letters now, on the server's database, and is done before the caller answers: an action's
 * own letters (by key or key prefix) right after the change they tell about, or, with neither, what
 * waits. A failure never fails the action: the letters wait in the outbox for the next call or the
 * sweep. The log line names the area (`log`, e.g. "fuldmagt") and the error's kind only, never its
 * message, which can carry a CPR number.
 */
export async function sendNu({ log, ...udvalg }: Udvalg & { log: string }): Promise<void> {
  await sendUdbakke(db(), udvalg).catch((error: unknown) => console.error(`[${log}] brevene venter i udbakken:`, safeErrorInfo(error)));
}
