import "server-only";
import { db } from "@/lib/db";
import { nu } from "@/lib/klokke";
import { safeErrorInfo } from "@/lib/data/request-info";
import { efterse } from "./livscyklus";

const HVERT_MINUT = 60_000;

/** Runs the lifecycle sweep in the background of a portal instance, once a minute. */
export function startSweep(): void {
  const run = () => efterse(db(), nu()).catch((error: unknown) => console.error("[fuldmagt] eftersyn fejlede:", safeErrorInfo(error)));
  setInterval(run, HVERT_MINUT).unref();
}
